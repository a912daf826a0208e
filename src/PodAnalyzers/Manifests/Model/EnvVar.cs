using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

internal sealed class EnvVar
{
    public EnvVar(string path, SourceSpan span, Located<string>? name)
    {
        Path = path;
        Span = span;
        Name = name;
    }

    /// <summary>e.g. <c>spec.containers[0].env[2]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Name { get; }
}
