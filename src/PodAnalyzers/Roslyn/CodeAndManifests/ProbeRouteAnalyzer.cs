using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Configuration;
using PodAnalyzers.Findings;
using PodAnalyzers.Generation;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2024: an httpGet probe of the container running the project asks for a path no endpoint of
/// the app maps. A project without YAML AdditionalFiles or without ASP.NET Core routing registers
/// nothing; otherwise the container's probes are read once, on the first document, and documents
/// are read only when a probe exists and their text names a mapping, middleware or route
/// attribute. The routes of every document are known only at the end of the compilation, where
/// the probes are reported at their YAML path value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProbeRouteAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] CandidateWords = { "Map", "Use", "Run", "Route", "Http", "Controller" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Of(Rule.UnmappedProbePath));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Options.AdditionalFiles.Any(file => ManifestFiles.IsYaml(file.Path))
            || AspNetCoreSymbols.Resolve(context.Compilation) is not { } symbols)
        {
            return;
        }

        var options = context.Options;
        var assemblyName = context.Compilation.AssemblyName;
        var probes = new Lazy<IReadOnlyList<HttpGetProbe>>(
            () => Probes(options, assemblyName, CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);
        var routes = new MappedRoutes();
        context.RegisterSemanticModelAction(modelContext => ReadDocument(modelContext, symbols, probes, routes));
        context.RegisterCompilationEndAction(endContext => Report(endContext, probes, routes));
    }

    private static IReadOnlyList<HttpGetProbe> Probes(AnalyzerOptions options, string? assemblyName, CancellationToken cancellationToken)
    {
        var settings = ProjectSettings.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var pods = ManifestFiles.DistinctYamlFiles(options.AdditionalFiles)
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .SelectMany(file => ManifestFiles.Read(file, cancellationToken).PodSources);
        var selection = ContainerSelection.Resolve(pods, settings.Container, assemblyName);
        return selection.Containers.SelectMany(HttpGetProbes.Of).ToList();
    }

    private static void ReadDocument(SemanticModelAnalysisContext context, AspNetCoreSymbols symbols, Lazy<IReadOnlyList<HttpGetProbe>> probes, MappedRoutes routes)
    {
        var tree = context.SemanticModel.SyntaxTree;
        var text = tree.GetText(context.CancellationToken).ToString();
        if (!CandidateWords.Any(word => text.IndexOf(word, StringComparison.Ordinal) >= 0) || probes.Value.Count == 0)
        {
            return;
        }

        foreach (var node in tree.GetRoot(context.CancellationToken).DescendantNodes())
        {
            try
            {
                switch (node)
                {
                    case InvocationExpressionSyntax invocation when RouteMappingCalls.InvokedName(invocation) is { } name && RouteMappingCalls.IsCandidateName(name):
                        if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is IInvocationOperation operation)
                        {
                            RouteMappingCalls.Read(operation, symbols, routes);
                        }

                        break;
                    case ClassDeclarationSyntax declaration:
                        if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is INamedTypeSymbol type)
                        {
                            ControllerRoutes.Read(type, symbols, routes);
                        }

                        break;
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // A shape of code this reading did not foresee: the routes may be incomplete, so nothing is reported.
                routes.MarkIncomplete();
            }
        }
    }

    private static void Report(CompilationAnalysisContext context, Lazy<IReadOnlyList<HttpGetProbe>> probes, MappedRoutes routes)
    {
        if (!probes.IsValueCreated || probes.Value.Count == 0 || routes.Table() is not { } table)
        {
            return;
        }

        var files = ManifestFiles.DistinctYamlFiles(context.Options.AdditionalFiles).ToDictionary(file => file.Path, StringComparer.Ordinal);
        var paths = new ManifestPaths(ProjectSettings.From(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions).ProjectDirectory);
        foreach (var probe in probes.Value)
        {
            if (table.Maps(probe.Path.Value)
                || !files.TryGetValue(probe.Container.Pod.FilePath, out var file)
                || file.GetText(context.CancellationToken) is not { } text)
            {
                continue;
            }

            var nearest = string.Join(", ", table.Nearest(probe.Path.Value).Select(route => "'" + route + "'"));
            var message = $"The {probe.Probe} of {probe.Container.Describe(paths.Relative)} asks for '{probe.Path.Value}', which no endpoint of the app maps: the app answers 404 and the probe fails; the nearest mapped paths are {nearest}";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.UnmappedProbePath), FindingLocations.Create(file.Path, text, probe.Path.Span), message));
        }
    }
}
