using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>A map of strings (labels, annotations, nodeSelector) with positioned keys and values.</summary>
internal sealed class StringMap
{
    public static readonly StringMap Empty = new(string.Empty, null, new StringMapEntry[0]);

    public StringMap(string path, SourceSpan? keySpan, IReadOnlyList<StringMapEntry> entries)
    {
        Path = path;
        KeySpan = keySpan;
        Entries = entries;
    }

    /// <summary>The server's field path of the map, e.g. <c>spec.nodeSelector</c>.</summary>
    public string Path { get; }

    /// <summary>Where the map's own key (<c>nodeSelector:</c>) is written; null when absent.</summary>
    public SourceSpan? KeySpan { get; }

    public IReadOnlyList<StringMapEntry> Entries { get; }
}

internal sealed record StringMapEntry(
    Located<string> Key,
    Located<string> Value);
