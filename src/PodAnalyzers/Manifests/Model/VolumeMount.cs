using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

internal sealed class VolumeMount
{
    public VolumeMount(
        string path,
        SourceSpan span,
        Located<string>? name,
        Located<string>? mountPath,
        Located<string>? subPath,
        Located<string>? subPathExpr)
    {
        Path = path;
        Span = span;
        Name = name;
        MountPath = mountPath;
        SubPath = subPath;
        SubPathExpr = subPathExpr;
    }

    /// <summary>e.g. <c>spec.containers[0].volumeMounts[0]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Name { get; }

    public Located<string>? MountPath { get; }

    public Located<string>? SubPath { get; }

    public Located<string>? SubPathExpr { get; }
}
