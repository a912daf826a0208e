using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Generation;

/// <summary>
/// Turns the positioned model of a manifest into the value model the generator emits. Entries
/// that cannot become a constant (a container without a name, a port without a number) are left
/// out here; the analyzers report them.
/// </summary>
internal static class PodModelBuilder
{
    public static ManifestModel Build(ManifestFile file) =>
        new(
            file.Path,
            file.PodSources.Select(Build).Where(pod => pod is not null).Select(pod => pod!).ToEquatableArray(),
            file.Nodes.Select(Build).ToEquatableArray());

    private static NodeModel Build(Node node) =>
        new(
            node.FilePath,
            node.DocumentIndex,
            node.Name.Span.Line,
            node.Name.Value,
            node.Labels
                .Select(label => new ConstantModel(label.Key.Value, label.Value.Value, "metadata.labels[" + label.Key.Value + "]", label.Key.Span.Line))
                .ToEquatableArray());

    /// <summary>What a pod source's class is named after (<c>metadata.name</c>, else <c>generateName</c>); null when it has neither, and then it gets no class.</summary>
    public static Located<string>? NameOf(PodSource source) =>
        (source.Metadata.Name ?? source.Metadata.GenerateName) is { Value.Length: > 0 } name ? name : null;

    private static PodModel? Build(PodSource source)
    {
        if (NameOf(source) is not { } name)
        {
            return null;
        }

        var spec = source.Spec;
        var podMetadata = source.PodMetadata;
        return new PodModel(
            source.FilePath,
            source.DocumentIndex,
            name.Span.Line,
            name.Value,
            IsGenerateName: source.Metadata.Name is null,
            source.Kind,
            source.Metadata.Namespace?.Value,
            spec.NodeName?.Value,
            IsTrue(spec.ShareProcessNamespace),
            IsTrue(spec.HostNetwork),
            IsTrue(spec.HostPID),
            IsTrue(spec.HostIPC),
            Map(podMetadata.Labels),
            Map(podMetadata.Annotations),
            Map(spec.NodeSelector),
            HostAliases(spec.HostAliases),
            Containers(spec.Containers),
            Containers(spec.InitContainers),
            spec.Volumes
                .Where(volume => volume.Name is { Value.Length: > 0 })
                .Select(volume => new ConstantModel(volume.Name!.Value, volume.Name.Value, volume.Path + ".name", volume.Name.Span.Line))
                .ToEquatableArray());
    }

    private static bool IsTrue(Located<bool>? flag) => flag is { Value: true, IsWellTyped: true };

    private static EquatableArray<ConstantModel> Map(StringMap map) =>
        map.Entries
            .Select(entry => new ConstantModel(entry.Key.Value, entry.Value.Value, map.Path + "[" + entry.Key.Value + "]", entry.Key.Span.Line))
            .ToEquatableArray();

    private static EquatableArray<ConstantModel> HostAliases(IReadOnlyList<HostAlias> aliases) =>
        aliases
            .Where(alias => alias.Ip is not null)
            .SelectMany(alias => alias.Hostnames.Select(hostname =>
                new ConstantModel(hostname.Value, alias.Ip!.Value, alias.Path + ".hostnames", hostname.Span.Line)))
            .ToEquatableArray();

    private static EquatableArray<ContainerModel> Containers(IReadOnlyList<Container> containers) =>
        containers
            .Where(container => container.Name is { Value.Length: > 0 })
            .Select(container => new ContainerModel(
                container.Name!.Value,
                container.Image?.Value,
                container.Path,
                container.Name.Span.Line,
                Ports(container.Ports),
                container.Env
                    .Where(env => env.Name is { Value.Length: > 0 })
                    .Select(env => new ConstantModel(env.Name!.Value, env.Name.Value, env.Path + ".name", env.Name.Span.Line))
                    .ToEquatableArray(),
                container.VolumeMounts
                    .Where(mount => mount.Name is { Value.Length: > 0 } && mount.MountPath is not null)
                    .Select(mount => new ConstantModel(mount.Name!.Value, mount.MountPath!.Value, mount.Path + ".mountPath", mount.MountPath.Span.Line))
                    .ToEquatableArray()))
            .ToEquatableArray();

    private static EquatableArray<PortModel> Ports(IReadOnlyList<ContainerPort> ports) =>
        ports
            .Where(port => port.ContainerPortNumber is { IsWellTyped: true })
            .Select(port => new PortModel(
                port.Name is { Value.Length: > 0 } name ? name.Value : UnnamedPortName(port),
                port.ContainerPortNumber!.Value,
                port.Path + ".containerPort",
                port.ContainerPortNumber.Span.Line))
            .ToEquatableArray();

    /// <summary><c>Port8080</c>, or <c>Port53Udp</c> when the protocol is not TCP.</summary>
    private static string UnnamedPortName(ContainerPort port)
    {
        var number = port.ContainerPortNumber!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var protocol = port.EffectiveProtocol;
        return protocol == "TCP" ? "port-" + number : "port-" + number + "-" + protocol;
    }
}
