using System.Collections.Generic;

namespace PodAnalyzers.Yaml;

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span)
        : base(span) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string Description => "a list";
}
