using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Roslyn.KubernetesClient;
using PodAnalyzers.Roslyn.Manifests;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// <c>build-profile</c> mode: compiles the consumer written by <c>generate-consumer</c> in-process,
/// as csc does (the generator, then PodAnalyzers' analyzers), and prints where PodAnalyzers' time
/// goes: each generator step and each analyzer. Round 1 runs in a fresh process, so it includes
/// JIT compilation exactly like a command-line build (the SDK's default has no compiler server
/// when UseSharedCompilation=false); later rounds show the warm cost an IDE or server pays.
/// </summary>
internal static class BuildProfile
{
    public static void Run(string directory, int rounds, bool generatorOnly)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.None);
        var trees = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path)), parseOptions, path))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            ReferenceAssemblies(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var yamlPaths = Directory.GetFiles(Path.Combine(directory, "k8s"), "*.yaml").OrderBy(path => path, StringComparer.Ordinal).ToList();
        var options = new ProjectOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.ProjectDir"] = directory + Path.DirectorySeparatorChar,
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{trees.Count} C# files, {trees.Sum(tree => tree.GetText().Lines.Count)} lines; {yamlPaths.Count} manifests"));

        for (var round = 1; round <= rounds; round++)
        {
            // Fresh AdditionalText instances each round, as a new csc process would have.
            var additional = yamlPaths.Select(path => (AdditionalText)new FileText(path)).ToImmutableArray();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new PodConstantsGenerator().AsSourceGenerator()],
                additional,
                parseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var generatorWall = stopwatch.Elapsed.TotalMilliseconds;
            var generatorAllocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
            var generatorCollections = string.Join("/", Enumerable.Range(0, 3).Select(generation => GC.CollectionCount(generation) - collections[generation]));
            var result = driver.GetRunResult().Results[0];
            var generated = result.GeneratedSources.Sum(source => source.SourceText.Length);
            var steps = result.TrackedSteps
                .Select(step => (step.Key, Milliseconds: step.Value.Sum(run => run.ElapsedTime.TotalMilliseconds)))
                .Concat(result.TrackedOutputSteps.Select(step => (step.Key, Milliseconds: step.Value.Sum(run => run.ElapsedTime.TotalMilliseconds))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: generator {driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds:F0} ms (wall {generatorWall:F0} ms; {result.GeneratedSources.Length} sources, {generated} chars; {generatorAllocated:F1} MB allocated, GCs gen0/1/2 {generatorCollections})"));
            foreach (var (name, milliseconds) in steps)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    step {name,-28} {milliseconds,8:F1} ms"));
            }

            if (!generatorOnly)
            {
                AnalyzerTimes(output, additional, options);
            }

            Breakdown(yamlPaths, directory);
        }
    }

    /// <summary>
    /// <c>cold</c> mode: one stage, once, in a fresh process: what a command-line build pays,
    /// JIT compilation included. <paramref name="stage"/> is <c>floor</c> (YamlDotNet's bare
    /// parse) or <c>read</c> (manifest reading and the generator's model).
    /// </summary>
    public static void Cold(string directory, string stage)
    {
        var texts = Directory.GetFiles(Path.Combine(directory, "k8s"), "*.yaml").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path: path, Text: File.ReadAllText(path))).ToList();
        var stopwatch = Stopwatch.StartNew();
        var count = stage == "floor"
            ? texts.Sum(file => BareParse(file.Text))
            : texts.Sum(file => PodAnalyzers.Generation.PodModelBuilder.Build(PodAnalyzers.Manifests.ManifestReader.Read(file.Path, file.Text)).Pods.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold {stage}: {stopwatch.Elapsed.TotalMilliseconds:F1} ms ({texts.Count} files, {count})"));
    }

    /// <summary>The generator's work taken apart: file text, YAML (against the bare parse), manifest model, generator model, emitted C#, and the compiler parsing it.</summary>
    private static void Breakdown(IReadOnlyList<string> yamlPaths, string directory)
    {
        var texts = Stage("GetText", () => yamlPaths.Select(path => new FileText(path).GetText()).ToList());
        var strings = Stage("ToString", () => texts.Select(text => text.ToString()).ToList());
        Stage("YamlDotNet Parser (floor)", () => strings.Sum(BareParse));
        Stage("YamlReader", () => strings.Select(text => PodAnalyzers.Yaml.YamlReader.Read(text)).ToList());
        var files = Stage("ManifestReader (YAML included)", () => strings.Select((text, i) => PodAnalyzers.Manifests.ManifestReader.Read(yamlPaths[i], text)).ToList());
        var models = Stage("PodModelBuilder", () => files.Select(PodAnalyzers.Generation.PodModelBuilder.Build).ToList());
        var paths = new PodAnalyzers.Generation.ManifestPaths(directory);
        Stage("plan and emit", () => Pipeline.Emit(models, paths));
        var sources = PodAnalyzers.Generation.GenerationPlan.Create(models, paths).PodFiles
            .Select(file => PodAnalyzers.Generation.PodsEmitter.Emit(file, "Consumer"))
            .ToList();
        var parseOptions = CSharpParseOptions.Default.WithDocumentationMode(DocumentationMode.None);
        Stage("Roslyn parses the generated C#", () => sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions).GetRoot()).ToList());
    }

    private static int BareParse(string text)
    {
        var events = 0;
        var parser = new YamlDotNet.Core.Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    private static T Stage<T>(string name, Func<T> stage)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var result = stage();
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    apart: {name,-32} {elapsed,7:F1} ms {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6,7:F1} MB"));
        return result;
    }

    private static void AnalyzerTimes(Compilation compilation, ImmutableArray<AdditionalText> additional, AnalyzerConfigOptionsProvider options)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestAnalyzer(), new HostsFileWriteAnalyzer(), new KubernetesClientLiteralAnalyzer(), new ContainerReadAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional, options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        foreach (var analyzer in analyzers)
        {
            var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    analyzer {analyzer.GetType().Name,-34} {telemetry.ExecutionTime.TotalMilliseconds,8:F1} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    analyzers wall {wall:F0} ms, {diagnostics.Length} diagnostics"));
    }

    /// <summary>The reference assemblies of the running runtime's version, from the SDK's packs folder.</summary>
    private static IEnumerable<MetadataReference> ReferenceAssemblies()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.GetDirectories(packs).OrderBy(path => Version.Parse(Path.GetFileName(path).Split('-')[0])).Last();
        return Directory.GetFiles(Path.Combine(version, "ref", "net10.0"), "*.dll").Select(path => MetadataReference.CreateFromFile(path));
    }

    /// <summary>An AdditionalFile read from disk on first use, like the compiler's.</summary>
    private sealed class FileText(string path) : AdditionalText
    {
        private SourceText? text;

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (text is null)
            {
                using var stream = File.OpenRead(path);
                text = SourceText.From(stream);
            }

            return text;
        }
    }

    private sealed class ProjectOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options global = new(values);
        private static readonly Options Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
