using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>
/// The examples on each validation and scheduling rule's page do what the page says (links and
/// pages: RuleCatalogTests). Node documents in an example are its node inventory.
/// </summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> ValidationRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors.ManifestAnalyzerRules.Where(d => d.Category is RuleCategory.Validation or RuleCategory.Scheduling or RuleCategory.Decoding))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidationRuleIds))]
    public void The_bad_example_is_reported_and_the_good_one_is_not(string id)
    {
        var blocks = Regex.Matches(File.ReadAllText(PagePath(id)), "```yaml\n(.*?)```", RegexOptions.Singleline)
            .Select(match => match.Groups[1].Value)
            .ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Contains(id, RuleIdsOf(blocks[0]));
        Assert.DoesNotContain(id, RuleIdsOf(blocks[1]));
    }

    private static string PagePath(string id) => Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");

    private static string[] RuleIdsOf(string yaml)
    {
        var manifest = ManifestReader.Read("doc.yaml", yaml);
        return ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.From(new[] { manifest }))
            .Select(finding => finding.RuleId)
            .ToArray();
    }
}
