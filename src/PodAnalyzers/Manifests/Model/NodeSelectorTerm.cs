using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>A term of <c>requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms</c> (or of a preferred term).</summary>
internal sealed class NodeSelectorTerm
{
    public NodeSelectorTerm(string path, SourceSpan span, IReadOnlyList<NodeSelectorRequirement> matchExpressions, IReadOnlyList<NodeSelectorRequirement> matchFields)
    {
        Path = path;
        Span = span;
        MatchExpressions = matchExpressions;
        MatchFields = matchFields;
    }

    public string Path { get; }

    public SourceSpan Span { get; }

    public IReadOnlyList<NodeSelectorRequirement> MatchExpressions { get; }

    public IReadOnlyList<NodeSelectorRequirement> MatchFields { get; }
}

internal sealed class NodeSelectorRequirement
{
    public NodeSelectorRequirement(string path, SourceSpan span, Located<string>? key, Located<string>? @operator, IReadOnlyList<Located<string>> values)
    {
        Path = path;
        Span = span;
        Key = key;
        Operator = @operator;
        Values = values;
    }

    /// <summary>e.g. <c>spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Key { get; }

    public Located<string>? Operator { get; }

    public IReadOnlyList<Located<string>> Values { get; }
}
