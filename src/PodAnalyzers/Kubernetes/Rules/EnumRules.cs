using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1080: a value outside an enumerated field's set, in the order ValidatePodSpec checks the
/// pod spec (volumes, containers, restartPolicy, dnsPolicy, securityContext, affinity,
/// topologySpreadConstraints, tolerations, preemptionPolicy, os), with the workload's own
/// enumerated fields where its validation puts them. After defaulting: an absent or empty
/// restartPolicy, dnsPolicy, imagePullPolicy, terminationMessagePolicy or httpGet scheme is
/// filled in and never reported. A template's restartPolicy is POD1091's.
/// </summary>
internal static class EnumRules
{
    private const string NotASelectorOperator = "not a valid selector operator";

    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.Workload is { } workload && !WorkloadSelectorRules.IsServed(pod.Kind, workload.ApiVersion))
        {
            return;
        }

        WorkloadEnumRules.CheckBeforeTemplate(pod, context);
        if (context.IsPodSpecValidated(pod))
        {
            CheckPodSpec(pod, context);
        }

        WorkloadEnumRules.CheckAfterTemplate(pod, context);
    }

    private static void CheckPodSpec(PodSource pod, RuleContext context)
    {
        var spec = pod.Spec.Node;
        CheckVolumes(spec.Field("volumes"), context);
        ContainerEnumRules.Check(spec, context);
        if (!pod.IsWorkload)
        {
            EnumFieldCheck.NotSupported(spec.Field("restartPolicy"), EnumField.PodRestartPolicy, EmptyValue.Accepted, context);
        }

        EnumFieldCheck.NotSupported(spec.Field("dnsPolicy"), EnumField.DnsPolicy, EmptyValue.Accepted, context);
        CheckPodSecurityContext(spec.Field("securityContext"), context);
        CheckAffinity(spec.Field("affinity"), context);
        CheckTopologySpread(spec.Field("topologySpreadConstraints"), context);
        CheckTolerations(spec.Field("tolerations"), context);

        // For a Pod the Priority admission plugin rejects a preemptionPolicy that differs from
        // its PriorityClass's before validation runs (a Forbidden of its own), so only templates.
        if (pod.IsWorkload)
        {
            EnumFieldCheck.RequiredOrNotSupported(spec.Field("preemptionPolicy"), EnumField.PreemptionPolicy, null, context, absentIsEmpty: false);
        }

        CheckOs(spec.Field("os"), context);
    }

    /// <summary>validateVolumeSource validates only the first source of a volume (the others are Forbidden).</summary>
    private static void CheckVolumes(FieldNode volumes, RuleContext context)
    {
        foreach (var volume in volumes.Items())
        {
            var hostPath = volume.Field("hostPath");
            if (hostPath.Mapping is not null && !volume.Field("emptyDir").IsPresent && hostPath.Field("path").StringOrEmpty.Length > 0)
            {
                EnumFieldCheck.NotSupported(hostPath.Field("type"), EnumField.HostPathType, EmptyValue.Accepted, context);
            }

            var template = volume.At("ephemeral.volumeClaimTemplate");
            if (template.Mapping is not null && IsOnlySource(volume, "ephemeral"))
            {
                var claim = template.Field("spec");
                var accessModes = claim.Field("accessModes");
                foreach (var mode in accessModes.Items())
                {
                    EnumFieldCheck.NotSupported(mode, EnumField.PersistentVolumeAccessMode, EmptyValue.Unsupported, context, reportedAt: accessModes);
                }

                EnumFieldCheck.NotSupported(claim.Field("volumeMode"), EnumField.PersistentVolumeMode, EmptyValue.Unsupported, context);
            }
        }
    }

    private static bool IsOnlySource(FieldNode volume, string source)
    {
        foreach (var entry in volume.Entries())
        {
            if (entry.Key.Value is not "name" && entry.Key.Value != source && entry.Value.IsPresent)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>validatePodSpecSecurityContext, in its order.</summary>
    private static void CheckPodSecurityContext(FieldNode securityContext, RuleContext context)
    {
        if (securityContext.Mapping is null)
        {
            return;
        }

        EnumFieldCheck.NotSupported(securityContext.Field("fsGroupChangePolicy"), EnumField.FsGroupChangePolicy, EmptyValue.Unsupported, context);
        CheckSeccomp(securityContext, context);
        CheckAppArmor(securityContext, context);
        EnumFieldCheck.NotSupported(securityContext.Field("supplementalGroupsPolicy"), EnumField.SupplementalGroupsPolicy, EmptyValue.Unsupported, context);
    }

    /// <summary>validateSeccompProfileField of a pod or container security context; type is a plain string (a missing type is POD1087's).</summary>
    public static void CheckSeccomp(FieldNode securityContext, RuleContext context)
    {
        var seccomp = securityContext.Field("seccompProfile");
        if (seccomp.Mapping is not null)
        {
            EnumFieldCheck.NotSupported(seccomp.Field("type"), EnumField.SeccompProfileType, EmptyValue.Accepted, context, absentIsEmpty: true);
        }
    }

    /// <summary>ValidateAppArmorProfileField of a pod or container security context; type is a plain string (a missing type is POD1087's).</summary>
    public static void CheckAppArmor(FieldNode securityContext, RuleContext context)
    {
        var appArmor = securityContext.Field("appArmorProfile");
        if (appArmor.Mapping is not null)
        {
            EnumFieldCheck.NotSupported(appArmor.Field("type"), EnumField.AppArmorProfileType, EmptyValue.Accepted, context, absentIsEmpty: true);
        }
    }

    private static void CheckAffinity(FieldNode affinity, RuleContext context)
    {
        // Only written terms have operators to check; most pods have no affinity at all.
        if (affinity.Mapping is null)
        {
            return;
        }

        var nodeAffinity = affinity.Field("nodeAffinity");
        var required = nodeAffinity.Field("requiredDuringSchedulingIgnoredDuringExecution");
        if (required.Mapping is not null)
        {
            foreach (var term in required.Field("nodeSelectorTerms").Items())
            {
                CheckNodeSelectorTerm(term, context);
            }
        }

        foreach (var preferred in nodeAffinity.Field("preferredDuringSchedulingIgnoredDuringExecution").Items())
        {
            CheckNodeSelectorTerm(preferred.Field("preference"), context);
        }

        CheckPodAffinityTerms(affinity.Field("podAffinity"), context);
        CheckPodAffinityTerms(affinity.Field("podAntiAffinity"), context);
    }

    /// <summary>ValidateNodeSelectorRequirement and ValidateNodeFieldSelectorRequirement: an Invalid, not a NotSupported.</summary>
    private static void CheckNodeSelectorTerm(FieldNode term, RuleContext context)
    {
        foreach (var requirement in term.Field("matchExpressions").Items())
        {
            EnumFieldCheck.Invalid(requirement.Field("operator"), EnumField.NodeSelectorOperator, NotASelectorOperator, context);
        }

        foreach (var requirement in term.Field("matchFields").Items())
        {
            EnumFieldCheck.Invalid(requirement.Field("operator"), EnumField.NodeFieldSelectorOperator, NotASelectorOperator, context);
        }
    }

    /// <summary>validatePodAffinity / validatePodAntiAffinity: ValidatePodAffinityTermSelector of each term.</summary>
    private static void CheckPodAffinityTerms(FieldNode podAffinity, RuleContext context)
    {
        if (podAffinity.Mapping is null)
        {
            return;
        }

        foreach (var term in podAffinity.Field("requiredDuringSchedulingIgnoredDuringExecution").Items())
        {
            CheckLabelSelector(term.Field("labelSelector"), context);
            CheckLabelSelector(term.Field("namespaceSelector"), context);
        }

        foreach (var weighted in podAffinity.Field("preferredDuringSchedulingIgnoredDuringExecution").Items())
        {
            var term = weighted.Field("podAffinityTerm");
            CheckLabelSelector(term.Field("labelSelector"), context);
            CheckLabelSelector(term.Field("namespaceSelector"), context);
        }
    }

    /// <summary>metav1 ValidateLabelSelectorRequirement's operator switch.</summary>
    private static void CheckLabelSelector(FieldNode selector, RuleContext context)
    {
        foreach (var requirement in selector.Field("matchExpressions").Items())
        {
            EnumFieldCheck.Invalid(requirement.Field("operator"), EnumField.LabelSelectorOperator, NotASelectorOperator, context);
        }
    }

    /// <summary>validateTopologySpreadConstraints; whenUnsatisfiable is a plain string, so an absent one is "".</summary>
    private static void CheckTopologySpread(FieldNode constraints, RuleContext context)
    {
        foreach (var constraint in constraints.Items())
        {
            EnumFieldCheck.NotSupported(constraint.Field("whenUnsatisfiable"), EnumField.WhenUnsatisfiable, EmptyValue.Unsupported, context, absentIsEmpty: true);
            EnumFieldCheck.NotSupported(constraint.Field("nodeAffinityPolicy"), EnumField.NodeInclusionPolicy, EmptyValue.Unsupported, context);
            EnumFieldCheck.NotSupported(constraint.Field("nodeTaintsPolicy"), EnumField.NodeInclusionPolicy, EmptyValue.Unsupported, context);
            CheckLabelSelector(constraint.Field("labelSelector"), context);
        }
    }

    /// <summary>
    /// ValidateTolerations: an empty operator means Equal, an empty effect matches every effect.
    /// From 1.35 the comparison operators Lt and Gt depend on a feature gate (EnumValues.IsGated).
    /// </summary>
    private static void CheckTolerations(FieldNode tolerations, RuleContext context)
    {
        foreach (var toleration in tolerations.Items())
        {
            var @operator = toleration.Field("operator");
            if (!EnumValues.IsGated(EnumField.TolerationOperator, @operator.StringOrEmpty, context.Version))
            {
                EnumFieldCheck.NotSupported(@operator, EnumField.TolerationOperator, EmptyValue.Accepted, context);
            }

            EnumFieldCheck.NotSupported(toleration.Field("effect"), EnumField.TolerationEffect, EmptyValue.Accepted, context);
        }
    }

    /// <summary>validateOS: the NotSupported is on <c>spec.os</c>, the Required on <c>spec.os.name</c>.</summary>
    private static void CheckOs(FieldNode os, RuleContext context)
    {
        if (os.Mapping is null)
        {
            return;
        }

        EnumFieldCheck.RequiredOrNotSupported(os.Field("name"), EnumField.OsName, "cannot be empty", context, notSupportedAt: os);
    }
}
