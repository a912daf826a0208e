using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Roslyn.Manifests;
using PodAnalyzers.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>
/// Runs the generator (through <see cref="GeneratorRuns"/>) and every analyzer of the PodAnalyzers
/// assembly over a set of manifests the way a build does, and collects what escaped: generator
/// exceptions, analyzer exceptions (AD0001), and diagnostics of the compiled output (XML doc
/// comments diagnosed too).
/// </summary>
internal static class RoslynPipeline
{
    private const string Program = "class Program { static void Main() { } }";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ReferenceAssemblyPaths.Net80.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray());

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ManifestAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static Result Run(IEnumerable<(string Path, string Text)> manifests, bool runAnalyzers = true)
    {
        var texts = GeneratorHarness.Texts(manifests);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(Program, ParseOptions, path: "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        var options = new TestOptionsProvider(new Dictionary<string, string>());
        var run = GeneratorRuns.Run(compilation, texts, options);
        var output = run.Output;
        var generatorExceptions = run.Result.Exception is { } exception ? new List<Exception> { exception } : new List<Exception>();
        var generated = run.Result.GeneratedSources.Select(source => source.SourceText.ToString()).ToList();
        var outputDiagnostics = output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Concat(run.Diagnostics)
            .ToList();

        var analyzerExceptions = new ConcurrentBag<Exception>();
        var analyzerDiagnostics = ImmutableArray<Diagnostic>.Empty;
        if (runAnalyzers)
        {
            var withAnalyzers = compilation.WithAnalyzers(
                Analyzers,
                new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(texts, options),
                    onAnalyzerException: (exception, _, _) => analyzerExceptions.Add(exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false));
            analyzerDiagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        }

        return new Result(output, generated, generatorExceptions, analyzerExceptions.ToList(), analyzerDiagnostics, outputDiagnostics);
    }

    internal sealed record Result(
        Compilation Output,
        IReadOnlyList<string> GeneratedSources,
        IReadOnlyList<Exception> GeneratorExceptions,
        IReadOnlyList<Exception> AnalyzerExceptions,
        ImmutableArray<Diagnostic> AnalyzerDiagnostics,
        IReadOnlyList<Diagnostic> OutputDiagnostics)
    {
        /// <summary>Everything that should never happen, as one readable list.</summary>
        public IReadOnlyList<string> Problems =>
            GeneratorExceptions.Select(exception => "generator: " + exception)
                .Concat(AnalyzerExceptions.Select(exception => "analyzer: " + exception))
                .Concat(AnalyzerDiagnostics.Where(diagnostic => diagnostic.Id == "AD0001").Select(diagnostic => "analyzer: " + diagnostic))
                .Concat(OutputDiagnostics.Select(diagnostic => "compile: " + diagnostic))
                .ToList();
    }
}
