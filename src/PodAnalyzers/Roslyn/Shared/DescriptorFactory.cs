using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.Shared;

/// <summary>Creates the descriptors of <see cref="DescriptorTable"/>.</summary>
internal static class DescriptorFactory
{
    public const string HelpLinkBase = "https://github.com/PodAnalyzers/PodAnalyzers/blob/main/docs/rules/";

    public static string HelpLinkUri(string id) => HelpLinkBase + id + ".md";

    /// <summary>
    /// A descriptor whose message is the finding's complete text: the rule functions word it like
    /// the API server, so the same text serves the YAML and the C# analyzers.
    /// </summary>
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        bool reportedAtCompilationEnd) =>
        new(
            id,
            title,
            "{0}",
            category,
            defaultSeverity,
            isEnabledByDefault: true,
            description,
            HelpLinkUri(id),
            reportedAtCompilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : new string[0]);
}
