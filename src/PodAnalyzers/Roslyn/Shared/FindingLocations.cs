using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Roslyn.Shared;

internal static class FindingLocations
{
    /// <summary>A location in an additional file, clamped to its text so a stale span cannot throw.</summary>
    public static Location Create(string path, SourceText text, SourceSpan span)
    {
        var start = System.Math.Min(System.Math.Max(span.Start, 0), text.Length);
        var end = System.Math.Min(System.Math.Max(span.End, start), text.Length);
        var textSpan = TextSpan.FromBounds(start, end);
        return Location.Create(path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }
}
