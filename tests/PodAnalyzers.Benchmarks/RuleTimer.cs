using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// <c>rules</c> mode: each rule class's <c>Check</c> alone over every pod source of the corpus (read
/// once), best of <c>rounds</c>, with what one pass allocates: which rules the per-document budget goes to. One rule by name
/// (<c>rules EnumRules 600</c>) gives a long enough run to trace.
/// </summary>
internal static class RuleTimer
{
    public static void Run(string? only, int rounds)
    {
        var pods = Manifests.Corpus().SelectMany(manifest => ManifestReader.Read(manifest.Path, manifest.Text).PodSources).ToList();
        var version = KubernetesVersion.Default;
        var checks = typeof(PodRules).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(PodRules).Namespace && (only is null || type.Name == only))
            .Select(type => type.GetMethod("Check", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(PodSource), typeof(RuleContext) }, null))
            .Where(method => method is not null)
            .Select(method => (Name: method!.DeclaringType!.Name, Check: method.CreateDelegate<Action<PodSource, RuleContext>>()))
            .OrderBy(check => check.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var (name, check) in checks)
        {
            var best = double.MaxValue;
            var allocated = 0L;
            for (var round = 0; round < rounds; round++)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                foreach (var pod in pods)
                {
                    check(pod, new RuleContext(version));
                }

                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {best,8:F3} ms {allocated / 1024.0,8:F1} KB ({pods.Count} pod sources)"));
        }
    }
}
