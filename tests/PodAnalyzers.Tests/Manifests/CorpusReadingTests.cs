using System.IO;
using System.Linq;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Manifests;

public sealed class CorpusReadingTests
{
    [CorpusFact]
    public void Every_indexed_pod_source_is_found_with_its_kind_and_name()
    {
        var expected = Corpus.Index()
            .Select(row => $"{row.Path}#{row.Kind}#{row.Name}")
            .OrderBy(x => x, System.StringComparer.Ordinal)
            .ToList();

        var actual = Corpus.YamlFiles()
            .SelectMany(path => ManifestReader.Read(Corpus.RelativePath(path), File.ReadAllText(path)).PodSources)
            .Select(pod => $"{pod.FilePath}#{pod.Kind}#{pod.Metadata.Name?.Value ?? string.Empty}")
            .OrderBy(x => x, System.StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, actual);
    }

    [CorpusFact]
    public void Only_the_files_listed_as_parse_failures_are_malformed()
    {
        var malformed = Corpus.YamlFiles()
            .Select(path => ManifestReader.Read(Corpus.RelativePath(path), File.ReadAllText(path)))
            .Where(file => file.Findings.Any(finding => finding.RuleId == Rule.MalformedYaml.Id))
            .Select(file => file.Path)
            .ToHashSet();

        Assert.Equal(Corpus.ParseFailures().OrderBy(x => x), malformed.OrderBy(x => x));
    }
}
