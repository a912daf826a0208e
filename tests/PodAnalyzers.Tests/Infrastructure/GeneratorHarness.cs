using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs the generator directly (CSharpGeneratorDriver) and compiles its output; every run goes
/// through <see cref="GeneratorRuns"/>, which checks that a second run is served from the cache.
/// </summary>
internal static class GeneratorHarness
{
    public static GeneratorDriverRunResult Run(
        IEnumerable<(string Path, string Text)> manifests,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        string code = "class Program { static void Main() { } }") =>
        Start(CreateCompilation(code, languageVersion), Texts(manifests), properties).GetRunResult();

    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Compile(
        IEnumerable<(string Path, string Text)> manifests,
        string code,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        var run = GeneratorRuns.Run(CreateCompilation(code, languageVersion, nullable), Texts(manifests), Options(properties));
        return (run.Output, run.Diagnostics.AddRange(run.Output.GetDiagnostics()));
    }

    /// <summary>A driver after one checked run, for tests that go on to edit its inputs and run it again.</summary>
    public static GeneratorDriver Start(Compilation compilation, ImmutableArray<AdditionalText> manifests, IReadOnlyDictionary<string, string>? properties = null) =>
        GeneratorRuns.Run(compilation, manifests, Options(properties)).Driver;

    public static CSharpCompilation CreateCompilation(string code, LanguageVersion languageVersion = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(languageVersion), path: "Program.cs") },
            ReferenceAssemblyPaths.Net80.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: nullable, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> manifests) =>
        manifests.Select(manifest => (AdditionalText)new InMemoryAdditionalText(manifest.Path, manifest.Text)).ToImmutableArray();

    private static TestOptionsProvider Options(IReadOnlyDictionary<string, string>? properties) =>
        new(properties ?? new Dictionary<string, string>());

    /// <summary>Every generated source in hint-name order, each after a <c>// hint: …</c> line.</summary>
    public static string GeneratedSource(GeneratorDriverRunResult result) => Shared.Golden.GeneratedSources(result.Results.Single());

    /// <summary>The one generated source of a manifest, by the manifest's project-relative path.</summary>
    public static string PodSource(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}

internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options options;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> properties) =>
        options = new Options(properties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

    public override AnalyzerConfigOptions GlobalOptions => options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
