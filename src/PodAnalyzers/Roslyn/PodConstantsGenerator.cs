using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Configuration;
using PodAnalyzers.Generation;

namespace PodAnalyzers.Roslyn;

/// <summary>
/// Turns every Pod manifest among the AdditionalFiles into C# constants (<c>Pods</c>), and the
/// node inventory (<c>kind: Node</c>, Lists of Nodes) into <c>Nodes</c>. Reports nothing:
/// reading problems are the ManifestAnalyzer's (generators should not report diagnostics).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PodConstantsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var manifests = context.AdditionalTextsProvider
            .Where(text => ManifestFiles.IsYaml(text.Path))
            .Select((text, cancellationToken) => PodModelBuilder.Build(ManifestFiles.Read(text, cancellationToken)))
            .WithTrackingName(TrackingNames.ReadManifest);

        var allManifests = manifests
            .Collect()
            .WithTrackingName(TrackingNames.CollectManifests);

        var output = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => ProjectSettings.From(options.GlobalOptions))
            .Select((settings, _) => new OutputSettings(settings.Namespace, settings.ProjectDirectory))
            .WithTrackingName(TrackingNames.OutputSettings);

        context.RegisterSourceOutput(allManifests.Combine(output), static (production, input) => Emit(production, input.Left, input.Right));
    }

    private static void Emit(SourceProductionContext context, ImmutableArray<ManifestModel> manifests, OutputSettings settings)
    {
        // Ordered by path for deterministic output; a file listed twice counts once.
        var ordered = manifests
            .GroupBy(manifest => manifest.Path, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(manifest => manifest.Path, StringComparer.Ordinal)
            .ToList();
        var paths = new ManifestPaths(settings.ProjectDirectory);
        var pods = ordered.SelectMany(manifest => manifest.Pods).ToList();
        if (pods.Count > 0)
        {
            context.AddSource("PodManifests.g.cs", SourceText.From(PodsEmitter.Emit(pods, settings.Namespace, paths), Encoding.UTF8));
        }

        var nodes = ordered.SelectMany(manifest => manifest.Nodes).ToList();
        if (nodes.Count > 0)
        {
            context.AddSource("NodeInventory.g.cs", SourceText.From(NodesEmitter.Emit(nodes, settings.Namespace, paths), Encoding.UTF8));
        }
    }

    private sealed record OutputSettings(string Namespace, string? ProjectDirectory);
}
