using System.Globalization;

namespace PodAnalyzers.Generation;

/// <summary>
/// A short hash that is the same on every machine and every run (FNV-1a over the UTF-16 code
/// units; string.GetHashCode is randomised per process), for names that must be shortened.
/// </summary>
internal static class StableHash
{
    public static string Of(string text)
    {
        var hash = 2166136261u;
        foreach (var character in text)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash.ToString("X8", CultureInfo.InvariantCulture);
    }
}
