using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// What a workload's own <c>spec</c> says about the Pods it selects: its label selector (and, for
/// a Job, whether the selector is manual). The pod template itself is the <see cref="PodSource"/>.
/// </summary>
/// <param name="ApiVersion">The object's apiVersion as written; null when absent.</param>
/// <param name="SpecSpan">The workload's <c>spec</c> key, or the <c>kind</c> value when there is none.</param>
/// <param name="Selector"><c>spec.selector</c> as a LabelSelector (apps kinds, Job; a CronJob's <c>spec.jobTemplate.spec.selector</c>); null when absent or null.</param>
/// <param name="MapSelector">A ReplicationController's <c>spec.selector</c> map; empty when absent.</param>
/// <param name="ManualSelector">A Job's <c>spec.manualSelector</c> (a CronJob's <c>spec.jobTemplate.spec.manualSelector</c>).</param>
internal sealed record WorkloadSpec(
    string? ApiVersion,
    SourceSpan SpecSpan,
    LabelSelector? Selector,
    StringMap MapSelector,
    Located<bool>? ManualSelector)
{
    /// <summary>Whether the Job spec (a CronJob's <c>spec.jobTemplate.spec</c>) has a <c>podFailurePolicy</c>.</summary>
    public bool HasPodFailurePolicy { get; init; }
}

/// <summary>A metav1.LabelSelector.</summary>
/// <param name="Span">The <c>selector</c> key.</param>
/// <param name="HasMatchLabels">Whether <c>matchLabels</c> is written with a mapping (Go: a non-nil map).</param>
/// <param name="HasMatchExpressions">Whether <c>matchExpressions</c> is written with a list (Go: a non-nil slice).</param>
/// <param name="IsWellTyped">False when some part had the wrong YAML type (POD0002): the rules then skip the selector.</param>
internal sealed record LabelSelector(
    SourceSpan Span,
    StringMap MatchLabels,
    bool HasMatchLabels,
    IReadOnlyList<LabelSelectorRequirement> MatchExpressions,
    bool HasMatchExpressions,
    bool IsWellTyped);

/// <summary>One <c>matchExpressions[i]</c> of a LabelSelector.</summary>
/// <param name="Path">e.g. <c>spec.selector.matchExpressions[0]</c>.</param>
/// <param name="HasValues">Whether <c>values</c> is written with a list (Go: a non-nil slice).</param>
internal sealed record LabelSelectorRequirement(
    string Path,
    SourceSpan Span,
    Located<string>? Key,
    Located<string>? Operator,
    IReadOnlyList<Located<string>> Values,
    bool HasValues);
