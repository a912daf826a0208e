using Microsoft.CodeAnalysis;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Roslyn;

/// <summary>POD2xxx: rules about C# code.</summary>
internal static class CodeDescriptors
{
    public static readonly DiagnosticDescriptor HostsFileWrite = DescriptorFactory.Create(
        RuleIds.HostsFileWrite,
        "Code writes the hosts file",
        RuleCategories.Code,
        DiagnosticSeverity.Warning,
        "In a Pod, kubelet manages /etc/hosts: it writes the file from the Pod's IP, hostname and spec.hostAliases, and rewrites it when the Pod is re-created, so edits made by the program are lost. Declare the entries in spec.hostAliases of the pod instead.");

    public static readonly DiagnosticDescriptor KubernetesClientLabel = DescriptorFactory.Create(
        RuleIds.KubernetesClientLabel,
        "Label literal the API server rejects",
        RuleCategories.Code,
        DiagnosticSeverity.Error,
        "A label key or value known at compile time, set on a KubernetesClient model (V1ObjectMeta.Labels, V1PodSpec.NodeSelector, V1NodeSelectorRequirement.Key), that the Kubernetes API server rejects. The message is the server's, worded as for the same value in a YAML manifest (POD1001, POD1002).");

    public static readonly DiagnosticDescriptor KubernetesClientHostAlias = DescriptorFactory.Create(
        RuleIds.KubernetesClientHostAlias,
        "Host alias literal the API server rejects",
        RuleCategories.Code,
        DiagnosticSeverity.Error,
        "An IP address or hostname known at compile time, set on a KubernetesClient V1HostAlias, that the Kubernetes API server rejects. The message is the server's, worded as for the same value in a YAML manifest (POD1020, POD1021).");

    public static readonly DiagnosticDescriptor KubernetesClientNodeName = DescriptorFactory.Create(
        RuleIds.KubernetesClientNodeName,
        "Pod bound to a node by a literal nodeName",
        RuleCategories.Code,
        DiagnosticSeverity.Warning,
        "V1PodSpec.NodeName set to a value known at compile time binds the Pod to that node without the scheduler: no resource, taint or affinity checks. Select nodes with nodeSelector or node affinity instead. When the name is one the API server rejects, the message is the server's (as POD1011 words it).");
}
