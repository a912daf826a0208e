using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>An entry of <c>spec.hostAliases</c>: lines kubelet writes into the Pod's /etc/hosts.</summary>
internal sealed class HostAlias
{
    public HostAlias(string path, SourceSpan span, Located<string>? ip, IReadOnlyList<Located<string>> hostnames)
    {
        Path = path;
        Span = span;
        Ip = ip;
        Hostnames = hostnames;
    }

    /// <summary>e.g. <c>spec.hostAliases[0]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Ip { get; }

    public IReadOnlyList<Located<string>> Hostnames { get; }
}
