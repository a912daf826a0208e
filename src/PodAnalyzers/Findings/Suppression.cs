using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Findings;

internal enum SuppressionForm
{
    /// <summary><c>podanalyzers.io/suppress</c> in the object's <c>metadata.annotations</c>: the whole object.</summary>
    Annotation,

    /// <summary><c># podanalyzers:disable-line</c>: findings that start on the comment's line.</summary>
    DisableLine,

    /// <summary><c># podanalyzers:disable-next-line</c>: findings that start on the next line holding YAML.</summary>
    DisableNextLine,
}

/// <summary>One suppression written in a manifest: which rules, where it applies, and why.</summary>
internal sealed class Suppression
{
    public Suppression(SuppressionForm form, SourceSpan span, IReadOnlyList<SuppressedRule> rules, string? justification, SourceSpan scope, int targetLine, string? problem = null)
    {
        Problem = problem ?? (rules.Count == 0 ? "the suppression names no rule; write the rule IDs after the directive, e.g. POD1010,POD1053" : null);
        Form = form;
        Span = span;
        Rules = rules;
        Justification = justification;
        Scope = scope;
        TargetLine = targetLine;
    }

    public SuppressionForm Form { get; }

    /// <summary>The comment, or the annotation's value.</summary>
    public SourceSpan Span { get; }

    /// <summary>The rule IDs as written, each with its own position (for POD0005).</summary>
    public IReadOnlyList<SuppressedRule> Rules { get; }

    /// <summary>The text after <c>--</c>, when given.</summary>
    public string? Justification { get; }

    /// <summary>For an annotation: the object it is written on.</summary>
    public SourceSpan Scope { get; }

    /// <summary>For a comment: the 1-based line whose findings it suppresses (0: none).</summary>
    public int TargetLine { get; }

    /// <summary>What is wrong with the suppression as a whole (an unknown directive, no rule named); null when nothing.</summary>
    public string? Problem { get; }

    public bool Covers(SourceSpan span) =>
        Form == SuppressionForm.Annotation
            ? span.Start >= Scope.Start && span.Start < Scope.End
            : span.Line == TargetLine;
}

/// <summary>A rule ID named by a suppression, and where it is written.</summary>
internal sealed class SuppressedRule
{
    public SuppressedRule(string id, SourceSpan span)
    {
        Id = id;
        Span = span;
    }

    public string Id { get; }

    public SourceSpan Span { get; }
}
