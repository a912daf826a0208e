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
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2025: the code writes, at a path known at compile time, where the container running the
/// project cannot: its root filesystem is read-only and no writable volumeMount covers the path.
/// The writes are POD2001's (<see cref="FileWriteTargets"/>) plus <c>Directory.CreateDirectory</c>
/// and <c>Path.GetTempFileName</c>. A project without YAML AdditionalFiles registers nothing; a
/// document is first checked by its text and syntax, the container is resolved on the first
/// candidate, and nothing is bound unless the container's root filesystem is read-only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReadOnlyFilesystemWriteAnalyzer : DiagnosticAnalyzer
{
    private const string CreateDirectory = "CreateDirectory";
    private const string GetTempFileName = "GetTempFileName";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Of(Rule.ReadOnlyFilesystemWrite));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (!context.Options.AdditionalFiles.Any(file => ManifestFiles.IsYaml(file.Path))
            || KnownSymbols.Resolve(context.Compilation) is not { } symbols)
        {
            return;
        }

        var options = context.Options;
        var compilation = context.Compilation;
        var container = new Lazy<WritingContainer?>(
            () => WritingContainer.Read(options, compilation.AssemblyName),
            LazyThreadSafetyMode.ExecutionAndPublication);
        context.RegisterSemanticModelAction(new Analysis(symbols, container).AnalyzeDocument);
    }

    /// <summary>The chosen containers, when every one has a read-only root filesystem.</summary>
    private sealed class WritingContainer
    {
        private WritingContainer(IReadOnlyList<ContainerFilesystem> filesystems, string containers)
        {
            Filesystems = filesystems;
            Containers = containers;
        }

        public IReadOnlyList<ContainerFilesystem> Filesystems { get; }

        public string Containers { get; }

        public static WritingContainer? Read(AnalyzerOptions options, string? assemblyName)
        {
            if (ContainerFacts.Read(options, assemblyName, CancellationToken.None) is not { } facts)
            {
                return null;
            }

            var filesystems = facts.Selection.Containers
                .Select(selected => ContainerFilesystem.Of(selected, facts.Environment, facts.Files.Dockerfiles, facts.EnvironmentKnown))
                .ToList();
            return filesystems.All(filesystem => filesystem.ReadOnlyRoot) ? new WritingContainer(filesystems, facts.Containers) : null;
        }

        /// <summary>The refused write when every chosen container refuses it (they may differ: then nothing is sure).</summary>
        public ReadOnlyWrite? RefusedWrite(string written)
        {
            ReadOnlyWrite? first = null;
            foreach (var filesystem in Filesystems)
            {
                if (filesystem.RefusedWrite(written) is not { } refused)
                {
                    return null;
                }

                first ??= refused;
            }

            return first;
        }
    }

    private sealed class Analysis
    {
        private readonly KnownSymbols symbols;
        private readonly Lazy<WritingContainer?> container;
        private readonly HashSet<string> createdTypeNames;
        private readonly HashSet<string> methodNames;
        private readonly CandidateText candidateText;
        private readonly ConstantStrings constants;
        private readonly FileWriteTargets targets;

        public Analysis(KnownSymbols symbols, Lazy<WritingContainer?> container)
        {
            this.symbols = symbols;
            this.container = container;
            createdTypeNames = new HashSet<string>(
                new[] { symbols.FileStream, symbols.StreamWriter }.OfType<INamedTypeSymbol>().Select(type => type.Name),
                StringComparer.Ordinal);
            methodNames = new HashSet<string>(WriteMethodNames.All, StringComparer.Ordinal) { CreateDirectory, GetTempFileName };
            methodNames.Remove(WriteMethodNames.ProcessStart);
            candidateText = new CandidateText(methodNames, createdTypeNames);
            constants = new ConstantStrings(symbols);
            targets = new FileWriteTargets(symbols, constants);
        }

        public void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            // The container is resolved once (manifests are already parsed for the generator); most
            // projects have none with a read-only root, and then no document is even scanned.
            var tree = context.SemanticModel.SyntaxTree;
            if (container.Value is not { } writing || tree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax unit)
            {
                return;
            }

            var text = tree.GetText(context.CancellationToken).ToString();
            var aliasNames = CandidateSyntax.AliasNames(context.SemanticModel, unit, context.CancellationToken);
            if (!candidateText.MayContainCandidate(text, aliasNames))
            {
                return;
            }

            IEnumerable<SyntaxNode> nodes = candidateText.WordPositions(text) is { } positions
                ? CandidateSyntax.CallsAndCreationsAt(unit, positions)
                : unit.DescendantNodes();
            Func<string, bool> isHandledTypeName = name => createdTypeNames.Contains(name) || aliasNames.Contains(name);
            var candidates = nodes.Where(node => IsCandidate(node, isHandledTypeName)).ToList();
            if (candidates.Count == 0)
            {
                return;
            }

            foreach (var node in candidates)
            {
                try
                {
                    if (context.SemanticModel.GetOperation(node, context.CancellationToken) is { } operation
                        && Writes(operation) is { } write
                        && write.Paths.Select(writing.RefusedWrite).FirstOrDefault(refused => refused is not null) is { } refusedWrite)
                    {
                        Report(context, writing, operation, write, refusedWrite);
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
                {
                    // A shape of code this analysis did not foresee: no report rather than AD0001.
                }
            }
        }

        private bool IsCandidate(SyntaxNode node, Func<string, bool> isHandledTypeName) =>
            node switch
            {
                InvocationExpressionSyntax invocation => CandidateSyntax.InvokedName(invocation) is { } name && methodNames.Contains(name),
                ObjectCreationExpressionSyntax creation => CandidateSyntax.CreatedTypeName(creation) is { } name && isHandledTypeName(name),
                ImplicitObjectCreationExpressionSyntax creation => CandidateSyntax.MayCreate(creation, isHandledTypeName),
                _ => false,
            };

        /// <summary>The API and the paths the operation writes, as evaluated; null when it writes nothing known.</summary>
        private Write? Writes(IOperation operation)
        {
            switch (operation)
            {
                // Deleting a file the app could not have created there is a no-op: too likely benign to report.
                case IInvocationOperation { TargetMethod.Name: "Delete" }:
                    return null;
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    var type = method.ContainingType;
                    if (KnownSymbols.Is(type, symbols.File))
                    {
                        return new Write("File." + method.Name, WriteKind.File, targets.OfFileCall(invocation, method));
                    }

                    if (KnownSymbols.Is(type, symbols.FileInfo))
                    {
                        return new Write("FileInfo." + method.Name, WriteKind.File, targets.OfFileInfoCall(invocation, method));
                    }

                    if (KnownSymbols.Is(type, symbols.Directory) && method.Name == CreateDirectory
                        && OperationArguments.Find(invocation.Arguments, "path") is { } path && constants.Evaluate(path.Value) is { } directory)
                    {
                        return new Write("Directory.CreateDirectory", WriteKind.Directory, new[] { directory });
                    }

                    if (KnownSymbols.Is(type, symbols.Path) && method.Name == GetTempFileName && invocation.Arguments.Length == 0)
                    {
                        return new Write("Path.GetTempFileName", WriteKind.TempFile, new[] { ContainerPaths.TempDirectory });
                    }

                    return null;
                case IObjectCreationOperation creation when KnownSymbols.Is(creation.Type, symbols.FileStream) || KnownSymbols.Is(creation.Type, symbols.StreamWriter):
                    var isStreamWriter = KnownSymbols.Is(creation.Type, symbols.StreamWriter);
                    return targets.OfStreamCreation(creation, isStreamWriter) is { } written
                        ? new Write("new " + creation.Type!.Name, WriteKind.File, new[] { written })
                        : null;
                default:
                    return null;
            }
        }

        private static void Report(SemanticModelAnalysisContext context, WritingContainer writing, IOperation operation, Write write, ReadOnlyWrite refused)
        {
            var what = write.Kind switch
            {
                WriteKind.TempFile => $"creates a temp file in '{refused.Path}'",
                WriteKind.Directory => $"creates the directory '{refused.Path}'",
                _ => $"writes '{refused.Path}'",
            };
            var directory = write.Kind == WriteKind.File ? ContainerPaths.Parent(refused.Path) : refused.Path;
            var remedy = refused.MountPath is not null ? "write outside it, under a writable volumeMount such as an emptyDir"
                : directory == "/" ? "write under a directory with an emptyDir volume mounted at it"
                : $"mount an emptyDir volume at '{directory}'";
            var where = refused.MountPath is null
                ? $"on the root filesystem of {writing.Containers}, which is read-only (securityContext.readOnlyRootFilesystem: true), and no writable volumeMount covers it"
                : $"in {writing.Containers}, under '{refused.MountPath}' where volume '{refused.VolumeName}' is mounted read-only, on a read-only root filesystem (securityContext.readOnlyRootFilesystem: true)";
            var message = $"{write.Api} {what} {where}: in the Pod it fails with 'Read-only file system'; {remedy}";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Of(Rule.ReadOnlyFilesystemWrite), operation.Syntax.GetLocation(), message));
        }
    }

    private enum WriteKind
    {
        File,
        Directory,
        TempFile,
    }

    private sealed record Write(string Api, WriteKind Kind, IEnumerable<string> Paths);
}
