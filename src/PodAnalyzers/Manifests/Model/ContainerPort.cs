using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <param name="Path">e.g. <c>spec.containers[0].ports[1]</c>.</param>
/// <param name="Protocol">As written; <see cref="EffectiveProtocol"/> applies the server's default.</param>
internal sealed record ContainerPort(
    string Path,
    SourceSpan Span,
    Located<string>? Name,
    Located<int>? ContainerPortNumber,
    Located<int>? HostPort,
    Located<string>? Protocol,
    Located<string>? HostIP)
{
    public string EffectiveProtocol => Protocol is { Value.Length: > 0 } protocol ? protocol.Value : "TCP";
}
