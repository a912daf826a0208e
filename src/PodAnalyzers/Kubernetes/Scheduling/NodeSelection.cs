using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Scheduling;

/// <summary>
/// What a pod spec requires of a node: every <c>nodeSelector</c> entry, and (when required node
/// affinity is written) at least one <c>nodeSelectorTerm</c> whose requirements all hold.
/// Preferred affinity only ranks nodes, so it is not part of it.
/// </summary>
internal sealed class NodeSelection
{
    private NodeSelection(
        IReadOnlyList<NodeRequirement> selector,
        string selectorPath,
        SourceSpan? selectorSpan,
        IReadOnlyList<NodeSelectionTerm>? terms,
        string termsPath,
        SourceSpan? termsSpan)
    {
        Selector = selector;
        SelectorPath = selectorPath;
        SelectorSpan = selectorSpan;
        Terms = terms;
        TermsPath = termsPath;
        TermsSpan = termsSpan;
    }

    public IReadOnlyList<NodeRequirement> Selector { get; }

    public string SelectorPath { get; }

    /// <summary>The <c>nodeSelector</c> key.</summary>
    public SourceSpan? SelectorSpan { get; }

    /// <summary>Null when the Pod has no required node affinity.</summary>
    public IReadOnlyList<NodeSelectionTerm>? Terms { get; }

    public string TermsPath { get; }

    /// <summary>The <c>nodeSelectorTerms</c> key.</summary>
    public SourceSpan? TermsSpan { get; }

    public bool IsEmpty => Selector.Count == 0 && Terms is null;

    /// <summary>
    /// The selection of <paramref name="spec"/>; null when part of it is unusable (a wrong type or
    /// a missing key, already reported): the inventory rules then say nothing rather than guess.
    /// </summary>
    public static NodeSelection? From(PodSpec spec)
    {
        var selector = new List<NodeRequirement>();
        foreach (var entry in spec.NodeSelector.Entries)
        {
            if (!entry.Value.IsWellTyped)
            {
                return null;
            }

            selector.Add(new NodeRequirement(
                spec.NodeSelector.Path + "[" + entry.Key.Value + "]",
                Join(entry.Key.Span, entry.Value.Span),
                entry.Key.Value,
                NodeRequirement.SelectorOperator,
                new[] { entry.Value.Value },
                isField: false));
        }

        List<NodeSelectionTerm>? terms = null;
        var termsPath = spec.Path + ".affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";
        if (spec.RequiredNodeSelectorTermsSpan is not null)
        {
            terms = new List<NodeSelectionTerm>();
            foreach (var term in spec.RequiredNodeSelectorTerms)
            {
                var requirements = new List<NodeRequirement>();
                if (!AddAll(term.MatchExpressions, isField: false, requirements) || !AddAll(term.MatchFields, isField: true, requirements))
                {
                    return null;
                }

                terms.Add(new NodeSelectionTerm(term.Path, term.Span, requirements));
            }
        }

        return new NodeSelection(selector, spec.NodeSelector.Path, spec.NodeSelector.KeySpan, terms, termsPath, spec.RequiredNodeSelectorTermsSpan);
    }

    private static bool AddAll(IReadOnlyList<NodeSelectorRequirement> written, bool isField, List<NodeRequirement> requirements)
    {
        foreach (var requirement in written)
        {
            if (requirement.Key is not { IsWellTyped: true } key || requirement.Operator is not { IsWellTyped: true } @operator)
            {
                return false;
            }

            var values = new List<string>(requirement.Values.Count);
            foreach (var value in requirement.Values)
            {
                if (!value.IsWellTyped)
                {
                    return false;
                }

                values.Add(value.Value);
            }

            var end = requirement.Values.Count > 0 ? requirement.Values[requirement.Values.Count - 1].Span : @operator.Span;
            var span = Join(key.Span, end.End >= @operator.Span.End ? end : @operator.Span);
            requirements.Add(new NodeRequirement(requirement.Path, span, key.Value, @operator.Value, values, isField));
        }

        return true;
    }

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/> (or the other way round).</summary>
    private static SourceSpan Join(SourceSpan first, SourceSpan last) =>
        first.Start <= last.Start
            ? new SourceSpan(first.Start, System.Math.Max(first.End, last.End), first.Line, first.Column)
            : new SourceSpan(last.Start, System.Math.Max(first.End, last.End), last.Line, last.Column);
}

/// <summary>One <c>nodeSelectorTerm</c>: its <c>matchExpressions</c> and <c>matchFields</c>, all of which must hold.</summary>
internal sealed class NodeSelectionTerm
{
    public NodeSelectionTerm(string path, SourceSpan span, IReadOnlyList<NodeRequirement> requirements)
    {
        Path = path;
        Span = span;
        Requirements = requirements;
    }

    public string Path { get; }

    public SourceSpan Span { get; }

    public IReadOnlyList<NodeRequirement> Requirements { get; }
}

/// <summary>
/// One thing a node must satisfy: a <c>nodeSelector</c> entry (operator <c>=</c>), a match
/// expression on a label, or a match field on <c>metadata.name</c>.
/// </summary>
internal sealed class NodeRequirement
{
    public const string SelectorOperator = "=";

    public NodeRequirement(string path, SourceSpan span, string key, string @operator, IReadOnlyList<string> values, bool isField)
    {
        Path = path;
        Span = span;
        Key = key;
        Operator = @operator;
        Values = values;
        IsField = isField;
        Problem = FindProblem();
    }

    public string Path { get; }

    /// <summary>From the key to the last value.</summary>
    public SourceSpan Span { get; }

    public string Key { get; }

    public string Operator { get; }

    public IReadOnlyList<string> Values { get; }

    /// <summary>A <c>matchFields</c> requirement: <see cref="Key"/> names a node field, not a label.</summary>
    public bool IsField { get; }

    /// <summary>Why the scheduler cannot build this requirement (then it matches no node); null when it can.</summary>
    public string? Problem { get; }

    /// <summary><c>disktype=ssd</c>, <c>disktype In (ssd, nvme)</c>, <c>gpu Exists</c>, <c>cores Gt 4</c>.</summary>
    public override string ToString() => Operator switch
    {
        SelectorOperator => Key + "=" + Values[0],
        "Exists" or "DoesNotExist" when Values.Count == 0 => Key + " " + Operator,
        "Gt" or "Lt" when Values.Count == 1 => Key + " " + Operator + " " + Values[0],
        _ => Key + " " + Operator + " (" + string.Join(", ", Values) + ")",
    };

    /// <summary>Go's strconv.ParseInt(s, 10, 64), as the scheduler parses Gt/Lt operands and label values.</summary>
    public static bool TryParseInteger(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private string? FindProblem()
    {
        if (IsField)
        {
            if (Key != "metadata.name")
            {
                return "matchFields supports only the key metadata.name";
            }

            if (Operator is not ("In" or "NotIn"))
            {
                return "matchFields supports only the operators In and NotIn";
            }

            return Values.Count == 1 ? null : "a matchFields requirement needs exactly one value";
        }

        return Operator switch
        {
            SelectorOperator => null,
            "In" or "NotIn" => Values.Count > 0 ? null : Operator + " needs at least one value",
            "Exists" or "DoesNotExist" => Values.Count == 0 ? null : Operator + " takes no values",
            "Gt" or "Lt" => Values.Count == 1 && TryParseInteger(Values[0], out _) ? null : Operator + " needs exactly one integer value",
            _ => "unknown operator " + Operator + " (In, NotIn, Exists, DoesNotExist, Gt, Lt)",
        };
    }
}
