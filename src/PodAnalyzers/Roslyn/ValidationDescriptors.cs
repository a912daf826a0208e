using Microsoft.CodeAnalysis;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Roslyn;

/// <summary>POD10xx: what the Kubernetes API server rejects (errors) or warns about in a pod source.</summary>
internal static class ValidationDescriptors
{
    public static readonly DiagnosticDescriptor InvalidLabelKey = DescriptorFactory.Create(
        RuleIds.InvalidLabelKey,
        "Invalid label key",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A label key in metadata.labels, spec.nodeSelector or a node-affinity matchExpressions key is not a qualified name (optional DNS-subdomain prefix and '/', then a name of at most 63 bytes made of alphanumerics, '-', '_' and '.'). The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidLabelValue = DescriptorFactory.Create(
        RuleIds.InvalidLabelValue,
        "Invalid label value",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A label value in metadata.labels or spec.nodeSelector (and, from Kubernetes 1.33, a value of a required node-affinity match expression) is longer than 63 bytes or is not made of alphanumerics, '-', '_' and '.' starting and ending with an alphanumeric. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidNodeName = DescriptorFactory.Create(
        RuleIds.InvalidNodeName,
        "Invalid spec.nodeName",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "spec.nodeName must be a lowercase RFC 1123 subdomain, and a Pod cannot be created with both nodeName and schedulingGates. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidHostAliasIp = DescriptorFactory.Create(
        RuleIds.InvalidHostAliasIp,
        "Invalid hostAliases IP address",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A hostAliases[].ip is not an IP address as Kubernetes parses it (no zones, CIDRs, brackets, '127.1' or hex forms; from 1.36 also no leading zeros and no IPv4-mapped IPv6). The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidHostAliasHostname = DescriptorFactory.Create(
        RuleIds.InvalidHostAliasHostname,
        "Invalid hostAliases hostname",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A hostAliases[].hostnames[] entry is not a lowercase RFC 1123 subdomain. The API server rejects the object.");

    public static readonly DiagnosticDescriptor DuplicateHostAliasIp = DescriptorFactory.Create(
        RuleIds.DuplicateHostAliasIp,
        "Duplicate hostAliases IP address",
        RuleCategories.Validation,
        DiagnosticSeverity.Warning,
        "Two hostAliases entries have the same ip. The API server accepts the object with a warning; merge the hostnames into one entry.");

    public static readonly DiagnosticDescriptor HostNamespaceConflict = DescriptorFactory.Create(
        RuleIds.HostNamespaceConflict,
        "Conflicting host namespace settings",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "shareProcessNamespace together with hostPID, host namespaces with hostUsers: false, or host namespace fields on a Windows pod (os.name: windows). The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidObjectName = DescriptorFactory.Create(
        RuleIds.InvalidObjectName,
        "Invalid or missing object name",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "metadata.name of a Pod or workload must be a lowercase RFC 1123 subdomain (a CronJob name at most 52 bytes), or generateName must be given and be a valid prefix. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidContainerName = DescriptorFactory.Create(
        RuleIds.InvalidContainerName,
        "Invalid or missing container name",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "Every container, init container and ephemeral container needs a name that is a lowercase RFC 1123 label (at most 63 characters, no dots). The API server rejects the object.");

    public static readonly DiagnosticDescriptor DuplicateContainerName = DescriptorFactory.Create(
        RuleIds.DuplicateContainerName,
        "Duplicate container name",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "Container names must be unique across containers, initContainers and ephemeralContainers of one pod. The API server rejects the object.");

    public static readonly DiagnosticDescriptor MissingContainerImage = DescriptorFactory.Create(
        RuleIds.MissingContainerImage,
        "Container without image",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A container has no image (or, in a Pod, an image with leading or trailing whitespace). The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidContainerPort = DescriptorFactory.Create(
        RuleIds.InvalidContainerPort,
        "Invalid container port",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "containerPort is required and must be 1-65535, a hostPort must be 1-65535 when set, and protocol must be TCP, UDP or SCTP. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidPortName = DescriptorFactory.Create(
        RuleIds.InvalidPortName,
        "Invalid port name",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A port name must be an IANA service name: at most 15 characters of a-z, 0-9 and '-', at least one letter, no '--', not starting or ending with '-'. The API server rejects the object.");

    public static readonly DiagnosticDescriptor DuplicatePortName = DescriptorFactory.Create(
        RuleIds.DuplicatePortName,
        "Duplicate port name",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "Two ports of one container have the same name. The API server rejects the object.");

    public static readonly DiagnosticDescriptor DuplicatePortDefinition = DescriptorFactory.Create(
        RuleIds.DuplicatePortDefinition,
        "Duplicate port definition",
        RuleCategories.Validation,
        DiagnosticSeverity.Warning,
        "The same containerPort and protocol is declared twice in one pod. All containers of a pod share one network namespace, so only one of them can bind it. The API server accepts the object with a warning.");

    public static readonly DiagnosticDescriptor HostPortConflict = DescriptorFactory.Create(
        RuleIds.HostPortConflict,
        "Host port conflict",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "Two ports bind the same protocol, hostIP and hostPort, or with hostNetwork: true a hostPort differs from its containerPort. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidVolume = DescriptorFactory.Create(
        RuleIds.InvalidVolume,
        "Invalid volume",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A volume needs a name that is a lowercase RFC 1123 label, unique in the pod, and exactly one volume source. The API server rejects the object.");

    public static readonly DiagnosticDescriptor UndeclaredVolumeMount = DescriptorFactory.Create(
        RuleIds.UndeclaredVolumeMount,
        "Volume mount names no declared volume",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "A volumeMounts[].name must name a volume declared (without errors) in spec.volumes. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidVolumeMount = DescriptorFactory.Create(
        RuleIds.InvalidVolumeMount,
        "Invalid volume mount",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "mountPath is required and must be unique within a container, and subPath and subPathExpr are mutually exclusive. The API server rejects the object.");

    public static readonly DiagnosticDescriptor InvalidEnvVarName = DescriptorFactory.Create(
        RuleIds.InvalidEnvVarName,
        "Invalid environment variable name",
        RuleCategories.Validation,
        DiagnosticSeverity.Error,
        "An env var name is required; from Kubernetes 1.32 it may hold any printable ASCII character but '=', before that only letters, digits, '_', '-' and '.', not starting with a digit. The API server rejects the object.");

    public static readonly DiagnosticDescriptor DuplicateEnvVar = DescriptorFactory.Create(
        RuleIds.DuplicateEnvVar,
        "Environment variable defined twice",
        RuleCategories.Validation,
        DiagnosticSeverity.Warning,
        "A container defines the same env var twice without referring to the previous value. The API server accepts it with a warning: the later definition wins, and kubectl apply may drop one of them.");
}
