namespace PodAnalyzers.Findings;

/// <summary>
/// Every diagnostic ID of the product. POD0xxx: reading and configuration; POD1xxx: manifest
/// rules; POD2xxx: C# code rules. An ID never changes meaning once shipped.
/// </summary>
internal static class RuleIds
{
    public const string MalformedYaml = "POD0001";
    public const string WrongShape = "POD0002";
    public const string TemplateSkipped = "POD0003";
    public const string PodIdentifierClash = "POD0004";
    public const string UnusedSuppression = "POD0005";
    public const string InvalidSetting = "POD0006";

    // POD10xx: what the API server rejects (errors) or warns about in a pod source.
    public const string InvalidLabelKey = "POD1001";
    public const string InvalidLabelValue = "POD1002";
    public const string InvalidNodeName = "POD1011";

    // POD1003-POD1012 (category Scheduling): what the server accepts but the scheduler never satisfies.
    public const string DeprecatedNodeLabel = "POD1003";
    public const string MistypedNodeLabel = "POD1004";
    public const string UnsatisfiableNodeSelection = "POD1005";
    public const string ManualNodeName = "POD1010";
    public const string NodeNameOutsideInventory = "POD1012";

    public const string InvalidHostAliasIp = "POD1020";
    public const string InvalidHostAliasHostname = "POD1021";
    public const string DuplicateHostAliasIp = "POD1022";
    public const string HostNamespaceConflict = "POD1030";
    public const string InvalidObjectName = "POD1040";
    public const string InvalidContainerName = "POD1041";
    public const string DuplicateContainerName = "POD1042";
    public const string MissingContainerImage = "POD1043";
    public const string InvalidContainerPort = "POD1050";
    public const string InvalidPortName = "POD1051";
    public const string DuplicatePortName = "POD1052";
    public const string DuplicatePortDefinition = "POD1053";
    public const string HostPortConflict = "POD1054";
    public const string InvalidVolume = "POD1060";
    public const string UndeclaredVolumeMount = "POD1061";
    public const string InvalidVolumeMount = "POD1062";
    public const string InvalidEnvVarName = "POD1070";
    public const string DuplicateEnvVar = "POD1071";

    // POD2xxx: C# code rules.
    public const string HostsFileWrite = "POD2001";
    public const string KubernetesClientLabel = "POD2010";
    public const string KubernetesClientHostAlias = "POD2011";
    public const string KubernetesClientNodeName = "POD2012";

    /// <summary>Every manifest rule (POD1xxx): the findings a manifest may suppress inside the YAML.</summary>
    public static readonly string[] ManifestRules =
    {
        InvalidLabelKey, InvalidLabelValue, DeprecatedNodeLabel, MistypedNodeLabel, UnsatisfiableNodeSelection, ManualNodeName,
        InvalidNodeName, NodeNameOutsideInventory, InvalidHostAliasIp, InvalidHostAliasHostname, DuplicateHostAliasIp,
        HostNamespaceConflict, InvalidObjectName, InvalidContainerName, DuplicateContainerName, MissingContainerImage,
        InvalidContainerPort, InvalidPortName, DuplicatePortName, DuplicatePortDefinition, HostPortConflict, InvalidVolume,
        UndeclaredVolumeMount, InvalidVolumeMount, InvalidEnvVarName, DuplicateEnvVar,
    };
}
