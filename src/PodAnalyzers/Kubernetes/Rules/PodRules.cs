using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// Every POD1xxx rule over one pod source, in the order the API server validates: object
/// metadata, then the pod spec, then the scheduling rules (what the server accepts but the
/// scheduler never satisfies). The node-inventory rules need the whole project: NodeInventoryRules. Pure functions of the model: no Roslyn, no I/O.
/// </summary>
internal static class PodRules
{
    public static IReadOnlyList<Finding> Evaluate(PodSource pod, KubernetesVersion version)
    {
        var context = new RuleContext(version);
        ObjectNameRules.Check(pod, context);
        CronJobRules.Check(pod, context);
        LabelRules.Check(pod, context);
        WorkloadSelectorRules.Check(pod, context);
        WorkloadSpecRules.Check(pod, context);
        RestartPolicyRules.Check(pod, context);
        EnumRules.Check(pod, context);
        VolumeRules.Check(pod, context);
        ContainerNameRules.Check(pod, context);
        PortRules.Check(pod, context);
        EnvRules.Check(pod, context);
        ResourceRules.Check(pod, context);
        if (context.IsPodSpecValidated(pod))
        {
            EnvSourceRules.Check(pod, context);
            ProbeRules.Check(pod, context);
            SecurityContextRules.Check(pod, context);
        }

        NamespaceSharingRules.Check(pod, context);
        PodSpecFieldRules.Check(pod, context);
        NodeNameRules.Check(pod, context);
        if (context.IsPodSpecValidated(pod))
        {
            TolerationRules.Check(pod, context);
        }

        HostAliasRules.Check(pod, context);
        ManualSchedulingRules.Check(pod, context);
        DeprecatedNodeLabelRules.Check(pod, context);
        WellKnownNodeLabelRules.Check(pod, context);
        return context.Findings;
    }
}
