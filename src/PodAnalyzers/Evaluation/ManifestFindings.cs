using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Evaluation;

/// <summary>
/// Everything to report for one manifest file: reading problems, then rule findings (the
/// inventory rules against the project's node inventory), then the file's suppressions applied.
/// </summary>
internal static class ManifestFindings
{
    public static IEnumerable<Finding> Of(ManifestFile manifest, KubernetesVersion version, NodeInventory inventory)
    {
        var findings = new List<Finding>(manifest.Findings);
        foreach (var pod in manifest.PodSources)
        {
            findings.AddRange(PodRules.Evaluate(pod, version));
            var context = new RuleContext(version);
            NodeInventoryRules.Check(pod, inventory, context);
            findings.AddRange(context.Findings);
        }

        return Suppressions.Apply(manifest.Suppressions, findings);
    }
}
