using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>Kubernetes' IntOrString: <see cref="Text"/> is null for the integer form.</summary>
internal sealed record IntOrString(int Number, string? Text, SourceSpan Span)
{
    public bool IsText => Text is not null;
}
