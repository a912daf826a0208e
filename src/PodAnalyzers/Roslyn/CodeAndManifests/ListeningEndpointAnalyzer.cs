using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2022 and POD2023: the ports and addresses the app listens on, against the container that runs
/// it. Each document contributes the endpoints its code configures (checked by its text first, only
/// the named calls bound); at compilation end they meet the container's configuration, and the
/// probes of the container are checked. A project without YAML AdditionalFiles, or without ASP.NET
/// Core, registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ListeningEndpointAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Descriptors.Of(Rule.ProbeTargetsUnlistenedPort, Rule.LoopbackOnlyInContainer);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Options.AdditionalFiles.Any(file => ManifestFiles.IsYaml(file.Path))
            || EndpointSymbols.Resolve(context.Compilation) is not { } symbols)
        {
            return;
        }

        var collector = new Collector(symbols);
        context.RegisterSemanticModelAction(collector.AnalyzeDocument);
        context.RegisterCompilationEndAction(collector.Report);
    }

    private sealed class Collector
    {
        private readonly EndpointSymbols symbols;
        private readonly ConcurrentBag<ListeningEndpoint> codeEndpoints = new();
        private int hostsWeb;

        public Collector(EndpointSymbols symbols)
        {
            this.symbols = symbols;
        }

        public void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var text = tree.GetText(context.CancellationToken).ToString();
            if (EndpointCalls.MayHostWeb(text))
            {
                Interlocked.Exchange(ref hostsWeb, 1);
            }

            var positions = EndpointCalls.Positions(text);
            if (positions.Count == 0)
            {
                return;
            }

            var root = tree.GetRoot(context.CancellationToken);
            foreach (var position in positions)
            {
                if (ReadCandidates.NodeAt(root, position) is not InvocationExpressionSyntax node)
                {
                    continue;
                }

                try
                {
                    if (context.SemanticModel.GetOperation(node, context.CancellationToken) is IInvocationOperation invocation)
                    {
                        foreach (var endpoint in EndpointCalls.Of(invocation, symbols))
                        {
                            codeEndpoints.Add(endpoint);
                        }
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
                {
                    // A shape of code this analysis did not foresee: nothing can be told about the endpoints.
                    codeEndpoints.Add(ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, "code"));
                }
            }
        }

        public void Report(CompilationAnalysisContext context)
        {
            if (Volatile.Read(ref hostsWeb) == 0
                || ContainerFacts.Read(context.Options, context.Compilation.AssemblyName, context.CancellationToken) is not { } facts
                || !facts.EnvironmentKnown
                || !facts.ConfigurationKnown)
            {
                return;
            }

            var targetFramework = TargetFramework(context);
            // Configuration sources the project adds may set Kestrel endpoints or urls.
            var configurationSources = OtherConfigurationSources.AreAdded(context.Compilation, context.CancellationToken)
                ? new[] { ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, "configuration sources the code adds") }
                : new ListeningEndpoint[0];

            // In source order, for stable messages.
            var code = codeEndpoints.Concat(configurationSources)
                .OrderBy(endpoint => endpoint.Location?.FilePath, StringComparer.Ordinal)
                .ThenBy(endpoint => endpoint.Location?.Start)
                .ToList();
            var loopbackOnly = true;
            var loopbackEndpoints = new List<ListeningEndpoint>();
            foreach (var selected in facts.Selection.Containers)
            {
                var environment = ContainerEnvironment.Of(new[] { selected }, facts.Files.ConfigSources, facts.Files.Dockerfiles);
                var endpoints = ListeningEndpoints.Resolve(code.Concat(ConfiguredEndpoints.Of(selected, environment, facts.Files.Dockerfiles, facts.Files.AppSettings, targetFramework)));
                ReportProbes(context, selected, endpoints);
                loopbackOnly &= endpoints.IsLoopbackOnly;
                loopbackEndpoints.AddRange(endpoints.Effective);
            }

            if (loopbackOnly)
            {
                ReportLoopback(context, facts, loopbackEndpoints);
            }
        }

        /// <summary>
        /// The <c>TargetFramework</c> property (the package makes it visible to the compiler); else
        /// the .NET version of the referenced core library (<c>System.Runtime</c> 8.0 is net8.0),
        /// from .NET 5 on, where the two agree.
        /// </summary>
        private static string? TargetFramework(CompilationAnalysisContext context)
        {
            if (context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.TargetFramework", out var property) && property.Trim().Length > 0)
            {
                return property.Trim();
            }

            var version = context.Compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.Identity.Version;
            return version is { Major: >= 5 } ? "net" + version.Major + ".0" : null;
        }

        private static void ReportProbes(CompilationAnalysisContext context, SelectedContainer selected, ListeningEndpoints endpoints)
        {
            if (!endpoints.PortsKnown || endpoints.IsLoopbackOnly)
            {
                return;
            }

            var file = context.Options.AdditionalFiles.FirstOrDefault(item => item.Path == selected.Pod.FilePath);
            if (file?.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (var probe in ProbePorts.Of(selected))
            {
                if (endpoints.Listens(probe.Port))
                {
                    continue;
                }

                var target = probe.PortName is null ? probe.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"'{probe.PortName}' ({probe.Port})";
                var message = $"The app listens on {endpoints.DescribePorts()}, the {probe.Probe} of container '{selected.ContainerName}' targets {target}: {Consequence(probe.Probe)}";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.ProbeTargetsUnlistenedPort), FindingLocations.Create(file.Path, text, probe.Span), message));
            }
        }

        private static string Consequence(string probe) => probe switch
        {
            "readinessProbe" => "the probe fails and the Pod never becomes ready",
            "livenessProbe" => "the probe fails and the kubelet restarts the container again and again",
            _ => "the probe fails and the container is restarted before it ever starts",
        };

        private static void ReportLoopback(CompilationAnalysisContext context, ContainerFacts facts, List<ListeningEndpoint> endpoints)
        {
            var reported = new HashSet<CodeLocation>();
            foreach (var endpoint in endpoints)
            {
                if (endpoint.Location is not { } location || !reported.Add(location)
                    || context.Compilation.SyntaxTrees.FirstOrDefault(tree => tree.FilePath == location.FilePath) is not { } tree)
                {
                    continue;
                }

                var port = endpoint.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "8080";
                var message = $"The app binds only to the loopback address ({endpoint.Origin}) while it runs in {facts.Containers}: nothing outside the container reaches it, so probes and Service traffic fail; listen on every interface instead (ListenAnyIP({port}), http://+:{port})";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.LoopbackOnlyInContainer), Location.Create(tree, new TextSpan(location.Start, location.Length)), message));
            }
        }
    }
}
