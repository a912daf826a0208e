using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// <c>stages</c> mode: a quick, noise-resistant breakdown (best and median of N interleaved rounds)
/// of the per-document benchmarks, for a busy machine where BenchmarkDotNet's means drift.
/// </summary>
internal static class StageTimer
{
    public static void Scaling(int rounds)
    {
        var sizes = new[] { 100, 1000 };
        var sets = sizes.Select(Manifests.Take).ToArray();
        var best = Interleave(rounds, sets.Select(set => (Func<int>)(() => Pipeline.Run(set))).ToArray())
            .Select(times => times.Min())
            .ToArray();
        for (var i = 0; i < sizes.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sizes[i],5} manifests: read -> rules -> model -> emit {best[i],8:F2} ms, {best[i] * 1000 / sizes[i],6:F1} us per manifest, {best[i] / best[0] * sizes[0] / sizes[i],5:F2}x the cost per manifest of {sizes[0]}"));
        }
    }

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
        // The best round is the cost without interference; the median includes the garbage
        // collections a stage causes, as a steady stream of documents would.
        var times = Interleave(rounds, stages.Select(stage => stage.Action).ToArray());
        var best = times.Select(stage => stage.Min()).ToArray();
        var median = times.Select(stage => stage.OrderBy(time => time).ElementAt(stage.Count / 2)).ToArray();
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stages[i].Name,-40} best {best[i],7:F2} ms {best[i] / best[0],5:F2}x   median {median[i],7:F2} ms {median[i] / median[0],5:F2}x   ({documents} files)"));
        }
    }

    /// <summary>
    /// Times every action once per round, round after round, so a slow spell of a shared machine
    /// hits all of them alike. Returns each action's times in milliseconds.
    /// </summary>
    private static List<double>[] Interleave(int rounds, Func<int>[] actions)
    {
        var times = actions.Select(_ => new List<double>(rounds)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                actions[i]();
                times[i].Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }
}
