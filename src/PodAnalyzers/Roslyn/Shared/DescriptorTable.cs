using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.Shared;

/// <summary>
/// The descriptor of every rule, derived from the rule catalogue (Findings/Rule.*.cs) by
/// RuleTablesTests: do not edit (docs/contributing.md). Spelled out with constant IDs so that the
/// compiler's release tracking (AnalyzerReleases.*.md) sees every rule.
/// </summary>
internal static class DescriptorTable
{
    public static readonly DiagnosticDescriptor POD0001 = DescriptorFactory.Create(
        id: "POD0001",
        title: "YAML file cannot be parsed",
        category: "PodAnalyzers.Reading",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "The file is not valid YAML. kubectl would refuse it, and PodAnalyzers cannot read the documents after the error.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD0002 = DescriptorFactory.Create(
        id: "POD0002",
        title: "Manifest field has the wrong type",
        category: "PodAnalyzers.Decoding",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A field holds the wrong kind of value for the Kubernetes schema of the target version (a mapping where a list is expected, a number where a string is expected, an integer out of the int32 range). The API server fails to decode such an object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD0003 = DescriptorFactory.Create(
        id: "POD0003",
        title: "Template file skipped",
        category: "PodAnalyzers.Reading",
        defaultSeverity: DiagnosticSeverity.Info,
        description: "The file contains Go template actions ({{ ... }}), as Helm charts do: it is not YAML until rendered, so PodAnalyzers skips it.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD0004 = DescriptorFactory.Create(
        id: "POD0004",
        title: "Two pods map to the same generated class name",
        category: "PodAnalyzers.Reading",
        defaultSeverity: DiagnosticSeverity.Info,
        description: "Two pod sources have names that become the same C# identifier; the later one gets a numeric suffix.",
        reportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor POD0005 = DescriptorFactory.Create(
        id: "POD0005",
        title: "Unused suppression",
        category: "PodAnalyzers.Reading",
        defaultSeverity: DiagnosticSeverity.Info,
        description: "A podanalyzers.io/suppress annotation or a '# podanalyzers:disable-line' / '# podanalyzers:disable-next-line' comment names a rule that reports nothing there, a rule that cannot be suppressed in YAML, or no rule at all: remove it or fix it.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD0006 = DescriptorFactory.Create(
        id: "POD0006",
        title: "Invalid PodAnalyzers setting",
        category: "PodAnalyzers.Configuration",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "An MSBuild property read by PodAnalyzers has a value it cannot use; the default applies instead.",
        reportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor POD0010 = DescriptorFactory.Create(
        id: "POD0010",
        title: "Unknown field",
        category: "PodAnalyzers.Decoding",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A key of a manifest names no field of that object in the Kubernetes schema of the target version (a misspelling, a wrong indentation, or a field that only exists in a later release). kubectl apply's strict field validation rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD0011 = DescriptorFactory.Create(
        id: "POD0011",
        title: "Duplicate key",
        category: "PodAnalyzers.Decoding",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A mapping of a manifest has the same key twice. Strict decoding rejects it; a lenient decoder keeps the last value and silently drops the first.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD0013 = DescriptorFactory.Create(
        id: "POD0013",
        title: "apiVersion not served",
        category: "PodAnalyzers.Decoding",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "The object's apiVersion does not serve its kind in the target Kubernetes version (extensions/v1beta1 Deployment, batch/v1beta1 CronJob, ...), or the object has a kind but no apiVersion. kubectl finds no match for the kind and applies nothing.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1001 = DescriptorFactory.Create(
        id: "POD1001",
        title: "Invalid label key",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A label key in metadata.labels, spec.nodeSelector or a node-affinity matchExpressions key is not a qualified name (optional DNS-subdomain prefix and '/', then a name of at most 63 bytes made of alphanumerics, '-', '_' and '.'). The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1002 = DescriptorFactory.Create(
        id: "POD1002",
        title: "Invalid label value",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A label value in metadata.labels or spec.nodeSelector (and, from Kubernetes 1.33, a value of a required node-affinity match expression) is longer than 63 bytes or is not made of alphanumerics, '-', '_' and '.' starting and ending with an alphanumeric. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1003 = DescriptorFactory.Create(
        id: "POD1003",
        title: "Deprecated node label",
        category: "PodAnalyzers.Scheduling",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A nodeSelector key, node-affinity match expression key or topologySpreadConstraints topologyKey is a deprecated node label (beta.kubernetes.io/os, failure-domain.beta.kubernetes.io/zone, ...). The API server accepts the object with a warning; current nodes may no longer carry the label.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1004 = DescriptorFactory.Create(
        id: "POD1004",
        title: "Near miss of a well-known node label",
        category: "PodAnalyzers.Scheduling",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A key that is almost a well-known node label (kubernetes.io/Hostname, topology.kubernetes.io/zones) or a value no node reports for kubernetes.io/os or kubernetes.io/arch (Linux, x86_64). Syntactically valid, so the server accepts it, but no node will ever match.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1005 = DescriptorFactory.Create(
        id: "POD1005",
        title: "No node in the inventory satisfies the node selection",
        category: "PodAnalyzers.Scheduling",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "With a node inventory in the project (kind: Node documents, or the List that kubectl get nodes -o yaml writes), the Pod's nodeSelector together with its required node affinity matches none of the nodes: the Pod would stay Pending.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1010 = DescriptorFactory.Create(
        id: "POD1010",
        title: "spec.nodeName bypasses the scheduler",
        category: "PodAnalyzers.Scheduling",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "spec.nodeName is set in the manifest: the Pod is bound to that node without the scheduler (no resource, nodeSelector, affinity or taint checks) and fails if the node is missing or full. Meant for tests, debugging and custom schedulers.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1011 = DescriptorFactory.Create(
        id: "POD1011",
        title: "Invalid spec.nodeName",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "spec.nodeName must be a lowercase RFC 1123 subdomain, and a Pod cannot be created with both nodeName and schedulingGates. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1012 = DescriptorFactory.Create(
        id: "POD1012",
        title: "spec.nodeName names no suitable node of the inventory",
        category: "PodAnalyzers.Scheduling",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "With a node inventory in the project, spec.nodeName names a node that is not in it, or a node that does not satisfy the Pod's nodeSelector and required node affinity (the kubelet rejects such a Pod).",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1020 = DescriptorFactory.Create(
        id: "POD1020",
        title: "Invalid hostAliases IP address",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A hostAliases[].ip is not an IP address as Kubernetes parses it (no zones, CIDRs, brackets, '127.1' or hex forms; from 1.36 also no leading zeros and no IPv4-mapped IPv6). The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1021 = DescriptorFactory.Create(
        id: "POD1021",
        title: "Invalid hostAliases hostname",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A hostAliases[].hostnames[] entry is not a lowercase RFC 1123 subdomain. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1022 = DescriptorFactory.Create(
        id: "POD1022",
        title: "Duplicate hostAliases IP address",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Two hostAliases entries have the same ip. The API server accepts the object with a warning; merge the hostnames into one entry.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1030 = DescriptorFactory.Create(
        id: "POD1030",
        title: "Conflicting host namespace settings",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "shareProcessNamespace together with hostPID, host namespaces with hostUsers: false, or host namespace fields on a Windows pod (os.name: windows). The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1040 = DescriptorFactory.Create(
        id: "POD1040",
        title: "Invalid or missing object name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "metadata.name of a Pod or workload must be a lowercase RFC 1123 subdomain (a CronJob name at most 52 bytes), or generateName must be given and be a valid prefix. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1041 = DescriptorFactory.Create(
        id: "POD1041",
        title: "Invalid or missing container name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "Every container, init container and ephemeral container needs a name that is a lowercase RFC 1123 label (at most 63 characters, no dots). The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1042 = DescriptorFactory.Create(
        id: "POD1042",
        title: "Duplicate container name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "Container names must be unique across containers, initContainers and ephemeralContainers of one pod. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1043 = DescriptorFactory.Create(
        id: "POD1043",
        title: "Container without image",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A container has no image (or, in a Pod, an image with leading or trailing whitespace). The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1050 = DescriptorFactory.Create(
        id: "POD1050",
        title: "Invalid container port",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "containerPort is required and must be 1-65535, a hostPort must be 1-65535 when set, and protocol must be TCP, UDP or SCTP. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1051 = DescriptorFactory.Create(
        id: "POD1051",
        title: "Invalid port name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A port name must be an IANA service name: at most 15 characters of a-z, 0-9 and '-', at least one letter, no '--', not starting or ending with '-'. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1052 = DescriptorFactory.Create(
        id: "POD1052",
        title: "Duplicate port name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "Two ports of one container have the same name. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1053 = DescriptorFactory.Create(
        id: "POD1053",
        title: "Duplicate port definition",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "The same containerPort and protocol is declared twice in one pod. In two containers, only one of them can bind it: all containers of a pod share one network namespace. In one container, the second entry adds nothing and leaves it unclear which name or hostPort applies. The API server accepts the object with a warning either way.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1054 = DescriptorFactory.Create(
        id: "POD1054",
        title: "Host port conflict",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "Two ports bind the same protocol, hostIP and hostPort, or with hostNetwork: true a hostPort differs from its containerPort. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1060 = DescriptorFactory.Create(
        id: "POD1060",
        title: "Invalid volume",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A volume needs a name that is a lowercase RFC 1123 label, unique in the pod, and exactly one volume source. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1061 = DescriptorFactory.Create(
        id: "POD1061",
        title: "Volume mount names no declared volume",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A volumeMounts[].name must name a volume declared (without errors) in spec.volumes. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1062 = DescriptorFactory.Create(
        id: "POD1062",
        title: "Invalid volume mount",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "mountPath is required and must be unique within a container, and subPath and subPathExpr are mutually exclusive. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1070 = DescriptorFactory.Create(
        id: "POD1070",
        title: "Invalid environment variable name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "An env var name is required; from Kubernetes 1.32 it may hold any printable ASCII character but '=', before that only letters, digits, '_', '-' and '.', not starting with a digit. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1071 = DescriptorFactory.Create(
        id: "POD1071",
        title: "Environment variable defined twice",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A container defines the same env var twice without referring to the previous value. The API server accepts it with a warning: the later definition wins, and kubectl apply may drop one of them.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1080 = DescriptorFactory.Create(
        id: "POD1080",
        title: "Unsupported value of an enumerated field",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "An enumerated field of a Pod or workload (restartPolicy, dnsPolicy, imagePullPolicy, terminationMessagePolicy, a toleration's operator or effect, a selector operator, whenUnsatisfiable, a seccomp or AppArmor profile type, procMount, a hostPath type, a strategy type, concurrencyPolicy, completionMode, ...) holds a value the API server does not support for the target Kubernetes version. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1081 = DescriptorFactory.Create(
        id: "POD1081",
        title: "Invalid quantity or resource name",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A quantity in resources requests or limits, spec.resources, spec.overhead or an emptyDir sizeLimit does not parse (the server cannot decode the object), is negative, or is a fraction of an extended resource; or a resource name is not one a container (or the pod level) may use. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1082 = DescriptorFactory.Create(
        id: "POD1082",
        title: "Resource request above its limit",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A request exceeds its limit; an extended resource or hugepages request differs from its limit or has none; a hugepages quantity is not a multiple of its page size, or hugepages come without cpu or memory. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1083 = DescriptorFactory.Create(
        id: "POD1083",
        title: "Invalid probe or lifecycle handler",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A livenessProbe, readinessProbe, startupProbe, postStart or preStop names no handler or more than one, has a negative timing, a successThreshold other than 1 (liveness, startup), a bad port, header name, exec command or sleep duration, or is set where it is not allowed (init containers without restartPolicy: Always, ephemeral containers). The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1084 = DescriptorFactory.Create(
        id: "POD1084",
        title: "Probe or hook names a port the container does not declare",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "An httpGet or tcpSocket probe, or an httpGet lifecycle hook, gives its port as a name that is not a ports[].name of its container. The API server accepts it; the kubelet cannot resolve the name, so the probe or hook fails every time.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1085 = DescriptorFactory.Create(
        id: "POD1085",
        title: "Invalid env var source or envFrom",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "An env var's valueFrom must name exactly one source (fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef, from 1.35 fileKeyRef) and cannot be combined with a non-empty value; a fieldRef must name a field the downward API offers, a resourceFieldRef a container resource, a ConfigMap or Secret key selector a valid name and key; each envFrom entry needs exactly one of configMapRef or secretRef with a valid name, and a valid prefix. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1086 = DescriptorFactory.Create(
        id: "POD1086",
        title: "Invalid toleration",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A toleration's key must be a valid label key, and an empty key needs operator Exists; operator Exists takes no value, operator Equal (the default) a valid label value; tolerationSeconds needs effect NoExecute. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1087 = DescriptorFactory.Create(
        id: "POD1087",
        title: "Invalid security context",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A securityContext the API server rejects: a runAsUser, runAsGroup, fsGroup or supplementalGroups id outside 0-2147483647; an invalid, duplicate or host-namespaced sysctl; a Localhost seccomp or AppArmor profile without its localhostProfile (or a localhostProfile with another type); allowPrivilegeEscalation: false with privileged: true or CAP_SYS_ADMIN; an invalid windowsOptions value or inconsistent hostProcess; windowsOptions on a linux pod or Linux-only fields on a windows pod; a seccomp or AppArmor annotation that is malformed or disagrees with its field. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1088 = DescriptorFactory.Create(
        id: "POD1088",
        title: "Invalid pod spec field",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A pod spec field the API server rejects: hostname or subdomain not a DNS label, activeDeadlineSeconds out of range or in the template of a controller that keeps Pods running, dnsPolicy None without dnsConfig nameservers or a dnsConfig over its limits, node-affinity requirements with the wrong number of values or bad matchFields, affinity weights outside 1-100, pod-affinity terms without a valid topologyKey or with an invalid selector, topology spread constraints with a bad maxSkew, minDomains or duplicate, invalid readiness or scheduling gates, or an invalid serviceAccountName, priorityClassName or runtimeClassName. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1090 = DescriptorFactory.Create(
        id: "POD1090",
        title: "Invalid workload selector",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A Deployment, ReplicaSet, StatefulSet or DaemonSet (and a Job with manualSelector) needs a non-empty spec.selector with valid syntax that matches the pod template's labels; a ReplicationController's selector, which defaults to the template's labels, must match them too; a CronJob's job template may set neither selector nor manualSelector. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1091 = DescriptorFactory.Create(
        id: "POD1091",
        title: "restartPolicy not allowed for the workload kind",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController template allows only restartPolicy Always; a Job or CronJob template only OnFailure or Never (only Never with a podFailurePolicy), and an absent restartPolicy defaults to Always. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1092 = DescriptorFactory.Create(
        id: "POD1092",
        title: "Workload number or strategy the API server rejects",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A workload's replicas, minReadySeconds, revisionHistoryLimit or history limits are negative; a Deployment's progressDeadlineSeconds (600 when absent) is not above minReadySeconds; a rolling update's maxUnavailable or maxSurge is not a non-negative integer or percentage, is above 100 %, or both are zero; a Recreate or OnDelete strategy has a rollingUpdate; a Job's counts, deadlines, per-index backoff, managedBy, podFailurePolicy rules or successPolicy break validateJobSpec. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD1093 = DescriptorFactory.Create(
        id: "POD1093",
        title: "CronJob schedule or time zone the API server rejects",
        category: "PodAnalyzers.Validation",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A CronJob's spec.schedule must parse as the cron expression Kubernetes' parser accepts (five fields, or a descriptor such as @hourly or @every 1h) and must not name a zone with TZ= or CRON_TZ=; spec.timeZone must be a name of the tz database the API server embeds. The API server rejects the object.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2001 = DescriptorFactory.Create(
        id: "POD2001",
        title: "Code writes the hosts file",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "In a Pod, kubelet manages /etc/hosts: it writes the file from the Pod's IP, hostname and spec.hostAliases, and rewrites it when the Pod is re-created, so edits made by the program are lost. Declare the entries in spec.hostAliases of the pod instead.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2010 = DescriptorFactory.Create(
        id: "POD2010",
        title: "Label literal the API server rejects",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A label key or value known at compile time, set on a KubernetesClient model (V1ObjectMeta.Labels, V1PodSpec.NodeSelector, V1NodeSelectorRequirement.Key), that the Kubernetes API server rejects. The message is the server's, worded as for the same value in a YAML manifest (POD1001, POD1002).",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2011 = DescriptorFactory.Create(
        id: "POD2011",
        title: "Host alias literal the API server rejects",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "An IP address or hostname known at compile time, set on a KubernetesClient V1HostAlias, that the Kubernetes API server rejects. The message is the server's, worded as for the same value in a YAML manifest (POD1020, POD1021).",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2012 = DescriptorFactory.Create(
        id: "POD2012",
        title: "Pod bound to a node by a literal nodeName",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "V1PodSpec.NodeName set to a value known at compile time binds the Pod to that node without the scheduler: no resource, taint or affinity checks. Select nodes with nodeSelector or node affinity instead. When the name is one the API server rejects, the message is the server's (as POD1011 words it).",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2013 = DescriptorFactory.Create(
        id: "POD2013",
        title: "KubernetesClient value the API server rejects",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Error,
        description: "A value known at compile time, set on a KubernetesClient model, that the Kubernetes API server rejects: an enumerated field outside its supported values (V1Container.ImagePullPolicy, V1PodSpec.DnsPolicy, V1Toleration.Effect, ...), a ResourceQuantity that is not a quantity, or a workload template's restartPolicy not allowed for the kind. The message is the server's, worded as for the same value in a YAML manifest (POD1080, POD1081, POD1091).",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2020 = DescriptorFactory.Create(
        id: "POD2020",
        title: "Environment variable the container does not define",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Environment.GetEnvironmentVariable reads a variable, named by a compile-time constant, that the container running the project does not define: it is not in the container's env, not a key of an envFrom ConfigMap or Secret of the project (prefix applied), not an ENV or ARG of the project's Dockerfile, and not set by Kubernetes or the .NET base image. In the Pod the call returns null. Silent when the result is null-checked, when an envFrom source lies outside the project, and when no container of the project can be told to run the code.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2021 = DescriptorFactory.Create(
        id: "POD2021",
        title: "Configuration key nothing provides",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Info,
        description: "An IConfiguration key read with a compile-time constant (configuration[\"A:B\"], GetValue<T>, GetSection, GetConnectionString) that neither the project's appsettings*.json nor the environment of the container running the project provides ('__' in a variable name is ':', case-insensitive). Silent when the project adds other configuration sources, when the container's environment or arguments are not all known, and when the read has a fallback.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2022 = DescriptorFactory.Create(
        id: "POD2022",
        title: "Probe targets a port the app does not listen on",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "A readiness, liveness or startup probe (httpGet, tcpSocket, grpc) of the container running the project targets a port the ASP.NET Core app does not listen on. The app's ports follow ASP.NET Core's precedence: Kestrel Listen* in code and Kestrel:Endpoints, then server URLs (app.Urls.Add, app.Run(url)), then the urls setting (UseUrls, ASPNETCORE_URLS, DOTNET_URLS, urls in appsettings), then ASPNETCORE_HTTP_PORTS/HTTPS_PORTS, then the .NET image's default (8080 from .NET 8, 80 before). Silent when a port cannot be known.",
        reportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor POD2023 = DescriptorFactory.Create(
        id: "POD2023",
        title: "App listens only on localhost inside a container",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "Kestrel binds only to a loopback address (ListenLocalhost, Listen(IPAddress.Loopback, ...), a localhost, 127.0.0.1 or [::1] URL) while the project runs in a container: nothing outside the container reaches the app, so probes and Services fail. Silent when the app also binds a non-loopback address, and when its endpoints cannot all be known.",
        reportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor POD2024 = DescriptorFactory.Create(
        id: "POD2024",
        title: "Probe path no endpoint maps",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "An httpGet liveness, readiness or startup probe of the container running the project asks for a path that no endpoint of the app maps: the constant routes of minimal APIs (Map, MapGet and the other verbs, MapMethods, MapHealthChecks, MapGroup prefixes), UseHealthChecks paths and attribute-routed controllers ([Route], [HttpGet(...)], [controller]/[action] tokens). Route parameters match one segment, matching ignores case, a trailing slash and the query string. The app answers 404 and the probe fails. Silent when the routes cannot all be known: a computed pattern, a catch-all, MapFallback, conventional controller routes, Razor Pages, hubs, static files, UsePathBase, or middleware that may answer by itself.",
        reportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor POD2025 = DescriptorFactory.Create(
        id: "POD2025",
        title: "Write to the container's read-only root filesystem",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "The container running the project has securityContext.readOnlyRootFilesystem: true, and the code writes (File, FileInfo, FileStream and StreamWriter writes other than deletes, Directory.CreateDirectory, Path.GetTempFileName) to a path known at compile time that no writable volumeMount of the container covers. In the Pod the write fails with 'Read-only file system'. Path.GetTempPath() is TMPDIR of the container or Dockerfile, else /tmp; a relative path counts only when the container's workingDir or the Dockerfile's WORKDIR is known. Silent when any of that, or the container, cannot be told.",
        reportedAtCompilationEnd: false);

    public static readonly DiagnosticDescriptor POD2026 = DescriptorFactory.Create(
        id: "POD2026",
        title: "Literal the generated constants already name",
        category: "PodAnalyzers.Code",
        defaultSeverity: DiagnosticSeverity.Info,
        description: "An env name string literal passed to Environment.GetEnvironmentVariable that the container running the project declares in its env, or a port literal passed to Kestrel's Listen, ListenAnyIP or ListenLocalhost that is one of its containerPorts: the generated constants name it (Pods.<pod>.Containers.<container>.Env.<name>, .Ports.<name>). The code fix replaces the literal with the constant, qualified as the file's usings allow. Silent when the constant is not generated or not accessible, and when the chosen containers disagree.",
        reportedAtCompilationEnd: false);

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        POD0001,
        POD0002,
        POD0003,
        POD0004,
        POD0005,
        POD0006,
        POD0010,
        POD0011,
        POD0013,
        POD1001,
        POD1002,
        POD1003,
        POD1004,
        POD1005,
        POD1010,
        POD1011,
        POD1012,
        POD1020,
        POD1021,
        POD1022,
        POD1030,
        POD1040,
        POD1041,
        POD1042,
        POD1043,
        POD1050,
        POD1051,
        POD1052,
        POD1053,
        POD1054,
        POD1060,
        POD1061,
        POD1062,
        POD1070,
        POD1071,
        POD1080,
        POD1081,
        POD1082,
        POD1083,
        POD1084,
        POD1085,
        POD1086,
        POD1087,
        POD1088,
        POD1090,
        POD1091,
        POD1092,
        POD1093,
        POD2001,
        POD2010,
        POD2011,
        POD2012,
        POD2013,
        POD2020,
        POD2021,
        POD2022,
        POD2023,
        POD2024,
        POD2025,
        POD2026);
}
