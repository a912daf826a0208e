using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn;

/// <summary>Every descriptor the manifest analyzer can report.</summary>
internal static class ManifestDescriptors
{
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        ReadingDescriptors.MalformedYaml,
        ReadingDescriptors.WrongShape,
        ReadingDescriptors.TemplateSkipped,
        ReadingDescriptors.PodIdentifierClash,
        ReadingDescriptors.InvalidSetting);
}
