using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Tests.Architecture;

/// <summary>
/// The data flow of the analyzer assembly: YAML -> positioned model -> Kubernetes rules -> Roslyn
/// adapters. The core (everything but Roslyn/, Generation/ and Configuration/) knows no Roslyn
/// type, and its namespaces form layers: each uses only the layers below it.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Each core namespace (PodAnalyzers.X and below) with the core namespaces it may use.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> CoreLayers = new Dictionary<string, string[]>
    {
        ["Yaml"] = Array.Empty<string>(),
        ["Findings"] = new[] { "Yaml" },
        ["Manifests"] = new[] { "Yaml", "Findings" },
        ["Kubernetes"] = new[] { "Yaml", "Findings", "Manifests" },
        ["HostsFile"] = new[] { "Yaml", "Findings", "Manifests", "Kubernetes" },
        ["Evaluation"] = new[] { "Yaml", "Findings", "Manifests", "Kubernetes" },
        ["CodeAndManifests"] = new[] { "Yaml", "Findings", "Manifests", "Kubernetes" },
    };

    [Fact]
    public void The_sources_bind_without_errors_so_no_reference_goes_unseen()
    {
        var errors = SourceReferences.Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        AssertNone(errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder()
    {
        var misplaced = SourceReferences.Compilation.SyntaxTrees
            .Select(tree => (tree.FilePath, Declared: DeclaredNamespace(tree)))
            .Where(file => file.Declared != ExpectedNamespace(file.FilePath))
            .Select(file => $"{file.FilePath}: namespace {file.Declared}, expected {ExpectedNamespace(file.FilePath)}");

        AssertNone(misplaced);
    }

    [Fact]
    public void The_core_references_no_roslyn_type()
    {
        var violations = CoreReferences().Where(reference => IsRoslyn(reference.ToNamespace));

        AssertNone(violations.Select(violation => violation.ToString()));
    }

    [Fact]
    public void Each_core_namespace_uses_only_the_layers_below_it()
    {
        var violations = CoreReferences().Where(reference =>
            ProductLayer(reference.ToNamespace) is { } used
            && used != ProductLayer(reference.FromNamespace)
            && !CoreLayers[ProductLayer(reference.FromNamespace)!].Contains(used));

        AssertNone(violations.Select(violation => violation.ToString()));
    }

    [Fact]
    public void Only_the_yaml_layer_and_the_yaml_text_edit_read_yamldotnet()
    {
        var readers = SourceReferences.All
            .Where(reference => reference.ToNamespace.StartsWith("YamlDotNet", StringComparison.Ordinal))
            .Select(reference => ProductLayer(reference.FromNamespace))
            .Distinct();

        Assert.All(readers, layer => Assert.Contains(layer, new[] { "Yaml", "HostsFile" }));
    }

    /// <summary>The layer check itself: a reference from Yaml to Manifests, or to Roslyn, is a violation.</summary>
    [Theory]
    [InlineData("PodAnalyzers.Yaml", "PodAnalyzers.Manifests.Model", true)]
    [InlineData("PodAnalyzers.Findings", "PodAnalyzers.Evaluation", true)]
    [InlineData("PodAnalyzers.Kubernetes.Rules", "PodAnalyzers.Manifests.Model", false)]
    [InlineData("PodAnalyzers.Manifests.Reading", "PodAnalyzers.Kubernetes", true)]
    public void A_reference_upwards_is_a_layering_violation(string from, string to, bool violation)
    {
        var allowed = CoreLayers[ProductLayer(from)!].Contains(ProductLayer(to)!);

        Assert.Equal(violation, !allowed);
    }

    private static void AssertNone(IEnumerable<string> violations)
    {
        var list = violations.Distinct().ToList();
        Assert.True(list.Count == 0, string.Join("\n", list));
    }

    private static IEnumerable<NamespaceReference> CoreReferences() =>
        SourceReferences.All.Where(reference => ProductLayer(reference.FromNamespace) is { } layer && CoreLayers.ContainsKey(layer));

    private static bool IsRoslyn(string ns) => ns == "Microsoft.CodeAnalysis" || ns.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal);

    /// <summary>X for PodAnalyzers.X or PodAnalyzers.X.Y; null outside the product's namespaces.</summary>
    private static string? ProductLayer(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length >= 2 && parts[0] == "PodAnalyzers" ? parts[1] : null;
    }

    private static string DeclaredNamespace(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? string.Empty;

    private static string ExpectedNamespace(string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath)!.Replace('\\', '/');
        return folder switch
        {
            "" => "PodAnalyzers",
            "Polyfills" => "System.Runtime.CompilerServices",
            _ => "PodAnalyzers." + folder.Replace('/', '.'),
        };
    }
}
