namespace PodAnalyzers.Generation;

/// <summary>
/// The fixed names of generated types and members (part of the public contract). The emitters
/// print these constants and the plan reserves the same ones where a generated name could take
/// them, so the two cannot drift apart.
/// </summary>
internal static class GeneratedMemberNames
{
    public const string PodsClass = "Pods";
    public const string NodesClass = "Nodes";

    public const string Name = "Name";
    public const string GenerateName = "GenerateName";
    public const string Kind = "Kind";
    public const string Namespace = "Namespace";
    public const string NodeName = "NodeName";
    public const string ShareProcessNamespace = "ShareProcessNamespace";
    public const string HostNetwork = "HostNetwork";
    public const string HostPID = "HostPID";
    public const string HostIPC = "HostIPC";
    public const string Labels = "Labels";
    public const string Annotations = "Annotations";
    public const string NodeSelector = "NodeSelector";
    public const string HostAliases = "HostAliases";
    public const string Containers = "Containers";
    public const string InitContainers = "InitContainers";
    public const string Volumes = "Volumes";
    public const string Image = "Image";
    public const string Ports = "Ports";
    public const string Env = "Env";
    public const string VolumeMounts = "VolumeMounts";

    /// <summary>A node type can never be named like one of its own members (CS0542).</summary>
    public static readonly string[] NodeMembers = { Name, Labels };

    /// <summary>A pod type can never be named like one of its own members (CS0542).</summary>
    public static readonly string[] PodMembers =
    {
        Name, GenerateName, Kind, Namespace, NodeName, ShareProcessNamespace, HostNetwork, HostPID, HostIPC,
        Labels, Annotations, NodeSelector, HostAliases, Containers, InitContainers, Volumes,
    };

    public static readonly string[] ContainerMembers = { Name, Image, Ports, Env, VolumeMounts };

    /// <summary>The scope in which pod types are named, in plan order.</summary>
    public static IdentifierScope NewPodScope() => new(PodsClass, PodMembers);

    /// <summary>The scope in which node types are named, in plan order (file path, then document).</summary>
    public static IdentifierScope NewNodeScope() => new(NodesClass, NodeMembers);
}
