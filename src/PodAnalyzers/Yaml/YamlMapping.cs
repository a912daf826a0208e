using System.Collections.Generic;

namespace PodAnalyzers.Yaml;

/// <summary>A mapping whose entries keep document order (duplicate keys included).</summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span)
        : base(span) => Entries = entries;

    public IReadOnlyList<YamlEntry> Entries { get; }

    public override string Description => "a mapping";

    /// <summary>The entry for <paramref name="key"/>; the last one wins, as in kubectl's decoding.</summary>
    public YamlEntry? Find(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (Entries[i].KeyText == key)
            {
                return Entries[i];
            }
        }

        return null;
    }
}
