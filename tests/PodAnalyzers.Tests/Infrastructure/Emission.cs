using System.Linq;
using PodAnalyzers.Generation;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>What the generator emits for the given manifests, without Roslyn: every pod source, concatenated.</summary>
internal static class Emission
{
    public static string Of(ManifestPaths paths, params ManifestModel[] manifests)
    {
        var plan = GenerationPlan.Create(manifests, paths);
        return string.Concat(plan.PodFiles.Select(file => PodsEmitter.Emit(file, "PodManifests")));
    }
}
