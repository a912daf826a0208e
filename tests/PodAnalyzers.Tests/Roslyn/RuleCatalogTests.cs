using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.Manifests;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Tests.Documentation;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>Every shipped descriptor is documented, tracked and named by the ID scheme.</summary>
public sealed class RuleCatalogTests
{
    private static readonly string[] Categories =
    {
        RuleCategory.Reading, RuleCategory.Decoding, RuleCategory.Configuration, RuleCategory.Validation, RuleCategory.Scheduling, RuleCategory.Code,
    };

    public static TheoryData<string> DescriptorIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Descriptors().Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void The_help_link_points_at_an_existing_doc_page_for_the_rule(string id)
    {
        var descriptor = Descriptors()[id];

        Assert.Equal($"https://github.com/PodAnalyzers/PodAnalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains($"Default severity: **{descriptor.DefaultSeverity}** (category `{descriptor.Category}`).", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void The_rule_follows_the_id_scheme_and_has_a_known_category(string id)
    {
        var descriptor = Descriptors()[id];

        Assert.Matches(@"^POD[012]\d{3}$", id);
        Assert.Contains(descriptor.Category, Categories);
        var expectedFamily = descriptor.Category switch
        {
            RuleCategory.Reading or RuleCategory.Decoding or RuleCategory.Configuration => '0',
            RuleCategory.Code => '2',
            _ => '1',
        };
        Assert.Equal(expectedFamily, id[3]);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void The_rule_is_tracked_in_the_analyzer_release_files(string id)
    {
        var descriptor = Descriptors()[id];
        var releases = string.Join('\n', Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "AnalyzerReleases.*.md", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Matches(new Regex($@"^{id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), releases);
    }

    [Fact]
    public void Every_rule_of_the_catalogue_is_supported_by_an_analyzer_of_the_package()
    {
        Assert.Equal(Rule.All.Select(rule => rule.Id), Descriptors().Keys.OrderBy(id => id, StringComparer.Ordinal));
    }

    /// <summary>IDs raised by the package's MSBuild targets rather than by an analyzer.</summary>
    private static readonly string[] BuildTargetIds = RuleTables.BuildTargetRules.Select(rule => rule.Id).ToArray();

    [Fact]
    public void Every_doc_page_belongs_to_a_shipped_rule_or_a_build_target_warning()
    {
        var pages = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules"), "POD*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(Descriptors().Keys.Concat(BuildTargetIds).OrderBy(id => id), pages.OrderBy(id => id));
    }

    [Fact]
    public void Build_target_warnings_are_raised_by_the_package_targets()
    {
        var targets = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "PodAnalyzers.Package", "buildTransitive", "PodAnalyzers.targets"));

        Assert.All(BuildTargetIds, id => Assert.Contains($"Code=\"{id}\"", targets, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PodAnalyzers.props")]
    [InlineData("PodAnalyzers.targets")]
    public void The_build_folder_imports_the_build_transitive_definition(string file)
    {
        var direct = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "PodAnalyzers.Package", "build", file));

        Assert.Contains($"<Import Project=\"$(MSBuildThisFileDirectory)../buildTransitive/{file}\" />", direct, StringComparison.Ordinal);
    }

    /// <summary>Descriptors of every analyzer in the shipped assemblies, by ID (an ID is one rule).</summary>
    private static IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors() =>
        ShippedAssemblies()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
            .GroupBy(descriptor => descriptor.Id)
            .ToDictionary(group => group.Key, group => group.First());

    private static IEnumerable<System.Reflection.Assembly> ShippedAssemblies()
    {
        yield return typeof(ManifestAnalyzer).Assembly;
        yield return typeof(PodAnalyzers.CodeFixes.HostsFileWriteCodeFixProvider).Assembly;
    }
}
