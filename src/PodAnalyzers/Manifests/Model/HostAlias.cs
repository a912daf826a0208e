using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>An entry of <c>spec.hostAliases</c>: lines kubelet writes into the Pod's /etc/hosts.</summary>
/// <param name="Path">e.g. <c>spec.hostAliases[0]</c>.</param>
internal sealed record HostAlias(
    string Path,
    SourceSpan Span,
    Located<string>? Ip,
    IReadOnlyList<Located<string>> Hostnames);
