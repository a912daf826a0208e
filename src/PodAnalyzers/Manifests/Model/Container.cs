using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>An entry of <c>containers</c>, <c>initContainers</c> or <c>ephemeralContainers</c>.</summary>
/// <param name="Path">e.g. <c>spec.containers[1]</c>.</param>
internal sealed record Container(
    ContainerKind Kind,
    string Path,
    SourceSpan Span,
    Located<string>? Name,
    Located<string>? Image,
    IReadOnlyList<ContainerPort> Ports,
    IReadOnlyList<EnvVar> Env,
    IReadOnlyList<VolumeMount> VolumeMounts);

internal enum ContainerKind
{
    Regular,
    Init,
    Ephemeral,
}
