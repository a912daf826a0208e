namespace PodAnalyzers.Findings;

/// <summary>POD1xxx: what the Kubernetes API server rejects (errors) or warns about in a pod source.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidLabelKey = new(
        "POD1001",
        "Invalid label key",
        RuleCategory.Validation,
        Severity.Error,
        "A label key in metadata.labels, spec.nodeSelector or a node-affinity matchExpressions key is not a qualified name (optional DNS-subdomain prefix and '/', then a name of at most 63 bytes made of alphanumerics, '-', '_' and '.'). The API server rejects the object.");

    public static readonly Rule InvalidLabelValue = new(
        "POD1002",
        "Invalid label value",
        RuleCategory.Validation,
        Severity.Error,
        "A label value in metadata.labels or spec.nodeSelector (and, from Kubernetes 1.33, a value of a required node-affinity match expression) is longer than 63 bytes or is not made of alphanumerics, '-', '_' and '.' starting and ending with an alphanumeric. The API server rejects the object.");

    public static readonly Rule InvalidNodeName = new(
        "POD1011",
        "Invalid spec.nodeName",
        RuleCategory.Validation,
        Severity.Error,
        "spec.nodeName must be a lowercase RFC 1123 subdomain, and a Pod cannot be created with both nodeName and schedulingGates. The API server rejects the object.");

    public static readonly Rule InvalidHostAliasIp = new(
        "POD1020",
        "Invalid hostAliases IP address",
        RuleCategory.Validation,
        Severity.Error,
        "A hostAliases[].ip is not an IP address as Kubernetes parses it (no zones, CIDRs, brackets, '127.1' or hex forms; from 1.36 also no leading zeros and no IPv4-mapped IPv6). The API server rejects the object.");

    public static readonly Rule InvalidHostAliasHostname = new(
        "POD1021",
        "Invalid hostAliases hostname",
        RuleCategory.Validation,
        Severity.Error,
        "A hostAliases[].hostnames[] entry is not a lowercase RFC 1123 subdomain. The API server rejects the object.");

    public static readonly Rule DuplicateHostAliasIp = new(
        "POD1022",
        "Duplicate hostAliases IP address",
        RuleCategory.Validation,
        Severity.Warning,
        "Two hostAliases entries have the same ip. The API server accepts the object with a warning; merge the hostnames into one entry.");

    public static readonly Rule HostNamespaceConflict = new(
        "POD1030",
        "Conflicting host namespace settings",
        RuleCategory.Validation,
        Severity.Error,
        "shareProcessNamespace together with hostPID, host namespaces with hostUsers: false, or host namespace fields on a Windows pod (os.name: windows). The API server rejects the object.");

    public static readonly Rule InvalidObjectName = new(
        "POD1040",
        "Invalid or missing object name",
        RuleCategory.Validation,
        Severity.Error,
        "metadata.name of a Pod or workload must be a lowercase RFC 1123 subdomain (a CronJob name at most 52 bytes), or generateName must be given and be a valid prefix. The API server rejects the object.");

    public static readonly Rule InvalidContainerName = new(
        "POD1041",
        "Invalid or missing container name",
        RuleCategory.Validation,
        Severity.Error,
        "Every container, init container and ephemeral container needs a name that is a lowercase RFC 1123 label (at most 63 characters, no dots). The API server rejects the object.");

    public static readonly Rule DuplicateContainerName = new(
        "POD1042",
        "Duplicate container name",
        RuleCategory.Validation,
        Severity.Error,
        "Container names must be unique across containers, initContainers and ephemeralContainers of one pod. The API server rejects the object.");

    public static readonly Rule MissingContainerImage = new(
        "POD1043",
        "Container without image",
        RuleCategory.Validation,
        Severity.Error,
        "A container has no image (or, in a Pod, an image with leading or trailing whitespace). The API server rejects the object.");

    public static readonly Rule InvalidContainerPort = new(
        "POD1050",
        "Invalid container port",
        RuleCategory.Validation,
        Severity.Error,
        "containerPort is required and must be 1-65535, a hostPort must be 1-65535 when set, and protocol must be TCP, UDP or SCTP. The API server rejects the object.");

    public static readonly Rule InvalidPortName = new(
        "POD1051",
        "Invalid port name",
        RuleCategory.Validation,
        Severity.Error,
        "A port name must be an IANA service name: at most 15 characters of a-z, 0-9 and '-', at least one letter, no '--', not starting or ending with '-'. The API server rejects the object.");

    public static readonly Rule DuplicatePortName = new(
        "POD1052",
        "Duplicate port name",
        RuleCategory.Validation,
        Severity.Error,
        "Two ports of one container have the same name. The API server rejects the object.");

    public static readonly Rule DuplicatePortDefinition = new(
        "POD1053",
        "Duplicate port definition",
        RuleCategory.Validation,
        Severity.Warning,
        "The same containerPort and protocol is declared twice in one pod. In two containers, only one of them can bind it: all containers of a pod share one network namespace. In one container, the second entry adds nothing and leaves it unclear which name or hostPort applies. The API server accepts the object with a warning either way.");

    public static readonly Rule HostPortConflict = new(
        "POD1054",
        "Host port conflict",
        RuleCategory.Validation,
        Severity.Error,
        "Two ports bind the same protocol, hostIP and hostPort, or with hostNetwork: true a hostPort differs from its containerPort. The API server rejects the object.");

    public static readonly Rule InvalidVolume = new(
        "POD1060",
        "Invalid volume",
        RuleCategory.Validation,
        Severity.Error,
        "A volume needs a name that is a lowercase RFC 1123 label, unique in the pod, and exactly one volume source. The API server rejects the object.");

    public static readonly Rule UndeclaredVolumeMount = new(
        "POD1061",
        "Volume mount names no declared volume",
        RuleCategory.Validation,
        Severity.Error,
        "A volumeMounts[].name must name a volume declared (without errors) in spec.volumes. The API server rejects the object.");

    public static readonly Rule InvalidVolumeMount = new(
        "POD1062",
        "Invalid volume mount",
        RuleCategory.Validation,
        Severity.Error,
        "mountPath is required and must be unique within a container, and subPath and subPathExpr are mutually exclusive. The API server rejects the object.");

    public static readonly Rule InvalidEnvVarName = new(
        "POD1070",
        "Invalid environment variable name",
        RuleCategory.Validation,
        Severity.Error,
        "An env var name is required; from Kubernetes 1.32 it may hold any printable ASCII character but '=', before that only letters, digits, '_', '-' and '.', not starting with a digit. The API server rejects the object.");

    public static readonly Rule DuplicateEnvVar = new(
        "POD1071",
        "Environment variable defined twice",
        RuleCategory.Validation,
        Severity.Warning,
        "A container defines the same env var twice without referring to the previous value. The API server accepts it with a warning: the later definition wins, and kubectl apply may drop one of them.");

    public static readonly Rule InvalidWorkloadSelector = new(
        "POD1090",
        "Invalid workload selector",
        RuleCategory.Validation,
        Severity.Error,
        "A Deployment, ReplicaSet, StatefulSet or DaemonSet (and a Job with manualSelector) needs a non-empty spec.selector with valid syntax that matches the pod template's labels; a ReplicationController's selector, which defaults to the template's labels, must match them too; a CronJob's job template may set neither selector nor manualSelector. The API server rejects the object.");

    public static readonly Rule InvalidWorkloadRestartPolicy = new(
        "POD1091",
        "restartPolicy not allowed for the workload kind",
        RuleCategory.Validation,
        Severity.Error,
        "A Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController template allows only restartPolicy Always; a Job or CronJob template only OnFailure or Never (only Never with a podFailurePolicy), and an absent restartPolicy defaults to Always. The API server rejects the object.");

    public static readonly Rule InvalidCronJobSchedule = new(
        "POD1093",
        "CronJob schedule or time zone the API server rejects",
        RuleCategory.Validation,
        Severity.Error,
        "A CronJob's spec.schedule must parse as the cron expression Kubernetes' parser accepts (five fields, or a descriptor such as @hourly or @every 1h) and must not name a zone with TZ= or CRON_TZ=; spec.timeZone must be a name of the tz database the API server embeds. The API server rejects the object.");
}
