using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PodAnalyzers.Benchmarks;

/// <summary>The manifests benchmarked: the shared corpus when present, otherwise synthetic ones.</summary>
internal static class Manifests
{
    public static IReadOnlyList<(string Path, string Text)> Corpus()
    {
        if (FindCorpus() is { } corpus)
        {
            return Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories)
                .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (path, File.ReadAllText(path)))
                .ToList();
        }

        return Enumerable.Range(0, 400).Select(i => ($"/k8s/m{i:D3}.yaml", Synthetic(i))).ToList();
    }

    /// <summary><paramref name="count"/> distinct manifests: the corpus cycled, each copy under its own path.</summary>
    public static IReadOnlyList<(string Path, string Text)> Take(int count)
    {
        // Spread over the whole corpus whatever the count, so that 100 and 1,000 have the same mix.
        var corpus = Corpus();
        return Enumerable.Range(0, count)
            .Select(i => corpus[count <= corpus.Count ? (int)((long)i * corpus.Count / count) : i % corpus.Count])
            .Select((manifest, i) => ($"/k8s/{i.ToString("D5", CultureInfo.InvariantCulture)}-{Path.GetFileName(manifest.Path)}", manifest.Text))
            .ToList();
    }

    /// <summary>A realistic manifest: a Deployment or a Pod with labels, containers, ports, env and volumes.</summary>
    public static string Synthetic(int i)
    {
        var name = "service-" + i.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        if (i % 2 == 0)
        {
            text.Append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").Append(name).Append("\n  labels:\n    app: ").Append(name)
                .Append("\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ").Append(name)
                .Append("\n  template:\n    metadata:\n      labels:\n        app: ").Append(name).Append("\n        tier: backend\n      annotations:\n        prometheus.io/scrape: \"true\"\n    spec:\n");
            AppendSpec(text, name, "      ");
        }
        else
        {
            text.Append("apiVersion: v1\nkind: Pod\nmetadata:\n  name: ").Append(name).Append("\n  namespace: apps\n  labels:\n    app: ").Append(name)
                .Append("\n    app.kubernetes.io/part-of: shop\nspec:\n");
            AppendSpec(text, name, "  ");
        }

        return text.ToString();
    }

    private static void AppendSpec(StringBuilder text, string name, string indent)
    {
        text.Append(indent).Append("nodeSelector:\n").Append(indent).Append("  kubernetes.io/os: linux\n")
            .Append(indent).Append("containers:\n")
            .Append(indent).Append("- name: app\n")
            .Append(indent).Append("  image: registry.example.com/").Append(name).Append(":1.4.2\n")
            .Append(indent).Append("  ports:\n")
            .Append(indent).Append("  - name: http\n").Append(indent).Append("    containerPort: 8080\n")
            .Append(indent).Append("  - name: metrics\n").Append(indent).Append("    containerPort: 9090\n")
            .Append(indent).Append("  env:\n")
            .Append(indent).Append("  - name: ASPNETCORE_URLS\n").Append(indent).Append("    value: http://+:8080\n")
            .Append(indent).Append("  - name: LOG_LEVEL\n").Append(indent).Append("    value: info\n")
            .Append(indent).Append("  volumeMounts:\n")
            .Append(indent).Append("  - name: config\n").Append(indent).Append("    mountPath: /etc/app\n")
            .Append(indent).Append("- name: sidecar\n")
            .Append(indent).Append("  image: envoyproxy/envoy:v1.30.1\n")
            .Append(indent).Append("  ports:\n").Append(indent).Append("  - containerPort: 15001\n")
            .Append(indent).Append("volumes:\n")
            .Append(indent).Append("- name: config\n").Append(indent).Append("  configMap:\n").Append(indent).Append("    name: ").Append(name).Append("-config\n");
    }

    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PodAnalyzers.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                return File.Exists(Path.Combine(corpus, "index.tsv")) ? corpus : null;
            }
        }

        return null;
    }
}
