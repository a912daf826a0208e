using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PodAnalyzers.Tests.Kubernetes.Decoding;

/// <summary>
/// Strict decoding over ../shared/corpus finds exactly the upstream mistakes that
/// docs/corpus-findings.md lists, each with the reason the API server refuses it.
/// </summary>
public sealed class CorpusFindingsTests
{
    private static readonly string[] DecodingRules = { "POD0002", "POD0010", "POD0011", "POD0013" };

    private readonly ITestOutputHelper output;

    public CorpusFindingsTests(ITestOutputHelper output) => this.output = output;

    [CorpusFact]
    public void Strict_decoding_reports_exactly_the_listed_upstream_mistakes()
    {
        var actual = Corpus.YamlFiles()
            .Select(path => ManifestReader.Read(Corpus.RelativePath(path), File.ReadAllText(path)))
            .SelectMany(file => ManifestFindings.Of(file, KubernetesVersion.Default, NodeInventory.Empty)
                .Where(finding => DecodingRules.Contains(finding.RuleId))
                .Select(finding => $"{finding.RuleId} {file.Path} ({finding.Span.Line},{finding.Span.Column}): {finding.Message}"))
            .ToList();
        foreach (var line in actual)
        {
            output.WriteLine(line);
        }

        Assert.Equal(ListedFindings().OrderBy(x => x, System.StringComparer.Ordinal), actual.OrderBy(x => x, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Every_listed_finding_has_a_reason()
    {
        var rows = Rows().ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(row.Reason.Length > 20, row.Finding));
    }

    private static string[] ListedFindings() => Rows().Select(row => row.Finding).ToArray();

    private static (string Finding, string Reason)[] Rows() =>
        Regex.Matches(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "corpus-findings.md")), @"^\| `(POD0\d{3} [^`]+)` \| (.+) \|$", RegexOptions.Multiline)
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value))
            .Where(row => DecodingRules.Contains(row.Item1.Substring(0, 7)))
            .ToArray();
}
