namespace PodAnalyzers.Yaml;

/// <summary>Why and where a YAML stream stopped being readable.</summary>
internal sealed class YamlSyntaxError
{
    public YamlSyntaxError(string message, SourceSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }

    public SourceSpan Span { get; }
}
