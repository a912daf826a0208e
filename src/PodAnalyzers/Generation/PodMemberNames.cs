using System.Collections.Immutable;

namespace PodAnalyzers.Generation;

/// <summary>
/// The identifiers of a pod class's nested constants and container classes, index for index with
/// the lists of its <see cref="PodModel"/>. The fixed members are <see cref="GeneratedMemberNames"/>.
/// </summary>
internal sealed record PodMemberNames(
    EquatableArray<string> Labels,
    EquatableArray<string> Annotations,
    EquatableArray<string> NodeSelector,
    EquatableArray<string> HostAliases,
    EquatableArray<ContainerNames> Containers,
    EquatableArray<ContainerNames> InitContainers,
    EquatableArray<string> Volumes)
{
    public static PodMemberNames Of(PodModel pod) =>
        new(
            MemberNames.Of(pod.Labels, GeneratedMemberNames.Labels),
            MemberNames.Of(pod.Annotations, GeneratedMemberNames.Annotations),
            MemberNames.Of(pod.NodeSelector, GeneratedMemberNames.NodeSelector),
            MemberNames.Of(pod.HostAliases, GeneratedMemberNames.HostAliases),
            ContainerNames.Of(pod.Containers, GeneratedMemberNames.Containers),
            ContainerNames.Of(pod.InitContainers, GeneratedMemberNames.InitContainers),
            MemberNames.Of(pod.Volumes, GeneratedMemberNames.Volumes));
}

/// <summary>A container's class name and the identifiers of its ports, env names and volume mounts.</summary>
internal sealed record ContainerNames(string Identifier, EquatableArray<string> Ports, EquatableArray<string> Env, EquatableArray<string> VolumeMounts)
{
    /// <summary>The containers of one group (<c>Containers</c>, <c>InitContainers</c>), index for index.</summary>
    public static EquatableArray<ContainerNames> Of(EquatableArray<ContainerModel> containers, string groupName)
    {
        if (containers.Count == 0)
        {
            return EquatableArray<ContainerNames>.Empty;
        }

        var identifiers = MemberNames.Of(containers, container => container.Name, groupName, GeneratedMemberNames.ContainerMembers);
        var names = ImmutableArray.CreateBuilder<ContainerNames>(containers.Count);
        for (var i = 0; i < containers.Count; i++)
        {
            names.Add(new ContainerNames(
                identifiers[i],
                MemberNames.Of(containers[i].Ports, port => port.SourceName, GeneratedMemberNames.Ports),
                MemberNames.Of(containers[i].Env, GeneratedMemberNames.Env),
                MemberNames.Of(containers[i].VolumeMounts, GeneratedMemberNames.VolumeMounts)));
        }

        return new EquatableArray<ContainerNames>(names.MoveToImmutable());
    }
}
