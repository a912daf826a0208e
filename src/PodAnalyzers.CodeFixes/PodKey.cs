using System;
using System.Globalization;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.CodeFixes;

/// <summary>Identifies one pod source across edits: its file, document and object start.</summary>
internal sealed class PodKey
{
    private const string Prefix = "POD2001|";

    public PodKey(string filePath, int documentIndex, int objectStart)
    {
        FilePath = filePath;
        DocumentIndex = documentIndex;
        ObjectStart = objectStart;
    }

    public string FilePath { get; }

    public int DocumentIndex { get; }

    public int ObjectStart { get; }

    public static PodKey Of(PodSource pod) => new(pod.FilePath, pod.DocumentIndex, pod.ObjectSpan.Start);

    public static PodKey? Parse(string? key)
    {
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = key.Substring(Prefix.Length).Split(new[] { '|' }, 3);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? new PodKey(parts[2], index, start)
            : null;
    }

    public bool Matches(PodSource pod) => pod.DocumentIndex == DocumentIndex && pod.ObjectSpan.Start == ObjectStart;

    public override string ToString() =>
        Prefix + DocumentIndex.ToString(CultureInfo.InvariantCulture) + "|" + ObjectStart.ToString(CultureInfo.InvariantCulture) + "|" + FilePath;
}
