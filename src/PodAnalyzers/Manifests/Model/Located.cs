using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>A field's value and where it was written.</summary>
/// <param name="IsWellTyped">False when the YAML type was wrong (already reported as POD0002): <see cref="Value"/> then holds the scalar's text or a default, and validation rules skip it.</param>
internal sealed record Located<T>(
    T Value,
    SourceSpan Span,
    bool IsWellTyped = true);
