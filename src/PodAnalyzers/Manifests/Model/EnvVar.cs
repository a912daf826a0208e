using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

internal sealed class EnvVar
{
    public EnvVar(string path, SourceSpan span, Located<string>? name, Located<string>? value = null, bool hasValueFrom = false)
    {
        Path = path;
        Span = span;
        Name = name;
        Value = value;
        HasValueFrom = hasValueFrom;
    }

    /// <summary>e.g. <c>spec.containers[0].env[2]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Name { get; }

    /// <summary>The literal <c>value</c>, when written.</summary>
    public Located<string>? Value { get; }

    /// <summary>True when <c>valueFrom</c> is set (to anything but null).</summary>
    public bool HasValueFrom { get; }
}
