using PodAnalyzers.Yaml;

namespace PodAnalyzers.Findings;

/// <summary>
/// What a rule found: the rule, where, and the complete message (already in the API server's
/// wording). Roslyn adapters turn it into a diagnostic; nothing here knows Roslyn.
/// </summary>
internal sealed class Finding
{
    public Finding(Rule rule, SourceSpan span, string message)
    {
        Rule = rule;
        Span = span;
        Message = message;
    }

    public Rule Rule { get; }

    public string RuleId => Rule.Id;

    public SourceSpan Span { get; }

    public string Message { get; }

    public override string ToString() => $"{RuleId} {Span}: {Message}";
}
