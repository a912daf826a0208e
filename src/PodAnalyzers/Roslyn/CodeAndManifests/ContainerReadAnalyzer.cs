using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2020 and POD2021: environment variables and configuration keys the code reads with a
/// compile-time constant that the container running the project does not provide. A project
/// without YAML AdditionalFiles registers nothing; in the others, a document is first checked by
/// its text (<see cref="ReadCandidates"/>), the container is resolved on the first candidate, and
/// only candidates are bound.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContainerReadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Descriptors.Of(Rule.UndefinedEnvironmentVariable, Rule.MissingConfigurationKey);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Options.AdditionalFiles.Any(file => ManifestFiles.IsYaml(file.Path)))
        {
            return;
        }

        var compilation = context.Compilation;
        var environment = compilation.GetTypeByMetadataName("System.Environment");
        var configuration = ConfigurationSymbols.Resolve(compilation);
        if (environment is null && configuration is null)
        {
            return;
        }

        var options = context.Options;
        var facts = new Lazy<ContainerFacts?>(
            () => ContainerFacts.Read(options, compilation.AssemblyName, CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);
        var otherSources = new Lazy<bool>(
            () => OtherConfigurationSources.AreAdded(compilation, CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);
        var analysis = new Analysis(environment, configuration, facts, otherSources);
        context.RegisterSemanticModelAction(analysis.AnalyzeDocument);
    }

    private sealed class Analysis
    {
        private readonly INamedTypeSymbol? environment;
        private readonly ConfigurationSymbols? configuration;
        private readonly Lazy<ContainerFacts?> facts;
        private readonly Lazy<bool> otherSources;

        public Analysis(INamedTypeSymbol? environment, ConfigurationSymbols? configuration, Lazy<ContainerFacts?> facts, Lazy<bool> otherSources)
        {
            this.environment = environment;
            this.configuration = configuration;
            this.facts = facts;
            this.otherSources = otherSources;
        }

        public void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var text = tree.GetText(context.CancellationToken).ToString();
            var positions = ReadCandidates.Positions(text, environment is not null, configuration is not null);
            if (positions.Count == 0 || facts.Value is not { } container)
            {
                return;
            }

            var root = tree.GetRoot(context.CancellationToken);
            foreach (var position in positions)
            {
                if (ReadCandidates.NodeAt(root, position) is not { } node)
                {
                    continue;
                }

                try
                {
                    var operation = context.SemanticModel.GetOperation(node, context.CancellationToken);
                    if (node is InvocationExpressionSyntax && operation is IInvocationOperation invocation && IsGetEnvironmentVariable(invocation))
                    {
                        CheckEnvironmentRead(context, container, invocation);
                    }
                    else if (configuration is not null && container.ConfigurationKnown && !container.Environment.IsOpen && !container.Environment.HasArguments
                        && ConfigurationReads.Read(operation, configuration) is { } read && !otherSources.Value)
                    {
                        CheckConfigurationRead(context, container, read);
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
                {
                    // A shape of code this analysis did not foresee: no report rather than AD0001.
                }
            }
        }

        private bool IsGetEnvironmentVariable(IInvocationOperation invocation) => ReadCandidates.IsProcessEnvironmentRead(invocation, environment);

        private static void CheckEnvironmentRead(SemanticModelAnalysisContext context, ContainerFacts container, IInvocationOperation invocation)
        {
            if (OperationArguments.Find(invocation.Arguments, "variable") is not { } argument
                || argument.Value.ConstantValue is not { HasValue: true, Value: string name }
                || name.Length == 0
                || !container.EnvironmentKnown
                || container.Environment.MayDefine(name)
                || NullChecks.IsNullChecked(invocation))
            {
                return;
            }

            var message = $"Environment variable '{name}' is not defined for {container.Containers}: not in its env or envFrom, not an ENV or ARG of the project's Dockerfile, and not set by Kubernetes or the .NET image; in the Pod, GetEnvironmentVariable returns null";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.UndefinedEnvironmentVariable), argument.Value.Syntax.GetLocation(), message));
        }

        private static void CheckConfigurationRead(SemanticModelAnalysisContext context, ContainerFacts container, ConfigurationRead read)
        {
            if (container.ConfigurationKeys.Provides(read.Key))
            {
                return;
            }

            var files = container.AppSettingsNames.Count == 0
                ? "the project has no appsettings*.json"
                : "not in " + string.Join(", ", container.AppSettingsNames);
            var message = $"Configuration key '{read.Key}' is provided by nothing the app runs with: {files}, and not in the environment of {container.Containers} (as '{read.Key.Replace(":", "__")}'); {read.Consequence}";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.MissingConfigurationKey), read.KeySyntax.GetLocation(), message));
        }
    }
}
