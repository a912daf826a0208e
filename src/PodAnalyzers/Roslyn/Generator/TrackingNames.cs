namespace PodAnalyzers.Roslyn.Generator;

/// <summary>Names of the generator's pipeline steps; the tests check every one of them for caching.</summary>
internal static class TrackingNames
{
    public const string ReadManifest = nameof(ReadManifest);
    public const string CollectManifests = nameof(CollectManifests);
    public const string OutputSettings = nameof(OutputSettings);
    public const string Plan = nameof(Plan);
    public const string PodFiles = nameof(PodFiles);
    public const string PodsRoot = nameof(PodsRoot);
    public const string NodesFile = nameof(NodesFile);
}
