namespace PodAnalyzers.Yaml;

/// <summary>A comment of a YAML stream: its text from the <c>#</c> to the end of the line, and where it is.</summary>
internal sealed class YamlComment
{
    public YamlComment(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>Starts with <c>#</c>.</summary>
    public string Text { get; }

    public SourceSpan Span { get; }
}
