using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>A field's value and where it was written.</summary>
internal sealed class Located<T>
{
    public Located(T value, SourceSpan span, bool isWellTyped = true)
    {
        Value = value;
        Span = span;
        IsWellTyped = isWellTyped;
    }

    public T Value { get; }

    public SourceSpan Span { get; }

    /// <summary>
    /// False when the YAML type was wrong (already reported as POD0002): <see cref="Value"/> then
    /// holds the scalar's text or a default, and validation rules skip it.
    /// </summary>
    public bool IsWellTyped { get; }
}
