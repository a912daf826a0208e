using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1088: the checks of ValidatePodSpec that no other rule covers, in its order: affinity,
/// dnsConfig, readinessGates, schedulingGates, topologySpreadConstraints, serviceAccountName,
/// activeDeadlineSeconds, hostname, subdomain, priorityClassName, runtimeClassName; then the
/// workload validations that forbid activeDeadlineSeconds in the template.
/// </summary>
internal static class PodSpecFieldRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        if (context.IsPodSpecValidated(pod))
        {
            CheckSpec(pod, context);
        }

        CheckWorkloadActiveDeadline(pod, context);
    }

    private static void CheckSpec(PodSource pod, RuleContext context)
    {
        var spec = pod.Spec.Node;
        AffinityRules.Check(pod, context);
        DnsConfigRules.Check(pod, context);
        CheckReadinessGates(spec.Field("readinessGates"), context);
        CheckSchedulingGates(spec.Field("schedulingGates"), context);
        TopologySpreadRules.Check(pod, context);
        CheckServiceAccountName(spec, context);
        CheckActiveDeadlineSeconds(spec.Field("activeDeadlineSeconds"), context);
        CheckName(spec.Field("hostname"), DnsValidation.ValidateLabel, context);
        CheckName(spec.Field("subdomain"), DnsValidation.ValidateLabel, context);
        CheckName(spec.Field("priorityClassName"), DnsValidation.ValidateSubdomain, context);

        // A pointer: an empty string is validated too (ValidateRuntimeClassName).
        var runtimeClass = spec.Field("runtimeClassName");
        if (runtimeClass.AsString() is { } runtimeClassName)
        {
            Report(runtimeClass.Path, runtimeClassName, DnsValidation.ValidateSubdomain(runtimeClassName.Value), context);
        }
    }

    /// <summary>
    /// Controllers that keep Pods running forbid a deadline on them: ValidatePodTemplateSpecForReplicaSet
    /// (Deployment, ReplicaSet; reached only when the selector parses), ValidateStatefulSetSpec,
    /// ValidateDaemonSetSpec and ValidatePodTemplateSpecForRC.
    /// </summary>
    private static void CheckWorkloadActiveDeadline(PodSource pod, RuleContext context)
    {
        var field = pod.Spec.Node.Field("activeDeadlineSeconds");
        if (pod.Workload is not { } workload || !WorkloadSelectorRules.IsServed(pod.Kind, workload.ApiVersion) || field.AsInteger() is not { } deadline)
        {
            return;
        }

        var owner = pod.Kind switch
        {
            "Deployment" or "ReplicaSet" when context.IsPodSpecValidated(pod) => "ReplicaSet",
            "StatefulSet" or "DaemonSet" or "ReplicationController" => pod.Kind,
            _ => null,
        };
        if (owner is not null)
        {
            context.Report(Rule.InvalidPodSpecField, deadline.Span, FieldErrors.Forbidden(field.Path, "activeDeadlineSeconds in " + owner + " is not Supported"));
        }
    }

    /// <summary>validateReadinessGates: each conditionType is a qualified name.</summary>
    private static void CheckReadinessGates(FieldNode gates, RuleContext context)
    {
        foreach (var gate in gates.Items())
        {
            var conditionType = gate.Field("conditionType");
            if (gate.Mapping is null || (conditionType.IsPresent && conditionType.AsString() is null))
            {
                continue;
            }

            foreach (var message in LabelRules.KeyErrors(conditionType.Path, conditionType.StringOrEmpty, context.Version))
            {
                context.Report(Rule.InvalidPodSpecField, conditionType.ValueSpan, message);
            }
        }
    }

    /// <summary>validateSchedulingGates: qualified names, no duplicates; errors name the item, not its name field.</summary>
    private static void CheckSchedulingGates(FieldNode gates, RuleContext context)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var gate in gates.Items())
        {
            var name = gate.Field("name");
            if (gate.Mapping is null || (name.IsPresent && name.AsString() is null))
            {
                continue;
            }

            foreach (var message in LabelRules.KeyErrors(gate.Path, name.StringOrEmpty, context.Version))
            {
                context.Report(Rule.InvalidPodSpecField, name.ValueSpan, message);
            }

            if (!seen.Add(name.StringOrEmpty))
            {
                context.Report(Rule.InvalidPodSpecField, name.ValueSpan, FieldErrors.Duplicate(gate.Path, name.StringOrEmpty));
            }
        }
    }

    /// <summary>
    /// Conversion from v1 copies the deprecated serviceAccount into serviceAccountName when that
    /// is empty (Convert_v1_PodSpec_To_core_PodSpec), so either may carry the name.
    /// </summary>
    private static void CheckServiceAccountName(FieldNode spec, RuleContext context)
    {
        var field = spec.Field("serviceAccountName");
        var name = field.AsString() is { Value.Length: > 0 } written ? written : spec.Field("serviceAccount").AsString();
        if (name is { Value.Length: > 0 })
        {
            Report(field.Path, name, DnsValidation.ValidateSubdomain(name.Value), context);
        }
    }

    private static void CheckActiveDeadlineSeconds(FieldNode field, RuleContext context)
    {
        if (field.AsInteger() is { Value: < 1 or > int.MaxValue } value)
        {
            context.Report(
                Rule.InvalidPodSpecField,
                value.Span,
                FieldErrors.InvalidPrinted(field.Path, value.Value.ToString(CultureInfo.InvariantCulture), "must be between 1 and 2147483647, inclusive"));
        }
    }

    /// <summary>A name checked only when not empty.</summary>
    private static void CheckName(FieldNode field, System.Func<string, IReadOnlyList<string>> validate, RuleContext context)
    {
        if (field.AsString() is { Value.Length: > 0 } name)
        {
            Report(field.Path, name, validate(name.Value), context);
        }
    }

    private static void Report(string path, Located<string> value, IReadOnlyList<string> details, RuleContext context)
    {
        foreach (var message in FieldErrors.Invalid(path, value.Value, details))
        {
            context.Report(Rule.InvalidPodSpecField, value.Span, message);
        }
    }
}
