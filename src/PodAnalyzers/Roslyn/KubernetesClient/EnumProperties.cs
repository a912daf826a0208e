using Microsoft.CodeAnalysis;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Roslyn.KubernetesClient;

/// <summary>
/// The string properties of <c>k8s.Models</c> that hold a value of an enumerated field the API
/// server checks with "Unsupported value" (POD1080's table), and the path used when the code does
/// not show where the object sits.
/// </summary>
internal static class EnumProperties
{
    public static (EnumField Field, string FallbackPath)? Of(IPropertySymbol property)
    {
        if (!KubernetesModelSymbols.IsModel(property.ContainingType))
        {
            return null;
        }

        return (property.ContainingType.Name, property.Name) switch
        {
            ("V1PodSpec", "RestartPolicy") => (EnumField.PodRestartPolicy, "spec.restartPolicy"),
            ("V1PodSpec", "DnsPolicy") => (EnumField.DnsPolicy, "spec.dnsPolicy"),
            ("V1Container" or "V1EphemeralContainer", "ImagePullPolicy") => (EnumField.ImagePullPolicy, "spec.containers[*].imagePullPolicy"),
            ("V1Container" or "V1EphemeralContainer", "TerminationMessagePolicy") => (EnumField.TerminationMessagePolicy, "spec.containers[*].terminationMessagePolicy"),
            ("V1VolumeMount", "MountPropagation") => (EnumField.MountPropagation, "spec.containers[*].volumeMounts[*].mountPropagation"),
            ("V1HTTPGetAction", "Scheme") => (EnumField.HttpGetScheme, "spec.containers[*].livenessProbe.httpGet.scheme"),
            ("V1SecurityContext", "ProcMount") => (EnumField.ProcMount, "spec.containers[*].securityContext.procMount"),
            ("V1PodSecurityContext", "FsGroupChangePolicy") => (EnumField.FsGroupChangePolicy, "spec.securityContext.fsGroupChangePolicy"),
            ("V1PodSecurityContext", "SupplementalGroupsPolicy") => (EnumField.SupplementalGroupsPolicy, "spec.securityContext.supplementalGroupsPolicy"),
            ("V1Toleration", "OperatorProperty") => (EnumField.TolerationOperator, "spec.tolerations[*].operator"),
            ("V1Toleration", "Effect") => (EnumField.TolerationEffect, "spec.tolerations[*].effect"),
            ("V1TopologySpreadConstraint", "WhenUnsatisfiable") => (EnumField.WhenUnsatisfiable, "spec.topologySpreadConstraints[*].whenUnsatisfiable"),
            ("V1TopologySpreadConstraint", "NodeAffinityPolicy") => (EnumField.NodeInclusionPolicy, "spec.topologySpreadConstraints[*].nodeAffinityPolicy"),
            ("V1TopologySpreadConstraint", "NodeTaintsPolicy") => (EnumField.NodeInclusionPolicy, "spec.topologySpreadConstraints[*].nodeTaintsPolicy"),
            ("V1HostPathVolumeSource", "Type") => (EnumField.HostPathType, "spec.volumes[*].hostPath.type"),
            ("V1CronJobSpec", "ConcurrencyPolicy") => (EnumField.ConcurrencyPolicy, "spec.concurrencyPolicy"),
            ("V1JobSpec", "CompletionMode") => (EnumField.CompletionMode, "spec.completionMode"),
            _ => null,
        };
    }
}
