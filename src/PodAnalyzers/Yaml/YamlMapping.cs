using System.Collections.Generic;

namespace PodAnalyzers.Yaml;

/// <summary>A mapping whose entries keep document order (duplicate keys included).</summary>
internal sealed class YamlMapping : YamlNode
{
    // A List, not the interface, so that Find (which rules call for every field they read) indexes it directly.
    private readonly List<YamlEntry> entries;

    public YamlMapping(List<YamlEntry> entries, SourceSpan span)
        : base(span) => this.entries = entries;

    public IReadOnlyList<YamlEntry> Entries => entries;

    public override string Description => "a mapping";

    /// <summary>The entry for <paramref name="key"/>; the last one wins, as in kubectl's decoding.</summary>
    public YamlEntry? Find(string key)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (entries[i].KeyText == key)
            {
                return entries[i];
            }
        }

        return null;
    }
}
