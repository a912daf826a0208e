using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>The enumerated fields of a pod source whose values the API server checks.</summary>
internal enum EnumField
{
    /// <summary>A Pod's <c>spec.restartPolicy</c> (validateRestartPolicy); a template's is POD1091's.</summary>
    PodRestartPolicy,

    /// <summary><c>spec.dnsPolicy</c> (validateDNSPolicy).</summary>
    DnsPolicy,

    /// <summary><c>spec.preemptionPolicy</c> (ValidatePreemptionPolicy).</summary>
    PreemptionPolicy,

    /// <summary><c>spec.os</c>, for the value of <c>spec.os.name</c> (validateOS).</summary>
    OsName,

    /// <summary><c>spec.securityContext.fsGroupChangePolicy</c> (validateFSGroupChangePolicy).</summary>
    FsGroupChangePolicy,

    /// <summary><c>spec.securityContext.supplementalGroupsPolicy</c> (validateSupplementalGroupsPolicy).</summary>
    SupplementalGroupsPolicy,

    /// <summary>The <c>type</c> of a pod or container <c>seccompProfile</c> (validateSeccompProfileType).</summary>
    SeccompProfileType,

    /// <summary>The <c>type</c> of a pod or container <c>appArmorProfile</c> (ValidateAppArmorProfileField).</summary>
    AppArmorProfileType,

    /// <summary>A container's <c>securityContext.procMount</c> (ValidateProcMountType).</summary>
    ProcMount,

    /// <summary><c>tolerations[].operator</c> (ValidateTolerations).</summary>
    TolerationOperator,

    /// <summary><c>tolerations[].effect</c> (validateTaintEffect).</summary>
    TolerationEffect,

    /// <summary><c>topologySpreadConstraints[].whenUnsatisfiable</c> (ValidateWhenUnsatisfiable).</summary>
    WhenUnsatisfiable,

    /// <summary><c>topologySpreadConstraints[].nodeAffinityPolicy</c> and <c>nodeTaintsPolicy</c> (validateNodeInclusionPolicy).</summary>
    NodeInclusionPolicy,

    /// <summary>A node-affinity <c>matchExpressions[].operator</c> (ValidateNodeSelectorRequirement).</summary>
    NodeSelectorOperator,

    /// <summary>A node-affinity <c>matchFields[].operator</c> (ValidateNodeFieldSelectorRequirement).</summary>
    NodeFieldSelectorOperator,

    /// <summary>A pod-affinity or topology-spread <c>labelSelector</c> operator (metav1 ValidateLabelSelectorRequirement).</summary>
    LabelSelectorOperator,

    /// <summary><c>volumes[].hostPath.type</c> (validateHostPathType).</summary>
    HostPathType,

    /// <summary><c>volumes[].ephemeral.volumeClaimTemplate.spec.accessModes[]</c> (ValidatePersistentVolumeClaimSpec).</summary>
    PersistentVolumeAccessMode,

    /// <summary><c>volumes[].ephemeral.volumeClaimTemplate.spec.volumeMode</c> (ValidatePersistentVolumeClaimSpec).</summary>
    PersistentVolumeMode,

    /// <summary>A container's <c>imagePullPolicy</c> (validatePullPolicy).</summary>
    ImagePullPolicy,

    /// <summary>A container's <c>terminationMessagePolicy</c> (validateContainerCommon).</summary>
    TerminationMessagePolicy,

    /// <summary>An init container's <c>restartPolicy</c> (validateInitContainerRestartPolicy).</summary>
    InitContainerRestartPolicy,

    /// <summary>A container's <c>resizePolicy[].resourceName</c> (validateResizePolicy).</summary>
    ResizeResourceName,

    /// <summary>A container's <c>resizePolicy[].restartPolicy</c> (validateResizePolicy).</summary>
    ResizeRestartPolicy,

    /// <summary><c>volumeMounts[].mountPropagation</c> (validateMountPropagation).</summary>
    MountPropagation,

    /// <summary><c>volumeMounts[].recursiveReadOnly</c> (validateMountRecursiveReadOnly).</summary>
    RecursiveReadOnly,

    /// <summary>The <c>httpGet.scheme</c> of a probe or lifecycle handler (validateHTTPGetAction).</summary>
    HttpGetScheme,

    /// <summary>A Deployment's <c>spec.strategy.type</c> (ValidateDeploymentStrategy).</summary>
    DeploymentStrategyType,

    /// <summary>A DaemonSet's <c>spec.updateStrategy.type</c> (ValidateDaemonSetUpdateStrategy).</summary>
    DaemonSetUpdateStrategyType,

    /// <summary>A StatefulSet's <c>spec.updateStrategy.type</c> (ValidateStatefulSetSpec).</summary>
    StatefulSetUpdateStrategyType,

    /// <summary>A StatefulSet's <c>spec.podManagementPolicy</c> (ValidateStatefulSetSpec).</summary>
    PodManagementPolicy,

    /// <summary>A StatefulSet's <c>persistentVolumeClaimRetentionPolicy.whenDeleted</c> and <c>whenScaled</c>.</summary>
    PersistentVolumeClaimRetentionPolicy,

    /// <summary>A CronJob's <c>spec.concurrencyPolicy</c> (validateConcurrencyPolicy).</summary>
    ConcurrencyPolicy,

    /// <summary>A Job's <c>spec.completionMode</c> (validateJobSpec).</summary>
    CompletionMode,

    /// <summary>A Job's <c>podFailurePolicy.rules[].action</c> (validatePodFailurePolicyRule).</summary>
    PodFailurePolicyAction,

    /// <summary>A Job's <c>podFailurePolicy.rules[].onExitCodes.operator</c> (validatePodFailurePolicyRuleOnExitCodes).</summary>
    PodFailurePolicyOnExitCodesOperator,

    /// <summary>A Job's <c>podFailurePolicy.rules[].onPodConditions[].status</c> (validatePodFailurePolicyRuleOnPodConditions).</summary>
    PodFailurePolicyOnPodConditionsStatus,

    /// <summary>A Job's <c>spec.podReplacementPolicy</c> without a podFailurePolicy (validatePodReplacementPolicy).</summary>
    PodReplacementPolicy,

    /// <summary>A Job's <c>spec.podReplacementPolicy</c> with a podFailurePolicy: only Failed.</summary>
    PodReplacementPolicyWithPodFailurePolicy,
}

/// <summary>
/// The values the API server accepts for each enumerated field, per target version, in the order
/// its message prints them (<c>sets.List</c> sorts; a literal slice keeps its order). A pure
/// function of the field and the version, read from pkg/apis/core, apps and batch validation, so
/// that the YAML rules and a KubernetesClient analyzer share one table. Null where the server
/// does not check the field in that version (a disabled feature gate drops the field, or the
/// version's validation is not known well enough to reproduce its message).
/// </summary>
internal static class EnumValues
{
    private static readonly string[] RestartPolicies = { "Always", "OnFailure", "Never" };
    private static readonly string[] DnsPolicies = { "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None" };
    private static readonly string[] PreemptionPolicies = { "PreemptLowerPriority", "Never" };
    private static readonly string[] OsNames = { "linux", "windows" };
    private static readonly string[] FsGroupChangePolicies = { "Always", "OnRootMismatch" };
    private static readonly string[] SupplementalGroupsPolicies = { "Merge", "Strict" };
    private static readonly string[] ProfileTypes = { "Localhost", "RuntimeDefault", "Unconfined" };
    private static readonly string[] ProcMountTypes = { "Default", "Unmasked" };
    private static readonly string[] TolerationOperators = { "Equal", "Exists" };
    private static readonly string[] TaintEffects = { "NoSchedule", "PreferNoSchedule", "NoExecute" };
    private static readonly string[] ScheduleActions = { "DoNotSchedule", "ScheduleAnyway" };
    private static readonly string[] NodeInclusionPolicies = { "Honor", "Ignore" };
    private static readonly string[] NodeSelectorOperators = { "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt" };
    private static readonly string[] NodeFieldSelectorOperators = { "In", "NotIn" };
    private static readonly string[] LabelSelectorOperators = { "In", "NotIn", "Exists", "DoesNotExist" };
    private static readonly string[] HostPathTypes = { string.Empty, "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket" };
    private static readonly string[] AccessModes = { "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod" };
    private static readonly string[] VolumeModes = { "Block", "Filesystem" };
    private static readonly string[] PullPolicies = { "Always", "IfNotPresent", "Never" };
    private static readonly string[] TerminationMessagePolicies = { "File", "FallbackToLogsOnError" };
    private static readonly string[] AlwaysOnly = { "Always" };
    private static readonly string[] ResizeResources = { "cpu", "memory" };
    private static readonly string[] ResizeRestartPolicies = { "NotRequired", "RestartContainer" };
    private static readonly string[] MountPropagations = { "Bidirectional", "HostToContainer", "None" };
    private static readonly string[] RecursiveReadOnlyModes = { "Disabled", "Enabled", "IfPossible" };
    private static readonly string[] HttpSchemes = { "HTTP", "HTTPS" };
    private static readonly string[] DeploymentStrategyTypes = { "Recreate", "RollingUpdate" };
    private static readonly string[] DaemonSetStrategyTypes = { "RollingUpdate", "OnDelete" };
    private static readonly string[] PodManagementPolicies = { "OrderedReady", "Parallel" };
    private static readonly string[] RetentionPolicies = { "Retain", "Delete" };
    private static readonly string[] ConcurrencyPolicies = { "Allow", "Forbid", "Replace" };
    private static readonly string[] CompletionModes = { "NonIndexed", "Indexed" };
    private static readonly string[] PodFailurePolicyActions = { "Count", "FailIndex", "FailJob", "Ignore" };
    private static readonly string[] ExitCodesOperators = { "In", "NotIn" };
    private static readonly string[] ConditionStatuses = { "False", "True", "Unknown" };
    private static readonly string[] PodReplacementPolicies = { "Failed", "TerminatingOrFailed" };
    private static readonly string[] FailedOnly = { "Failed" };

    /// <summary>The accepted values in the server's print order; null when the server does not check the field in <paramref name="version"/>.</summary>
    public static IReadOnlyList<string>? Supported(EnumField field, KubernetesVersion version) => field switch
    {
        EnumField.PodRestartPolicy => RestartPolicies,
        EnumField.DnsPolicy => DnsPolicies,
        EnumField.PreemptionPolicy => PreemptionPolicies,
        EnumField.OsName => OsNames,
        EnumField.FsGroupChangePolicy => FsGroupChangePolicies,

        // SupplementalGroupsPolicy and ProcMountType: with the gate off, dropDisabledFields drops
        // the field or forces it to Default. Both are on by default from 1.33; whether they were
        // in 1.31 and 1.32 was not verified, so those versions are left out.
        EnumField.SupplementalGroupsPolicy => version.IsAtLeast(33) ? SupplementalGroupsPolicies : null,
        EnumField.ProcMount => version.IsAtLeast(33) ? ProcMountTypes : null,
        EnumField.SeccompProfileType or EnumField.AppArmorProfileType => ProfileTypes,

        // From 1.35 Lt and Gt exist too (IsGated); the list printed for any other value is the gate-off one.
        EnumField.TolerationOperator => TolerationOperators,
        EnumField.TolerationEffect => TaintEffects,
        EnumField.WhenUnsatisfiable => ScheduleActions,
        EnumField.NodeInclusionPolicy => NodeInclusionPolicies,
        EnumField.NodeSelectorOperator => NodeSelectorOperators,
        EnumField.NodeFieldSelectorOperator => NodeFieldSelectorOperators,
        EnumField.LabelSelectorOperator => LabelSelectorOperators,
        EnumField.HostPathType => HostPathTypes,
        EnumField.PersistentVolumeAccessMode => AccessModes,
        EnumField.PersistentVolumeMode => VolumeModes,
        EnumField.ImagePullPolicy => PullPolicies,
        EnumField.TerminationMessagePolicy => TerminationMessagePolicies,

        // 1.34 adds container restart rules (ContainerRestartRules, beta from 1.35), which accept
        // OnFailure and Never as well, with another message.
        EnumField.InitContainerRestartPolicy => version.IsAtLeast(35) ? null : AlwaysOnly,

        // InPlacePodVerticalScaling is on by default from 1.33; before, resizePolicy is dropped.
        EnumField.ResizeResourceName => version.IsAtLeast(33) ? ResizeResources : null,
        EnumField.ResizeRestartPolicy => version.IsAtLeast(33) ? ResizeRestartPolicies : null,
        EnumField.MountPropagation => MountPropagations,

        // RecursiveReadOnlyMounts is on by default from 1.31; before, the field is dropped.
        EnumField.RecursiveReadOnly => version.IsAtLeast(31) ? RecursiveReadOnlyModes : null,
        EnumField.HttpGetScheme => HttpSchemes,
        EnumField.DeploymentStrategyType => DeploymentStrategyTypes,
        EnumField.DaemonSetUpdateStrategyType or EnumField.StatefulSetUpdateStrategyType => DaemonSetStrategyTypes,
        EnumField.PodManagementPolicy => PodManagementPolicies,
        EnumField.PersistentVolumeClaimRetentionPolicy => RetentionPolicies,
        EnumField.ConcurrencyPolicy => ConcurrencyPolicies,
        EnumField.CompletionMode => CompletionModes,
        EnumField.PodFailurePolicyAction => PodFailurePolicyActions,
        EnumField.PodFailurePolicyOnExitCodesOperator => ExitCodesOperators,
        EnumField.PodFailurePolicyOnPodConditionsStatus => ConditionStatuses,
        EnumField.PodReplacementPolicy => PodReplacementPolicies,
        EnumField.PodReplacementPolicyWithPodFailurePolicy => FailedOnly,
        _ => null,
    };

    /// <summary>
    /// A value outside the table that a feature gate may allow, whose default the rules do not
    /// assume: from 1.35 the toleration operators Lt and Gt (TaintTolerationComparisonOperators).
    /// </summary>
    public static bool IsGated(EnumField field, string value, KubernetesVersion version) =>
        field == EnumField.TolerationOperator && version.IsAtLeast(35) && value is "Lt" or "Gt";

    /// <summary>Whether <paramref name="value"/> is one of <paramref name="supported"/> (ordinal: the server compares bytes).</summary>
    public static bool Contains(IReadOnlyList<string> supported, string value)
    {
        for (var i = 0; i < supported.Count; i++)
        {
            if (string.Equals(supported[i], value, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
