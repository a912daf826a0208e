namespace PodAnalyzers.Manifests.Model;

/// <summary>An entry of <c>spec.topologySpreadConstraints</c>: what PodAnalyzers reads of it.</summary>
internal sealed class TopologySpreadConstraint
{
    public TopologySpreadConstraint(string path, Located<string> topologyKey)
    {
        Path = path;
        TopologyKey = topologyKey;
    }

    /// <summary>e.g. <c>spec.topologySpreadConstraints[0]</c>.</summary>
    public string Path { get; }

    public Located<string> TopologyKey { get; }
}
