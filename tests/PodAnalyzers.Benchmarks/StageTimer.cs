using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// <c>stages</c> mode: a quick, noise-resistant breakdown (best of N interleaved rounds) of the
/// per-document benchmarks, for profiling on a busy machine before a full BenchmarkDotNet run.
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
        // Rounds interleave the stages, so a slow spell of a shared machine hits all of them alike.
        var best = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < stages.Length; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                stages[i].Action();
                best[i] = Math.Min(best[i], stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stages[i].Name,-40} {best[i],8:F2} ms per corpus ({documents} files)  {best[i] * 1000 / documents,7:F1} us per file  {best[i] / best[0],5:F2}x"));
        }
    }
}
