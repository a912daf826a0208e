using System.Collections.Generic;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Findings;

/// <summary>Everything to report for one manifest file: reading problems, then rule findings.</summary>
internal static class ManifestFindings
{
    public static IEnumerable<Finding> Of(ManifestFile manifest, KubernetesVersion version)
    {
        foreach (var finding in manifest.Findings)
        {
            yield return finding;
        }

        foreach (var pod in manifest.PodSources)
        {
            foreach (var finding in PodRules.Evaluate(pod, version))
            {
                yield return finding;
            }
        }
    }
}
