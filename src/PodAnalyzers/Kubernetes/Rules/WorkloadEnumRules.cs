using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1080 for a workload's own enumerated fields, after the server's defaulting (an empty
/// strategy type becomes RollingUpdate, podManagementPolicy OrderedReady, a retention policy
/// Retain, concurrencyPolicy Allow). StatefulSet (ValidateStatefulSetSpec) and Job and CronJob
/// (validateCronJobSpec, validateJobSpec) check them before the pod template; Deployment
/// (ValidateDeploymentSpec) and DaemonSet (ValidateDaemonSetSpec) after it.
/// </summary>
internal static class WorkloadEnumRules
{
    public static void CheckBeforeTemplate(PodSource pod, RuleContext context)
    {
        var spec = pod.Root.Field("spec");
        switch (pod.Kind)
        {
            case "StatefulSet":
                CheckStatefulSet(spec, context);
                break;
            case "Job":
                CheckJobSpec(spec, context);
                break;
            case "CronJob":
                EnumFieldCheck.NotSupported(spec.Field("concurrencyPolicy"), EnumField.ConcurrencyPolicy, EmptyValue.Accepted, context);
                CheckJobSpec(spec.At("jobTemplate.spec"), context);
                break;
        }
    }

    public static void CheckAfterTemplate(PodSource pod, RuleContext context)
    {
        var spec = pod.Root.Field("spec");
        switch (pod.Kind)
        {
            case "Deployment":
                CheckStrategy(spec.Field("strategy"), EnumField.DeploymentStrategyType, "DeploymentStrategy", "RollingUpdateDeployment", context);
                break;
            case "DaemonSet":
                CheckStrategy(spec.Field("updateStrategy"), EnumField.DaemonSetUpdateStrategyType, "DaemonSetUpdateStrategy", "RollingUpdateDaemonSet", context);
                break;
        }
    }

    /// <summary>
    /// ValidateDeploymentStrategy and ValidateDaemonSetUpdateStrategy report the whole strategy
    /// struct. Left out when rollingUpdate is written: the struct's printing then depends on
    /// the internal conversion of its fields.
    /// </summary>
    private static void CheckStrategy(FieldNode strategy, EnumField kind, string goType, string rollingUpdateType, RuleContext context)
    {
        if (strategy.Field("rollingUpdate").IsPresent
            || strategy.Field("type").AsString() is not { Value.Length: > 0 } type
            || EnumValues.Supported(kind, context.Version) is not { } supported
            || EnumValues.Contains(supported, type.Value))
        {
            return;
        }

        var printed = EnumMessages.StrategyStruct(goType, rollingUpdateType, type.Value, context.Version);
        context.Report(Rule.UnsupportedEnumValue, type.Span, EnumMessages.NotSupported(strategy.Path, printed, supported));
    }

    /// <summary>ValidateStatefulSetSpec: podManagementPolicy and updateStrategy are Invalid with a detail of their own.</summary>
    private static void CheckStatefulSet(FieldNode spec, RuleContext context)
    {
        var policy = spec.Field("podManagementPolicy");
        if (policy.AsString() is { Value.Length: > 0 })
        {
            EnumFieldCheck.Invalid(policy, EnumField.PodManagementPolicy, "must be 'OrderedReady' or 'Parallel'", context);
        }

        var strategy = spec.Field("updateStrategy");
        if (!strategy.Field("rollingUpdate").IsPresent
            && strategy.Field("type").AsString() is { Value.Length: > 0 } type
            && EnumValues.Supported(EnumField.StatefulSetUpdateStrategyType, context.Version) is { } supported
            && !EnumValues.Contains(supported, type.Value))
        {
            var printed = EnumMessages.StrategyStruct("StatefulSetUpdateStrategy", "RollingUpdateStatefulSetStrategy", type.Value, context.Version);
            context.Report(Rule.UnsupportedEnumValue, type.Span, FieldErrors.InvalidPrinted(strategy.Path, printed, "must be 'RollingUpdate' or 'OnDelete'"));
        }

        var retention = spec.Field("persistentVolumeClaimRetentionPolicy");
        EnumFieldCheck.NotSupported(retention.Field("whenDeleted"), EnumField.PersistentVolumeClaimRetentionPolicy, EmptyValue.Accepted, context);
        EnumFieldCheck.NotSupported(retention.Field("whenScaled"), EnumField.PersistentVolumeClaimRetentionPolicy, EmptyValue.Accepted, context);
    }

    /// <summary>validateJobSpec: completionMode, podFailurePolicy, podReplacementPolicy (all pointers or list items).</summary>
    private static void CheckJobSpec(FieldNode spec, RuleContext context)
    {
        EnumFieldCheck.NotSupported(spec.Field("completionMode"), EnumField.CompletionMode, EmptyValue.Unsupported, context);

        var podFailurePolicy = spec.Field("podFailurePolicy");
        if (podFailurePolicy.IsPresent)
        {
            foreach (var rule in podFailurePolicy.Field("rules").Items())
            {
                CheckPodFailurePolicyRule(rule, context);
            }
        }

        var replacement = podFailurePolicy.IsPresent ? EnumField.PodReplacementPolicyWithPodFailurePolicy : EnumField.PodReplacementPolicy;
        EnumFieldCheck.NotSupported(spec.Field("podReplacementPolicy"), replacement, EmptyValue.Unsupported, context);
    }

    /// <summary>
    /// validatePodFailurePolicyRule: an empty action or operator is Required with the sorted values
    /// (<c>valid values: ["A" "B"]</c>); FailIndex is valid (its backoffLimitPerIndex check is an
    /// Invalid of its own). An empty onPodConditions status defaults to True.
    /// </summary>
    private static void CheckPodFailurePolicyRule(FieldNode rule, RuleContext context)
    {
        var version = context.Version;
        if (EnumValues.Supported(EnumField.PodFailurePolicyAction, version) is { } actions)
        {
            EnumFieldCheck.RequiredOrNotSupported(rule.Field("action"), EnumField.PodFailurePolicyAction, "valid values: " + EnumMessages.GoStringSlice(actions), context);
        }

        var onExitCodes = rule.Field("onExitCodes");
        if (onExitCodes.IsPresent && EnumValues.Supported(EnumField.PodFailurePolicyOnExitCodesOperator, version) is { } operators)
        {
            EnumFieldCheck.RequiredOrNotSupported(onExitCodes.Field("operator"), EnumField.PodFailurePolicyOnExitCodesOperator, "valid values: " + EnumMessages.GoStringSlice(operators), context);
        }

        foreach (var pattern in rule.Field("onPodConditions").Items())
        {
            EnumFieldCheck.NotSupported(pattern.Field("status"), EnumField.PodFailurePolicyOnPodConditionsStatus, EmptyValue.Accepted, context);
        }
    }
}
