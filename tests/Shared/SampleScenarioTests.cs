using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Roslyn.Manifests;

namespace PodAnalyzers.Shared;

/// <summary>
/// The sample's manifests (with the flawed one) through the generator (<see cref="GeneratorRuns"/>) and
/// the manifest analyzer (CompilationWithAnalyzers). Compiled into the Roslyn 4.8 floor tests and
/// into the main tests on the newest Roslyn: both must match the same golden files.
/// </summary>
public sealed class SampleScenarioTests
{
    private const string Program = "class Program { static void Main() { } }";

    [Fact]
    public void The_generator_emits_the_golden_source()
    {
        var run = GeneratorRuns.Run(Compilation(), Manifests(), new Options());

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        var generated = Golden.GeneratedSources(run.Result);
        Golden.AssertMatches("PodInventory.generated.txt", generated);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_analyzer_reports_the_golden_diagnostics()
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestAnalyzer());
        var withAnalyzers = Compilation().WithAnalyzers(analyzers, new AnalyzerOptions(Manifests(), new Options()));

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var actual = Golden.Format(diagnostics);
        Golden.AssertMatches("PodInventory.diagnostics.txt", actual);
    }

    private static CSharpCompilation Compilation() =>
        CSharpCompilation.Create(
            "Scenario",
            new[] { CSharpSyntaxTree.ParseText(Program, new CSharpParseOptions(LanguageVersion.CSharp7_3)) },
            Directory.GetFiles(Golden.NetReferenceAssemblies(), "*.dll").Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

    /// <summary>samples/PodInventory's k8s and flawed manifests, with paths relative to the sample.</summary>
    private static ImmutableArray<AdditionalText> Manifests()
    {
        var sample = Path.Combine(Golden.RepositoryRoot(), "samples", "PodInventory");
        return Directory.GetFiles(sample, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(sample, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new FileText(path, File.ReadAllText(Path.Combine(sample, path))))
            .ToImmutableArray();
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText text;

        public FileText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>The sample's settings: its root namespace, no project directory (paths are already relative).</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly SampleOptions Global = new();

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global;

        private sealed class SampleOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "PodInventory";
                return key == "build_property.RootNamespace";
            }
        }
    }
}
