using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>The real manifests of ../shared/corpus and what its index says they hold.</summary>
internal static class Corpus
{
    public static IReadOnlyList<string> YamlFiles() =>
        Directory.EnumerateFiles(TestPaths.CorpusDirectory, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    public static string RelativePath(string path) =>
        Path.GetRelativePath(TestPaths.CorpusDirectory, path).Replace('\\', '/');

    /// <summary>Rows of index.tsv: (path, document index, kind, name).</summary>
    public static IReadOnlyList<(string Path, int DocumentIndex, string Kind, string Name)> Index() =>
        File.ReadAllLines(Path.Combine(TestPaths.CorpusDirectory, "index.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2], cells[3]))
            .ToList();

    /// <summary>Files that the corpus README says do not parse as YAML.</summary>
    public static IReadOnlySet<string> ParseFailures() =>
        File.ReadAllLines(Path.Combine(TestPaths.CorpusDirectory, "parse_failures.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t')[0])
            .ToHashSet(StringComparer.Ordinal);
}
