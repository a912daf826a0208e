using System.Linq;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Yaml;

/// <summary>A block scalar whose first lines hold only spaces is read as libyaml and kubectl read it (YamlDotNet refuses it).</summary>
public sealed class BlankBlockScalarLinesTests
{
    // As in istio's samples/addons/loki.yaml: "config.yaml: |" followed by a line of four spaces.
    private const string ConfigMapThenPod =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loki\ndata:\n  config.yaml: |\n    \n    auth_enabled: false\n    server: {}\n"
        + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeSelecter: {a: b}\n  containers:\n  - name: app\n    image: nginx\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void The_scalar_has_libyamls_value_and_the_documents_after_it_are_read(string newline)
    {
        var stream = YamlReader.Read(ConfigMapThenPod.Replace("\n", newline, System.StringComparison.Ordinal));

        Assert.Null(stream.Error);
        Assert.Equal(2, stream.Documents.Count);
        var data = (YamlMapping)((YamlMapping)stream.Documents[0].Root!).Find("data")!.Value;
        Assert.Equal("\nauth_enabled: false\nserver: {}\n", ((YamlScalar)data.Find("config.yaml")!.Value).Value);
    }

    [Fact]
    public void Positions_after_the_scalar_are_those_of_the_file()
    {
        var findings = ManifestFindings.Of(ManifestReader.Read("loki.yaml", ConfigMapThenPod), KubernetesVersion.Default, NodeInventory.Empty);

        var finding = Assert.Single(findings);
        Assert.Equal(("POD0010", 16, 3), (finding.RuleId, finding.Span.Line, finding.Span.Column));
        Assert.Equal("nodeSelecter", ConfigMapThenPod.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void Comments_after_the_scalar_are_read_so_suppressions_there_work()
    {
        var text = ConfigMapThenPod.Replace("  nodeSelecter", "  # podanalyzers:disable-next-line POD0010\n  nodeSelecter", System.StringComparison.Ordinal);

        Assert.Empty(ManifestFindings.Of(ManifestReader.Read("loki.yaml", text), KubernetesVersion.Default, NodeInventory.Empty));
        Assert.Contains(YamlReader.ReadComments(text), comment => comment.Text.Contains("disable-next-line", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_first_line_deeper_than_the_content_stays_a_syntax_error_as_in_libyaml()
    {
        var stream = YamlReader.Read("data:\n  config: |\n        \n    x\n");

        Assert.NotNull(stream.Error);
        Assert.Contains("extra spaces in first line", stream.Error!.Message, System.StringComparison.Ordinal);
    }
}
