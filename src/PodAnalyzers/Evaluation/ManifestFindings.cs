using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Decoding;
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
        findings.AddRange(Decoding(manifest, version));
        foreach (var pod in manifest.PodSources)
        {
            findings.AddRange(PodRules.Evaluate(pod, version));
            var context = new RuleContext(version);
            NodeInventoryRules.Check(pod, inventory, context);
            findings.AddRange(context.Findings);
        }

        return Suppressions.Apply(manifest.Suppressions, findings);
    }

    /// <summary>Strict decoding of every object; a wrong type the model's reader already reported is not reported again.</summary>
    private static IEnumerable<Finding> Decoding(ManifestFile manifest, KubernetesVersion version)
    {
        var context = new RuleContext(version);
        foreach (var manifestObject in manifest.Objects)
        {
            StrictDecoder.Check(manifestObject, context);
        }

        var readWrongShapes = new HashSet<int>();
        foreach (var finding in manifest.Findings)
        {
            if (finding.Rule == Rule.WrongShape)
            {
                readWrongShapes.Add(finding.Span.Start);
            }
        }

        foreach (var finding in context.Findings)
        {
            if (finding.Rule != Rule.WrongShape || !readWrongShapes.Contains(finding.Span.Start))
            {
                yield return finding;
            }
        }
    }
}
