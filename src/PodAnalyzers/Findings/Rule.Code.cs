namespace PodAnalyzers.Findings;

/// <summary>POD2xxx: rules about C# code.</summary>
internal sealed partial record Rule
{
    public static readonly Rule HostsFileWrite = new(
        "POD2001",
        "Code writes the hosts file",
        RuleCategory.Code,
        Severity.Warning,
        "In a Pod, kubelet manages /etc/hosts: it writes the file from the Pod's IP, hostname and spec.hostAliases, and rewrites it when the Pod is re-created, so edits made by the program are lost. Declare the entries in spec.hostAliases of the pod instead.");

    public static readonly Rule KubernetesClientLabel = new(
        "POD2010",
        "Label literal the API server rejects",
        RuleCategory.Code,
        Severity.Error,
        "A label key or value known at compile time, set on a KubernetesClient model (V1ObjectMeta.Labels, V1PodSpec.NodeSelector, V1NodeSelectorRequirement.Key), that the Kubernetes API server rejects. The message is the server's, worded as for the same value in a YAML manifest (POD1001, POD1002).");

    public static readonly Rule KubernetesClientValue = new(
        "POD2013",
        "KubernetesClient value the API server rejects",
        RuleCategory.Code,
        Severity.Error,
        "A value known at compile time, set on a KubernetesClient model, that the Kubernetes API server rejects: an enumerated field outside its supported values (V1Container.ImagePullPolicy, V1PodSpec.DnsPolicy, V1Toleration.Effect, ...), a ResourceQuantity that is not a quantity, or a workload template's restartPolicy not allowed for the kind. The message is the server's, worded as for the same value in a YAML manifest (POD1080, POD1081, POD1091).");

    public static readonly Rule KubernetesClientHostAlias = new(
        "POD2011",
        "Host alias literal the API server rejects",
        RuleCategory.Code,
        Severity.Error,
        "An IP address or hostname known at compile time, set on a KubernetesClient V1HostAlias, that the Kubernetes API server rejects. The message is the server's, worded as for the same value in a YAML manifest (POD1020, POD1021).");

    public static readonly Rule KubernetesClientNodeName = new(
        "POD2012",
        "Pod bound to a node by a literal nodeName",
        RuleCategory.Code,
        Severity.Warning,
        "V1PodSpec.NodeName set to a value known at compile time binds the Pod to that node without the scheduler: no resource, taint or affinity checks. Select nodes with nodeSelector or node affinity instead. When the name is one the API server rejects, the message is the server's (as POD1011 words it).");
}
