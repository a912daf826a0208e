using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Configuration;
using PodAnalyzers.Generation;
using PodAnalyzers.Roslyn.Manifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.Generator;

/// <summary>
/// Turns every Pod manifest among the AdditionalFiles into C# constants (<c>Pods</c>, one source
/// per manifest), and the node inventory (<c>kind: Node</c>, Lists of Nodes) into <c>Nodes</c>.
/// Reports nothing: reading problems are the ManifestAnalyzer's (generators should not report
/// diagnostics).
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

        var settings = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => ProjectSettings.From(options.GlobalOptions))
            .Select((settings, _) => new OutputSettings(settings.Namespace, settings.ProjectDirectory))
            .WithTrackingName(TrackingNames.OutputSettings);

        var plan = manifests
            .Collect()
            .WithTrackingName(TrackingNames.CollectManifests)
            .Combine(settings)
            .Select((input, _) => GenerationPlan.Create(input.Left, new ManifestPaths(input.Right.ProjectDirectory)))
            .WithTrackingName(TrackingNames.Plan);

        // Per file: an unchanged manifest's source is compared equal and not emitted again.
        var podFiles = plan
            .SelectMany((plan, _) => plan.PodFiles)
            .WithTrackingName(TrackingNames.PodFiles);
        context.RegisterSourceOutput(podFiles.Combine(settings), static (production, input) =>
            production.AddSource(input.Left.HintName, Text(PodsEmitter.Emit(input.Left, input.Right.Namespace))));

        var podsRoot = plan
            .Select((plan, _) => plan.PodsRootHintName)
            .WithTrackingName(TrackingNames.PodsRoot);
        context.RegisterSourceOutput(podsRoot.Combine(settings), static (production, input) =>
        {
            if (input.Left is { } hintName)
            {
                production.AddSource(hintName, Text(PodsEmitter.EmitRoot(input.Right.Namespace)));
            }
        });

        var nodesFile = plan
            .Select((plan, _) => plan.NodesFile)
            .WithTrackingName(TrackingNames.NodesFile);
        context.RegisterSourceOutput(nodesFile.Combine(settings), static (production, input) =>
        {
            if (input.Left is { } file)
            {
                production.AddSource(file.HintName, Text(NodesEmitter.Emit(file, input.Right.Namespace)));
            }
        });
    }

    private static SourceText Text(string source) => SourceText.From(source, Encoding.UTF8);

    private sealed record OutputSettings(string Namespace, string? ProjectDirectory);
}
