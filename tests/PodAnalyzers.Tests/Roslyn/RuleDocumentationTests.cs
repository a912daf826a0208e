using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>The examples on each validation rule's page do what the page says (links and pages: RuleCatalogTests).</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> ValidationRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in ManifestDescriptors.All.Where(d => d.Category == RuleCategories.Validation))
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

    private static string[] RuleIdsOf(string yaml) =>
        ManifestReader.Read("doc.yaml", yaml).PodSources
            .SelectMany(pod => PodRules.Evaluate(pod, KubernetesVersion.Default))
            .Select(finding => finding.RuleId)
            .ToArray();
}
