using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary><c>metadata</c> of an object or of a pod template.</summary>
/// <param name="Path"><c>metadata</c> or <c>spec.template.metadata</c>.</param>
/// <param name="Span">The <c>metadata</c> key, or the object's start when there is none.</param>
internal sealed record ObjectMetadata(
    string Path,
    SourceSpan Span,
    Located<string>? Name,
    Located<string>? GenerateName,
    Located<string>? Namespace,
    StringMap Labels,
    StringMap Annotations);
