using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Generation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Yaml;
using YamlDotNet.Core;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// Per document: the floor (YamlDotNet's event parser over the text, nothing else) against each
/// stage of PodAnalyzers' pipeline, over every manifest of the corpus; times are per file.
/// </summary>
[MemoryDiagnoser]
public class PerDocumentBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> manifests = null!;

    [GlobalSetup]
    public void Setup() => manifests = Manifests.Corpus();

    [Benchmark(Baseline = true, Description = "YamlDotNet Parser events (floor)")]
    public int BareParse()
    {
        var events = 0;
        foreach (var (_, text) in manifests)
        {
            try
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                    events++;
                }
            }
            catch (YamlException)
            {
                events++;
            }
        }

        return events / manifests.Count;
    }

    [Benchmark(Description = "YamlReader (positioned nodes)")]
    public int YamlTree()
    {
        var documents = 0;
        foreach (var (_, text) in manifests)
        {
            documents += YamlReader.Read(text).Documents.Count;
        }

        return documents;
    }

    [Benchmark(Description = "read -> model")]
    public int Read()
    {
        var pods = 0;
        foreach (var (path, text) in manifests)
        {
            pods += ManifestReader.Read(path, text).PodSources.Count;
        }

        return pods;
    }

    [Benchmark(Description = "read -> model -> all rules")]
    public int ReadAndRules()
    {
        var findings = 0;
        foreach (var (path, text) in manifests)
        {
            findings += ManifestFindings.Of(ManifestReader.Read(path, text), KubernetesVersion.Default, NodeInventory.Empty).Count();
        }

        return findings;
    }

    [Benchmark(Description = "read -> model -> all rules -> emit")]
    public int FullPipeline() => Pipeline.Run(manifests);
}

/// <summary>The whole pipeline over 100 and 1,000 manifests: the cost should grow linearly.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> manifests = null!;

    [Params(100, 1000)]
    public int Manifests { get; set; }

    [GlobalSetup]
    public void Setup() => manifests = Benchmarks.Manifests.Take(Manifests);

    [Benchmark(Description = "read -> model -> all rules -> emit")]
    public int FullPipeline() => Pipeline.Run(manifests);
}

internal static class Pipeline
{
    /// <summary>What a build does per file (analyzer: findings; generator: model, then its source).</summary>
    public static int Run(IReadOnlyList<(string Path, string Text)> manifests)
    {
        var findings = 0;
        var models = new List<ManifestModel>(manifests.Count);
        foreach (var (path, text) in manifests)
        {
            var manifest = ManifestReader.Read(path, text);
            findings += ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty).Count();
            models.Add(PodModelBuilder.Build(manifest));
        }

        return findings + Emit(models, new ManifestPaths("/k8s"));
    }

    /// <summary>The generator's output: the plan over all manifests, then one source per manifest. Returns its length in characters.</summary>
    public static int Emit(IEnumerable<ManifestModel> models, ManifestPaths paths)
    {
        var length = PodsEmitter.EmitRoot("PodManifests").Length;
        foreach (var file in GenerationPlan.Create(models, paths).PodFiles)
        {
            length += PodsEmitter.Emit(file, "PodManifests").Length;
        }

        return length;
    }
}
