using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

internal sealed class ContainerPort
{
    public ContainerPort(
        string path,
        SourceSpan span,
        Located<string>? name,
        Located<int>? containerPort,
        Located<int>? hostPort,
        Located<string>? protocol,
        Located<string>? hostIP)
    {
        Path = path;
        Span = span;
        Name = name;
        ContainerPortNumber = containerPort;
        HostPort = hostPort;
        Protocol = protocol;
        HostIP = hostIP;
    }

    /// <summary>e.g. <c>spec.containers[0].ports[1]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Name { get; }

    public Located<int>? ContainerPortNumber { get; }

    public Located<int>? HostPort { get; }

    /// <summary>As written; <see cref="EffectiveProtocol"/> applies the server's default.</summary>
    public Located<string>? Protocol { get; }

    public Located<string>? HostIP { get; }

    public string EffectiveProtocol => Protocol is { Value.Length: > 0 } protocol ? protocol.Value : "TCP";
}
