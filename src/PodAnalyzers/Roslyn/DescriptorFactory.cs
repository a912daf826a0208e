using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn;

internal static class DescriptorFactory
{
    public const string HelpLinkBase = "https://github.com/PodAnalyzers/PodAnalyzers/blob/main/docs/rules/";

    /// <summary>
    /// A descriptor whose message is the finding's complete text: the rule functions word it like
    /// the API server, so the same text serves the YAML and the C# analyzers.
    /// </summary>
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags) =>
        new(id, title, "{0}", category, severity, isEnabledByDefault: true, description, HelpLinkUri(id), customTags);

    public static string HelpLinkUri(string id) => HelpLinkBase + id + ".md";
}
