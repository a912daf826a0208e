namespace PodAnalyzers.Yaml;

/// <summary>One document of a YAML stream (the text between <c>---</c> markers).</summary>
internal sealed class YamlDocument
{
    public YamlDocument(int index, YamlNode? root, SourceSpan span)
    {
        Index = index;
        Root = root;
        Span = span;
    }

    /// <summary>0-based position in the stream, counting empty documents.</summary>
    public int Index { get; }

    /// <summary>Null for an empty document.</summary>
    public YamlNode? Root { get; }

    public SourceSpan Span { get; }
}
