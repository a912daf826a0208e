using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <param name="Path">e.g. <c>spec.containers[0].volumeMounts[0]</c>.</param>
internal sealed record VolumeMount(
    string Path,
    SourceSpan Span,
    Located<string>? Name,
    Located<string>? MountPath,
    Located<string>? SubPath,
    Located<string>? SubPathExpr);
