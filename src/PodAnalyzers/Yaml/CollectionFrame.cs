using System.Collections.Generic;
using YamlDotNet.Core;

namespace PodAnalyzers.Yaml;

internal sealed class CollectionFrame
{
    private YamlNode? pendingKey;
    private List<YamlEntry>? entries;
    private List<YamlNode>? items;

    public CollectionFrame(Mark start, AnchorName anchor, bool isMapping)
    {
        Start = start;
        Anchor = anchor;
        IsMapping = isMapping;
    }

    public Mark Start { get; }

    public AnchorName Anchor { get; }

    public bool IsMapping { get; }

    /// <summary>How many nodes this collection holds once every alias in it is expanded (itself included).</summary>
    public long ExpandedSize { get; set; } = 1;

    // Only one of the two is ever used: a mapping has entries, a sequence items.
    public List<YamlEntry> Entries => entries ??= new List<YamlEntry>();

    public List<YamlNode> Items => items ??= new List<YamlNode>();

    public void Add(YamlNode node)
    {
        if (!IsMapping)
        {
            Items.Add(node);
        }
        else if (pendingKey is null)
        {
            pendingKey = node;
        }
        else
        {
            Entries.Add(new YamlEntry(pendingKey, node));
            pendingKey = null;
        }
    }
}
