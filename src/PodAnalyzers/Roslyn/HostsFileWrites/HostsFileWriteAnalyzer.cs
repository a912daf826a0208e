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
using PodAnalyzers.HostsFile;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// POD2001: C# code that writes the hosts file, through System.IO or by starting a shell
/// command. Only paths known at compile time count, so a report is never a guess.
/// Calls and creations are filtered by the names they are written with before anything is bound:
/// operation actions would build the operation tree of every method body in the project.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostsFileWriteAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the hosts lines written, normalised, when known and the write is a removable statement.</summary>
    public const string EntriesProperty = "HostsEntries";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Of(Rule.HostsFileWrite));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (KnownSymbols.Resolve(context.Compilation) is not { } symbols)
        {
            return;
        }

        var options = context.Options;
        var destination = new Lazy<string>(() => Destination(options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        var analysis = new Analysis(symbols, new HostsFileWriteReporter(destination));

        // One callback per document, not per call: most documents fail the text check and cost one scan.
        context.RegisterSemanticModelAction(analysis.AnalyzeDocument);
    }

    /// <summary>Where the entries belong: the project's only pod source, named, or "the project's pod".</summary>
    private static string Destination(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var pods = new List<PodSource>();
        foreach (var file in ManifestFiles.DistinctYamlFiles(options.AdditionalFiles))
        {
            pods.AddRange(ManifestFiles.Read(file, cancellationToken).PodSources);
        }

        if (pods.Count != 1)
        {
            return "spec.hostAliases of the project's pod";
        }

        var settings = ProjectSettings.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        return pods[0].Spec.Path + ".hostAliases of " + PodDescription.Of(pods[0], new ManifestPaths(settings.ProjectDirectory).Display(pods[0].FilePath));
    }

    /// <summary>Lets through the calls and creations whose names may be a write, and routes each to the check for its API.</summary>
    private sealed class Analysis
    {
        private readonly KnownSymbols symbols;
        private readonly HashSet<string> createdTypeNames;
        private readonly CandidateText candidateText;
        private readonly FileWriteCalls files;
        private readonly ProcessWriteCalls processes;

        public Analysis(KnownSymbols symbols, HostsFileWriteReporter reporter)
        {
            this.symbols = symbols;

            // The types AnalyzeObjectCreation handles, as a creation spells them unless through an alias.
            createdTypeNames = new HashSet<string>(
                new[] { symbols.FileStream, symbols.StreamWriter, symbols.ProcessStartInfo }.OfType<INamedTypeSymbol>().Select(type => type.Name),
                StringComparer.Ordinal);

            candidateText = new CandidateText(WriteMethodNames.All, createdTypeNames);
            var constants = new ConstantStrings(symbols);
            files = new FileWriteCalls(symbols, constants, reporter);
            processes = new ProcessWriteCalls(constants, reporter);
        }

        public void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            var tree = context.SemanticModel.SyntaxTree;
            if (tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax unit)
            {
                return;
            }

            var aliasNames = CandidateSyntax.AliasNames(context.SemanticModel, unit, context.CancellationToken);
            var text = tree.GetText(context.CancellationToken).ToString();
            if (!candidateText.MayContainCandidate(text, aliasNames))
            {
                return;
            }

            // Most documents of modern C# pass the text check (a target-typed new is enough):
            // looking only where a candidate's words are costs far less than a walk of every node.
            IEnumerable<SyntaxNode> nodes = candidateText.WordPositions(text) is { } positions
                ? CandidateSyntax.CallsAndCreationsAt(unit, positions)
                : unit.DescendantNodes();

            // The names a handled type can be written with in this document.
            Func<string, bool> isHandledTypeName = name => createdTypeNames.Contains(name) || aliasNames.Contains(name);
            foreach (var node in nodes)
            {
                if (IsCandidate(node, isHandledTypeName))
                {
                    AnalyzeOperation(context.SemanticModel.GetOperation(node, context.CancellationToken), context.ReportDiagnostic);
                }
            }
        }

        /// <summary>
        /// A call whose name may be a write, a creation of a handled type (or through an alias), and
        /// <c>new(...)</c> unless its declaration names another type or it cannot be a write at all.
        /// </summary>
        private static bool IsCandidate(SyntaxNode node, Func<string, bool> isHandledTypeName) =>
            node switch
            {
                InvocationExpressionSyntax invocation =>
                    CandidateSyntax.InvokedName(invocation) is { } name && WriteMethodNames.MayWrite(name, invocation.ArgumentList.Arguments.Count),
                ObjectCreationExpressionSyntax creation => CandidateSyntax.CreatedTypeName(creation) is { } name && isHandledTypeName(name),
                ImplicitObjectCreationExpressionSyntax creation => CandidateSyntax.MayCreate(creation, isHandledTypeName),
                _ => false,
            };

        private void AnalyzeOperation(IOperation? operation, Action<Diagnostic> report)
        {
            try
            {
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        AnalyzeInvocation(report, invocation);
                        break;
                    case IObjectCreationOperation creation:
                        AnalyzeObjectCreation(report, creation);
                        break;
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // A shape of code this analysis did not foresee: no report rather than AD0001.
            }
        }

        private void AnalyzeInvocation(Action<Diagnostic> report, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (KnownSymbols.Is(type, symbols.File))
            {
                files.AnalyzeFileCall(report, invocation, method);
            }
            else if (KnownSymbols.Is(type, symbols.FileInfo))
            {
                files.AnalyzeFileInfoCall(report, invocation, method);
            }
            else if (KnownSymbols.Is(type, symbols.Process) && method.Name == WriteMethodNames.ProcessStart && method.IsStatic)
            {
                processes.AnalyzeStart(report, invocation);
            }
        }

        private void AnalyzeObjectCreation(Action<Diagnostic> report, IObjectCreationOperation creation)
        {
            var type = creation.Type;
            if (KnownSymbols.Is(type, symbols.FileStream) || KnownSymbols.Is(type, symbols.StreamWriter))
            {
                files.AnalyzeStreamCreation(report, creation, isStreamWriter: KnownSymbols.Is(type, symbols.StreamWriter));
            }
            else if (KnownSymbols.Is(type, symbols.ProcessStartInfo))
            {
                processes.AnalyzeStartInfo(report, creation);
            }
        }
    }
}
