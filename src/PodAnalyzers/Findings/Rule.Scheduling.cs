namespace PodAnalyzers.Findings;

/// <summary>POD1xxx: what the API server accepts but leaves a Pod unschedulable or unscheduled.</summary>
internal sealed partial record Rule
{
    public static readonly Rule DeprecatedNodeLabel = new(
        "POD1003",
        "Deprecated node label",
        RuleCategory.Scheduling,
        Severity.Warning,
        "A nodeSelector key, node-affinity match expression key or topologySpreadConstraints topologyKey is a deprecated node label (beta.kubernetes.io/os, failure-domain.beta.kubernetes.io/zone, ...). The API server accepts the object with a warning; current nodes may no longer carry the label.");

    public static readonly Rule MistypedNodeLabel = new(
        "POD1004",
        "Near miss of a well-known node label",
        RuleCategory.Scheduling,
        Severity.Warning,
        "A key that is almost a well-known node label (kubernetes.io/Hostname, topology.kubernetes.io/zones) or a value no node reports for kubernetes.io/os or kubernetes.io/arch (Linux, x86_64). Syntactically valid, so the server accepts it, but no node will ever match.");

    public static readonly Rule UnsatisfiableNodeSelection = new(
        "POD1005",
        "No node in the inventory satisfies the node selection",
        RuleCategory.Scheduling,
        Severity.Warning,
        "With a node inventory in the project (kind: Node documents, or the List that kubectl get nodes -o yaml writes), the Pod's nodeSelector together with its required node affinity matches none of the nodes: the Pod would stay Pending.");

    public static readonly Rule ManualNodeName = new(
        "POD1010",
        "spec.nodeName bypasses the scheduler",
        RuleCategory.Scheduling,
        Severity.Warning,
        "spec.nodeName is set in the manifest: the Pod is bound to that node without the scheduler (no resource, nodeSelector, affinity or taint checks) and fails if the node is missing or full. Meant for tests, debugging and custom schedulers.");

    public static readonly Rule NodeNameOutsideInventory = new(
        "POD1012",
        "spec.nodeName names no suitable node of the inventory",
        RuleCategory.Scheduling,
        Severity.Warning,
        "With a node inventory in the project, spec.nodeName names a node that is not in it, or a node that does not satisfy the Pod's nodeSelector and required node affinity (the kubelet rejects such a Pod).");
}
