using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <param name="Path">e.g. <c>spec.containers[0].env[2]</c>.</param>
/// <param name="Value">The literal <c>value</c>, when written.</param>
/// <param name="HasValueFrom">True when <c>valueFrom</c> is set (to anything but null).</param>
internal sealed record EnvVar(
    string Path,
    SourceSpan Span,
    Located<string>? Name,
    Located<string>? Value = null,
    bool HasValueFrom = false);
