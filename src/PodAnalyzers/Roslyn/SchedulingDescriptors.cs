using Microsoft.CodeAnalysis;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Roslyn;

/// <summary>POD1003-POD1012: what the API server accepts but leaves a Pod unschedulable or unscheduled.</summary>
internal static class SchedulingDescriptors
{
    public static readonly DiagnosticDescriptor DeprecatedNodeLabel = DescriptorFactory.Create(
        RuleIds.DeprecatedNodeLabel,
        "Deprecated node label",
        RuleCategories.Scheduling,
        DiagnosticSeverity.Warning,
        "A nodeSelector key, node-affinity match expression key or topologySpreadConstraints topologyKey is a deprecated node label (beta.kubernetes.io/os, failure-domain.beta.kubernetes.io/zone, ...). The API server accepts the object with a warning; current nodes may no longer carry the label.");

    public static readonly DiagnosticDescriptor MistypedNodeLabel = DescriptorFactory.Create(
        RuleIds.MistypedNodeLabel,
        "Near miss of a well-known node label",
        RuleCategories.Scheduling,
        DiagnosticSeverity.Warning,
        "A key that is almost a well-known node label (kubernetes.io/Hostname, topology.kubernetes.io/zones) or a value no node reports for kubernetes.io/os or kubernetes.io/arch (Linux, x86_64). Syntactically valid, so the server accepts it, but no node will ever match.");

    public static readonly DiagnosticDescriptor UnsatisfiableNodeSelection = DescriptorFactory.Create(
        RuleIds.UnsatisfiableNodeSelection,
        "No node in the inventory satisfies the node selection",
        RuleCategories.Scheduling,
        DiagnosticSeverity.Warning,
        "With a node inventory in the project (kind: Node documents, or the List that kubectl get nodes -o yaml writes), the Pod's nodeSelector together with its required node affinity matches none of the nodes: the Pod would stay Pending.");

    public static readonly DiagnosticDescriptor ManualNodeName = DescriptorFactory.Create(
        RuleIds.ManualNodeName,
        "spec.nodeName bypasses the scheduler",
        RuleCategories.Scheduling,
        DiagnosticSeverity.Warning,
        "spec.nodeName is set in the manifest: the Pod is bound to that node without the scheduler (no resource, nodeSelector, affinity or taint checks) and fails if the node is missing or full. Meant for tests, debugging and custom schedulers.");

    public static readonly DiagnosticDescriptor NodeNameOutsideInventory = DescriptorFactory.Create(
        RuleIds.NodeNameOutsideInventory,
        "spec.nodeName names no suitable node of the inventory",
        RuleCategories.Scheduling,
        DiagnosticSeverity.Warning,
        "With a node inventory in the project, spec.nodeName names a node that is not in it, or a node that does not satisfy the Pod's nodeSelector and required node affinity (the kubelet rejects such a Pod).");
}
