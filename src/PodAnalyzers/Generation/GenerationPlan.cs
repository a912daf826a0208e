using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.Generation;

/// <summary>
/// Every name the generator writes, decided over all manifests before anything is written: the
/// hint name of each source, the class of each pod (<see cref="PodClassNames"/>) and node, and
/// every nested class and constant (clashes take <c>_2</c>, <c>_3</c>, … in plan order, see
/// <see cref="PlanOrder"/>). The emitters print the plan and decide nothing. One source per
/// manifest that has pods, so editing one manifest re-emits one small source.
/// </summary>
/// <param name="PodsRootHintName">The source that declares and documents <c>Pods</c>; null without pods.</param>
/// <param name="NodesFile">Null without nodes.</param>
internal sealed record GenerationPlan(string? PodsRootHintName, EquatableArray<PodFile> PodFiles, NodesFile? NodesFile)
{
    public static GenerationPlan Create(IEnumerable<ManifestModel> manifests, ManifestPaths paths)
    {
        var ordered = PlanOrder.Of(manifests, manifest => manifest.Path);
        var podClasses = PodClassNames.Assign(ordered.Select(manifest => (manifest.Path, (IEnumerable<PodModel>)manifest.Pods)), pod => pod.Name);
        var hintNames = new HintNames();
        var podFiles = new List<PodFile>();
        for (var next = 0; next < podClasses.Count;)
        {
            // The classes of one manifest come in one run.
            var path = podClasses[next].Path;
            var pods = new List<NamedPod>();
            for (; next < podClasses.Count && podClasses[next].Path == path; next++)
            {
                pods.Add(new NamedPod(podClasses[next].Identifier, podClasses[next].Pod, PodMemberNames.Of(podClasses[next].Pod)));
            }

            var relative = paths.Relative(path);
            podFiles.Add(new PodFile(hintNames.Claim(relative), ManifestPaths.ForDocs(relative), pods.ToEquatableArray()));
        }

        return new GenerationPlan(
            podFiles.Count > 0 ? HintNames.PodsRoot : null,
            podFiles.ToEquatableArray(),
            NodesFile.Create(ordered, paths));
    }
}

/// <summary>One generated source: the pods of one manifest.</summary>
/// <param name="Origin">The manifest's project-relative path, safe in comments.</param>
internal sealed record PodFile(string HintName, string Origin, EquatableArray<NamedPod> Pods);

/// <summary>A pod, the name of its class under <c>Pods</c> and the names of its members.</summary>
internal sealed record NamedPod(string Identifier, PodModel Pod, PodMemberNames Members);
