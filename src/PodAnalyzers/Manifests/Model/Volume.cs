using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

internal sealed class Volume
{
    public Volume(string path, SourceSpan span, Located<string>? name, IReadOnlyList<Located<string>> sources)
    {
        Path = path;
        Span = span;
        Name = name;
        Sources = sources;
    }

    /// <summary>e.g. <c>spec.volumes[0]</c>.</summary>
    public string Path { get; }

    public SourceSpan Span { get; }

    public Located<string>? Name { get; }

    /// <summary>The keys naming a volume source (<c>emptyDir</c>, <c>configMap</c>, ...), positioned on the key.</summary>
    public IReadOnlyList<Located<string>> Sources { get; }
}
