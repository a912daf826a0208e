using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary><c>metadata</c> of an object or of a pod template.</summary>
internal sealed class ObjectMetadata
{
    public ObjectMetadata(
        string path,
        SourceSpan span,
        Located<string>? name,
        Located<string>? generateName,
        Located<string>? @namespace,
        StringMap labels,
        StringMap annotations)
    {
        Path = path;
        Span = span;
        Name = name;
        GenerateName = generateName;
        Namespace = @namespace;
        Labels = labels;
        Annotations = annotations;
    }

    /// <summary><c>metadata</c> or <c>spec.template.metadata</c>.</summary>
    public string Path { get; }

    /// <summary>The <c>metadata</c> key, or the object's start when there is none.</summary>
    public SourceSpan Span { get; }

    public Located<string>? Name { get; }

    public Located<string>? GenerateName { get; }

    public Located<string>? Namespace { get; }

    public StringMap Labels { get; }

    public StringMap Annotations { get; }
}
