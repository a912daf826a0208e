using System;
using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.Generation;

/// <summary>
/// What the generator writes, decided once over all manifests: each pod's class name (a clash
/// takes a suffix in path, then document order), one source per manifest that has pods, and
/// the node inventory. Emission then goes file by file, so editing one manifest re-emits one
/// small source instead of all of them. A file listed twice counts once.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<PodFile> PodFiles, EquatableArray<NodeModel> Nodes)
{
    public static GenerationPlan Create(IEnumerable<ManifestModel> manifests, ManifestPaths paths)
    {
        var ordered = manifests
            .GroupBy(manifest => manifest.Path, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(manifest => manifest.Path, StringComparer.Ordinal)
            .ToList();
        var podScope = GeneratedMemberNames.NewPodScope();
        var hintNames = new HintNames();
        var files = new List<PodFile>();
        foreach (var manifest in ordered.Where(manifest => manifest.Pods.Count > 0))
        {
            var relative = paths.Relative(manifest.Path);
            var pods = manifest.Pods.Select(pod => new NamedPod(pod, podScope.Claim(pod.Name))).ToEquatableArray();
            files.Add(new PodFile(hintNames.Claim(relative), relative, pods));
        }

        return new GenerationPlan(files.ToEquatableArray(), ordered.SelectMany(manifest => manifest.Nodes).ToEquatableArray());
    }
}

/// <summary>One generated source: the pods of one manifest, with the class names the plan gave them.</summary>
internal sealed record PodFile(string HintName, string RelativePath, EquatableArray<NamedPod> Pods);

/// <summary>A pod source and the name of its class under <c>Pods</c>.</summary>
internal sealed record NamedPod(PodModel Pod, string Identifier);
