using System;
using System.IO;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Documentation;

/// <summary>
/// What is derived from the rule catalogue is up to date. With PODANALYZERS_UPDATE_RULE_TABLES=1
/// the tests rewrite the files instead of failing (docs/contributing.md).
/// </summary>
public sealed class RuleTablesTests
{
    private const string UpdateVariable = "PODANALYZERS_UPDATE_RULE_TABLES";
    private const string TableStart = "<!-- rule table: derived from the rule catalogue, see docs/contributing.md -->\n";
    private const string TableEnd = "<!-- end of rule table -->\n";

    [Fact]
    public void The_descriptor_table_is_derived_from_the_catalogue() =>
        AssertDerived(Path.Combine("src", "PodAnalyzers", "Roslyn", "Shared", "DescriptorTable.cs"), _ => RuleTables.DescriptorTableSource());

    [Fact]
    public void The_sample_showcase_lowers_every_manifest_error() =>
        AssertDerived(Path.Combine("samples", "PodInventory", "flawed", "showcase.globalconfig"), _ => RuleTables.ShowcaseConfiguration());

    [Fact]
    public void The_readme_diagnostics_table_is_derived_from_the_catalogue() =>
        AssertDerived("README.md", text => ReplaceTable(text, RuleTables.ReadmeTable()));

    [Fact]
    public void The_rule_index_is_derived_from_the_catalogue() =>
        AssertDerived(Path.Combine("docs", "rules", "README.md"), text => ReplaceTable(text, RuleTables.RuleIndexTable()));

    private static void AssertDerived(string relativePath, Func<string, string> derive)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, relativePath);
        var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : string.Empty;
        var expected = derive(current);
        if (current == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{relativePath} is out of date with the rule catalogue; run `{UpdateVariable}=1 dotnet test tests/PodAnalyzers.Tests --filter RuleTablesTests` and commit the result.");
    }

    private static string ReplaceTable(string text, string table)
    {
        var start = text.IndexOf(TableStart, StringComparison.Ordinal);
        var end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the file has no rule-table markers");
        return text.Substring(0, start + TableStart.Length) + table + text.Substring(end);
    }
}
