namespace PodAnalyzers.Yaml;

/// <summary>A node of a YAML document that remembers exactly where it was written.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    /// <summary>What a user would call this node in a message: "a mapping", "a string", ...</summary>
    public abstract string Description { get; }
}
