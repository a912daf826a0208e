using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>An entry of <c>containers</c>, <c>initContainers</c> or <c>ephemeralContainers</c>.</summary>
internal sealed class Container
{
    public Container(
        ContainerKind kind,
        string path,
        SourceSpan span,
        Located<string>? name,
        Located<string>? image,
        IReadOnlyList<ContainerPort> ports,
        IReadOnlyList<EnvVar> env,
        IReadOnlyList<VolumeMount> volumeMounts)
    {
        Kind = kind;
        Path = path;
        Span = span;
        Name = name;
        Image = image;
        Ports = ports;
        Env = env;
        VolumeMounts = volumeMounts;
    }

    public ContainerKind Kind { get; }

    /// <summary>e.g. <c>spec.containers[1]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Name { get; }

    public Located<string>? Image { get; }

    public IReadOnlyList<ContainerPort> Ports { get; }

    public IReadOnlyList<EnvVar> Env { get; }

    public IReadOnlyList<VolumeMount> VolumeMounts { get; }
}

internal enum ContainerKind
{
    Regular,
    Init,
    Ephemeral,
}
