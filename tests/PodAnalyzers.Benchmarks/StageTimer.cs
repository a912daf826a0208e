using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// <c>stages</c> mode: a quick, noise-resistant breakdown (best of N rounds) of the per-document
/// benchmarks, for profiling on a busy machine before a full BenchmarkDotNet run.
/// </summary>
internal static class StageTimer
{
    public static void Scaling(int rounds)
    {
        foreach (var count in new[] { 100, 1000 })
        {
            var manifests = Manifests.Take(count);
            var models = new System.Collections.Generic.List<PodAnalyzers.Generation.ManifestModel>();
            var read = Best(rounds, () =>
            {
                models.Clear();
                foreach (var (path, text) in manifests)
                {
                    var manifest = PodAnalyzers.Manifests.ManifestReader.Read(path, text);
                    _ = PodAnalyzers.Findings.ManifestFindings.Of(manifest, PodAnalyzers.Kubernetes.KubernetesVersion.Default).Count();
                    models.Add(PodAnalyzers.Generation.PodModelBuilder.Build(manifest));
                }
            });
            var pods = models.Sum(model => model.Pods.Count);
            var length = 0;
            var emit = Best(rounds, () => length = Pipeline.Emit(models, new PodAnalyzers.Generation.ManifestPaths("/k8s")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,5} manifests ({pods} pods): read+rules+model {read,8:F2} ms, emit {emit,8:F2} ms ({length} chars)"));
        }
    }

    private static double Best(int rounds, Action action) => Enumerable.Range(0, rounds).Select(_ =>
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }).Min();

    public static void Run(int rounds)
    {
        var benchmarks = new PerDocumentBenchmarks();
        benchmarks.Setup();
        var documents = Manifests.Corpus().Count;
        var stages = new (string Name, Func<int> Action)[]
        {
            ("YamlDotNet Parser events (floor)", benchmarks.BareParse),
            ("YamlReader (positioned nodes)", benchmarks.YamlTree),
            ("read -> model", benchmarks.Read),
            ("read -> model -> all rules", benchmarks.ReadAndRules),
            ("read -> model -> all rules -> emit", benchmarks.FullPipeline),
        };
        double? floor = null;
        foreach (var (name, action) in stages)
        {
            var best = Enumerable.Range(0, rounds).Select(_ =>
            {
                var stopwatch = Stopwatch.StartNew();
                action();
                return stopwatch.Elapsed.TotalMilliseconds;
            }).Min();
            floor ??= best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {best,8:F2} ms per corpus ({documents} files)  {best * 1000 / documents,7:F1} us per file  {best / floor,5:F2}x"));
        }
    }
}
