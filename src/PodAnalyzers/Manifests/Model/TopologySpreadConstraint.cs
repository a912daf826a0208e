namespace PodAnalyzers.Manifests.Model;

/// <summary>An entry of <c>spec.topologySpreadConstraints</c>: what PodAnalyzers reads of it.</summary>
/// <param name="Path">e.g. <c>spec.topologySpreadConstraints[0]</c>.</param>
internal sealed record TopologySpreadConstraint(
    string Path,
    Located<string> TopologyKey);
