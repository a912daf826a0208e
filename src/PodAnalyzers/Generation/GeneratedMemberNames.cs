namespace PodAnalyzers.Generation;

/// <summary>The fixed member names of generated types (part of the public contract).</summary>
internal static class GeneratedMemberNames
{
    public const string PodsClass = "Pods";
    public const string ContainersClass = "Containers";

    /// <summary>A pod type can never be named like one of its own members (CS0542).</summary>
    public static readonly string[] PodMembers =
    {
        "Name", "GenerateName", "Kind", "Namespace", "NodeName", "ShareProcessNamespace", "HostNetwork", "HostPID", "HostIPC",
        "Labels", "Annotations", "NodeSelector", "HostAliases", "Containers", "InitContainers", "Volumes",
    };

    public static readonly string[] ContainerMembers = { "Name", "Image", "Ports", "Env", "VolumeMounts" };

    /// <summary>The scope in which pod types are named, in document order.</summary>
    public static IdentifierScope NewPodScope() => new(PodsClass, PodMembers);
}
