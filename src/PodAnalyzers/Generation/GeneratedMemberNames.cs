namespace PodAnalyzers.Generation;

/// <summary>The fixed member names of generated types (part of the public contract).</summary>
internal static class GeneratedMemberNames
{
    public const string PodsClass = "Pods";
    public const string ContainersClass = "Containers";
    public const string NodesClass = "Nodes";

    /// <summary>A node type can never be named like one of its own members (CS0542).</summary>
    public static readonly string[] NodeMembers = { "Name", "Labels" };

    /// <summary>A pod type can never be named like one of its own members (CS0542).</summary>
    public static readonly string[] PodMembers =
    {
        "Name", "GenerateName", "Kind", "Namespace", "NodeName", "ShareProcessNamespace", "HostNetwork", "HostPID", "HostIPC",
        "Labels", "Annotations", "NodeSelector", "HostAliases", "Containers", "InitContainers", "Volumes",
    };

    public static readonly string[] ContainerMembers = { "Name", "Image", "Ports", "Env", "VolumeMounts" };

    /// <summary>The scope in which pod types are named, in document order.</summary>
    public static IdentifierScope NewPodScope() => new(PodsClass, PodMembers);

    /// <summary>The scope in which node types are named, in inventory order (file path, then document).</summary>
    public static IdentifierScope NewNodeScope() => new(NodesClass, NodeMembers);
}
