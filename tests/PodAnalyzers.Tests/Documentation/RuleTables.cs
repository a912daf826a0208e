using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Tests.Documentation;

/// <summary>
/// Renders what is derived from the rule catalogue (<see cref="Rule"/>): the Roslyn descriptor
/// table (spelled out with constant IDs so the compiler's release tracking sees every rule) and the
/// rule tables of the README and of docs/rules.
/// </summary>
internal static class RuleTables
{
    /// <summary>IDs raised by the package's MSBuild targets rather than by an analyzer.</summary>
    public static readonly IReadOnlyList<(string Id, string Severity, string Title)> BuildTargetRules = new[]
    {
        ("POD0007", "Warning", "Compiler too old for PodAnalyzers"),
    };

    public static string DescriptorTableSource()
    {
        var text = new StringBuilder();
        text.Append("using System.Collections.Immutable;\n");
        text.Append("using Microsoft.CodeAnalysis;\n\n");
        text.Append("namespace PodAnalyzers.Roslyn.Shared;\n\n");
        text.Append("/// <summary>\n");
        text.Append("/// The descriptor of every rule, derived from the rule catalogue (Findings/Rule.*.cs) by\n");
        text.Append("/// RuleTablesTests: do not edit (docs/contributing.md). Spelled out with constant IDs so that the\n");
        text.Append("/// compiler's release tracking (AnalyzerReleases.*.md) sees every rule.\n");
        text.Append("/// </summary>\n");
        text.Append("internal static class DescriptorTable\n{\n");
        foreach (var rule in Rule.All)
        {
            text.Append($"    public static readonly DiagnosticDescriptor {rule.Id} = DescriptorFactory.Create(\n");
            text.Append($"        id: \"{rule.Id}\",\n");
            text.Append($"        title: {Literal(rule.Title)},\n");
            text.Append($"        category: {Literal(rule.Category)},\n");
            text.Append($"        defaultSeverity: DiagnosticSeverity.{rule.Severity},\n");
            text.Append($"        description: {Literal(rule.Description)},\n");
            text.Append($"        reportedAtCompilationEnd: {(rule.ReportedAtCompilationEnd ? "true" : "false")});\n\n");
        }

        text.Append("    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(\n");
        text.Append(string.Join(",\n", Rule.All.Select(rule => "        " + rule.Id)));
        text.Append(");\n}\n");
        return text.ToString();
    }

    /// <summary>
    /// The sample's showcase configuration: every error of the manifest analyzer lowered to a
    /// warning, so that the deliberately flawed manifest still builds.
    /// </summary>
    public static string ShowcaseConfiguration()
    {
        var text = new StringBuilder();
        text.Append("# Only for the sample's Showcase target: report the flawed manifest's errors as warnings so\n");
        text.Append("# that the sample still builds and runs. Derived from the rule catalogue (docs/contributing.md).\n");
        text.Append("is_global = true\n");
        foreach (var rule in Rule.All.Where(rule => rule.Severity == Severity.Error && (rule.IsReadingRule || rule.IsManifestRule)))
        {
            text.Append($"dotnet_diagnostic.{rule.Id}.severity = warning\n");
        }

        return text.ToString();
    }

    /// <summary>The diagnostics table of the repository's README (links relative to the repository root).</summary>
    public static string ReadmeTable() => Table("docs/rules/");

    /// <summary>The index of docs/rules/README.md.</summary>
    public static string RuleIndexTable() => Table(string.Empty);

    private static string Table(string linkPrefix)
    {
        var rows = Rule.All.Select(rule => (rule.Id, Severity: rule.Severity.ToString(), rule.Title))
            .Concat(BuildTargetRules)
            .OrderBy(row => row.Id, StringComparer.Ordinal);
        var text = new StringBuilder("| ID | Severity | Title |\n|---|---|---|\n");
        foreach (var (id, severity, title) in rows)
        {
            text.Append($"| [{id}]({linkPrefix}{id}.md) | {severity} | {title} |\n");
        }

        return text.ToString();
    }

    private static string Literal(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
