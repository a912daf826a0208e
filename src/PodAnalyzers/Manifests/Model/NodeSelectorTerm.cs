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

/// <param name="Path">e.g. <c>spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]</c>.</param>
internal sealed record NodeSelectorRequirement(
    string Path,
    SourceSpan Span,
    Located<string>? Key,
    Located<string>? Operator,
    IReadOnlyList<Located<string>> Values);
