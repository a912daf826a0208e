using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Configuration;
using PodAnalyzers.Findings;
using PodAnalyzers.Generation;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2026: a literal the generated API already names: an env name passed to
/// <c>Environment.GetEnvironmentVariable</c> that the container running the project declares, or
/// a port passed to Kestrel's <c>Listen</c>, <c>ListenAnyIP</c> or <c>ListenLocalhost</c> that is
/// one of its <c>containerPort</c>s. The names come from the <see cref="GenerationPlan"/> and are
/// reported only when the compilation holds the constant and the code can reach it. A project
/// without YAML AdditionalFiles registers nothing; a document is checked by its text first.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedConstantAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the constant's C# name from the global namespace.</summary>
    public const string ConstantProperty = "GeneratedConstant";

    private const string KestrelOptions = "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions";

    private static readonly string[] ListenMethods = { "Listen", "ListenAnyIP", "ListenLocalhost" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Of(Rule.LiteralOfGeneratedConstant));

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
        var kestrel = compilation.GetTypeByMetadataName(KestrelOptions);
        var words = new List<string>();
        if (environment is not null)
        {
            words.Add(ReadCandidates.GetEnvironmentVariable);
        }

        if (kestrel is not null)
        {
            words.AddRange(ListenMethods);
        }

        if (words.Count == 0)
        {
            return;
        }

        var options = context.Options;
        var containers = new Lazy<IReadOnlyList<NamedContainer>>(
            () => NamedContainer.Read(options, compilation.AssemblyName),
            LazyThreadSafetyMode.ExecutionAndPublication);
        context.RegisterSemanticModelAction(new Analysis(environment, kestrel, words, containers).AnalyzeDocument);
    }

    /// <summary>A chosen container and the names the generator gives its constants.</summary>
    private sealed record NamedContainer(string Description, ContainerConstantNames Names)
    {
        public static IReadOnlyList<NamedContainer> Read(AnalyzerOptions options, string? assemblyName)
        {
            if (ContainerFacts.Read(options, assemblyName, CancellationToken.None) is not { } facts)
            {
                return Array.Empty<NamedContainer>();
            }

            // The generator's input: every YAML AdditionalFile.
            var settings = ProjectSettings.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var manifests = options.AdditionalFiles
                .Where(file => ManifestFiles.IsYaml(file.Path))
                .Select(file => PodModelBuilder.Build(ManifestFiles.Read(file, CancellationToken.None)));
            var paths = new ManifestPaths(settings.ProjectDirectory);
            var plan = GenerationPlan.Create(manifests, paths);
            var named = new List<NamedContainer>();
            foreach (var selected in facts.Selection.Containers)
            {
                if (ContainerConstantNames.Find(plan, settings.Namespace, selected.Pod.FilePath, selected.Pod.DocumentIndex, selected.Container.Path) is { } names)
                {
                    named.Add(new NamedContainer(selected.Describe(paths.Relative), names));
                }
            }

            return named;
        }
    }

    private sealed class Analysis
    {
        private readonly INamedTypeSymbol? environment;
        private readonly INamedTypeSymbol? kestrel;
        private readonly IReadOnlyList<string> words;
        private readonly Lazy<IReadOnlyList<NamedContainer>> containers;

        public Analysis(INamedTypeSymbol? environment, INamedTypeSymbol? kestrel, IReadOnlyList<string> words, Lazy<IReadOnlyList<NamedContainer>> containers)
        {
            this.environment = environment;
            this.kestrel = kestrel;
            this.words = words;
            this.containers = containers;
        }

        public void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            var tree = context.SemanticModel.SyntaxTree;
            var text = tree.GetText(context.CancellationToken).ToString();
            var positions = ReadCandidates.WordPositions(text, words);
            if (positions.Count == 0)
            {
                return;
            }

            var root = tree.GetRoot(context.CancellationToken);
            var invocations = positions
                .Select(position => ReadCandidates.NodeAt(root, position))
                .OfType<InvocationExpressionSyntax>()
                .Where(invocation => invocation.ArgumentList.Arguments.Any(argument => argument.Expression is LiteralExpressionSyntax))
                .ToList();
            if (invocations.Count == 0 || containers.Value.Count == 0)
            {
                return;
            }

            foreach (var node in invocations)
            {
                try
                {
                    if (context.SemanticModel.GetOperation(node, context.CancellationToken) is IInvocationOperation invocation)
                    {
                        Check(context, invocation);
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
                {
                    // A shape of code this analysis did not foresee: no report rather than AD0001.
                }
            }
        }

        private void Check(SemanticModelAnalysisContext context, IInvocationOperation invocation)
        {
            if (ReadCandidates.IsProcessEnvironmentRead(invocation, environment)
                && OperationArguments.Find(invocation.Arguments, "variable") is { Value: { Syntax: LiteralExpressionSyntax literal, ConstantValue: { HasValue: true, Value: string name } } })
            {
                var constant = Single(names => names.Env(name));
                Report(context, literal, constant, name, $"'{name}' is the env name");
            }
            else if (KnownSymbols.Is(invocation.TargetMethod.ContainingType, kestrel)
                && ListenMethods.Contains(invocation.TargetMethod.Name)
                && OperationArguments.Find(invocation.Arguments, "port") is { Value: { Syntax: LiteralExpressionSyntax literal2, ConstantValue: { HasValue: true, Value: int port } } })
            {
                var constant = Single(names => names.Port(port));
                Report(context, literal2, constant, port, $"{port} is the containerPort");
            }
        }

        /// <summary>The constant when the chosen containers that declare the value agree on one.</summary>
        private (GeneratedConstant Constant, string Container)? Single(Func<ContainerConstantNames, GeneratedConstant?> find)
        {
            var found = containers.Value
                .Select(container => (Constant: find(container.Names), Container: container.Description))
                .Where(candidate => candidate.Constant is not null)
                .ToList();
            return found.Count == 1 ? (found[0].Constant!, found[0].Container) : null;
        }

        private static void Report(SemanticModelAnalysisContext context, LiteralExpressionSyntax literal, (GeneratedConstant Constant, string Container)? found, object value, string what)
        {
            if (found is not { } named)
            {
                return;
            }

            // The generator's output, as compiled: absent when the generator does not run, and the code must be able to reach it.
            var declaring = context.SemanticModel.Compilation.GetTypeByMetadataName(named.Constant.DeclaringTypeMetadataName);
            var field = declaring?.GetMembers(named.Constant.MemberName).OfType<IFieldSymbol>().FirstOrDefault(member => member.IsConst && Equals(member.ConstantValue, value));
            if (field is null || !context.SemanticModel.IsAccessible(literal.SpanStart, field))
            {
                return;
            }

            var message = $"{what} of {named.Container}, and the generated constant {named.Constant.QualifiedName} names it: use the constant, so that a change in the manifest shows in the code";
            var properties = ImmutableDictionary<string, string?>.Empty.Add(ConstantProperty, named.Constant.QualifiedName);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.LiteralOfGeneratedConstant), literal.GetLocation(), properties, message));
        }
    }
}
