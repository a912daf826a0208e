using System;

namespace PodAnalyzers.HostsFile.Shell;

internal static class ProgramNames
{
    /// <summary>The program a path starts, as shells and Windows look it up: no directory, lower case, no <c>.exe</c>.</summary>
    public static string Of(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1).ToLowerInvariant();
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
    }
}
