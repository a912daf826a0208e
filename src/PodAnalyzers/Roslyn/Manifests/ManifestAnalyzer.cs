using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Configuration;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Generation;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Roslyn.Manifests;

/// <summary>
/// Reports, at the exact YAML token, what goes wrong reading the project's manifests and what
/// the Kubernetes API server would reject or warn about in them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.ManifestAnalyzerRules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var settings = ProjectSettings.From(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var manifests = new ConcurrentBag<ManifestFile>();

        // The node inventory is project-wide: read once, on first use, from every YAML file.
        // Each file's findings then need nothing but that file and the inventory, so they are
        // reported per file (live in the IDE) rather than at compilation end.
        var yamlFiles = ManifestFiles.DistinctYamlFiles(context.Options.AdditionalFiles);
        var startCancellation = context.CancellationToken;
        var inventory = new Lazy<NodeInventory>(
            () => NodeInventory.From(yamlFiles.Select(file => ManifestFiles.Read(file, startCancellation))),
            LazyThreadSafetyMode.ExecutionAndPublication);
        context.RegisterAdditionalFileAction(fileContext =>
        {
            // A file listed twice (once by the package's glob, once by hand) is analyzed once.
            if (!yamlFiles.Contains(fileContext.AdditionalFile))
            {
                return;
            }

            var manifest = ManifestFiles.Read(fileContext.AdditionalFile, fileContext.CancellationToken);
            manifests.Add(manifest);
            var text = fileContext.AdditionalFile.GetText(fileContext.CancellationToken);
            if (text is null)
            {
                return;
            }

            foreach (var finding in ManifestFindings.Of(manifest, settings.KubernetesVersion, inventory.Value))
            {
                var location = FindingLocations.Create(manifest.Path, text, finding.Span);
                fileContext.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(finding.Rule), location, finding.Message));
            }
        });

        context.RegisterCompilationEndAction(endContext =>
        {
            foreach (var problem in settings.Problems)
            {
                endContext.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.InvalidSetting), Location.None, problem));
            }

            // PodAnalyzersContainer must name a container of the pod sources (POD2020-POD2026 read it).
            if (settings.Container is { } container
                && ContainerSelection.Resolve(manifests.OrderBy(manifest => manifest.Path, StringComparer.Ordinal).SelectMany(manifest => manifest.PodSources), container, null).Problem is { } containerProblem)
            {
                endContext.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.InvalidSetting), Location.None, containerProblem));
            }

            ReportPodClassClashes(endContext, yamlFiles, manifests);
        });
    }

    /// <summary>POD0004: the pods whose class takes a suffix, named as the generator's plan names them.</summary>
    private static void ReportPodClassClashes(CompilationAnalysisContext context, IEnumerable<AdditionalText> yamlFiles, IEnumerable<ManifestFile> manifests)
    {
        var texts = yamlFiles.ToDictionary(file => file.Path, file => file, StringComparer.Ordinal);
        var podClasses = PodClassNames.Assign(
            manifests.Select(manifest => (manifest.Path, (IEnumerable<PodSource>)manifest.PodSources)),
            pod => PodModelBuilder.NameOf(pod)?.Value);
        foreach (var clash in PodClassNames.Clashes(podClasses))
        {
            if (Location(clash.Reported) is { } location)
            {
                var others = clash.ListedOthers.Select(Location).OfType<Location>();
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.PodIdentifierClash), location, others, clash.Message));
            }
        }

        Location? Location(PodClass<PodSource> podClass) =>
            texts.TryGetValue(podClass.Path, out var file) && file.GetText(context.CancellationToken) is { } text
                ? FindingLocations.Create(podClass.Path, text, podClass.Pod.Metadata.Name?.Span ?? podClass.Pod.Metadata.Span)
                : null;
    }
}
