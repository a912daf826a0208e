using System.Linq;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.Manifests;

/// <summary>A document written for envsubst-style substitution is skipped with POD0003, as a Helm template is.</summary>
public sealed class EnvsubstTemplateTests
{
    [Theory]
    [InlineData("metadata:\n  name: ${APP_NAME}\n", 4, 9)]
    [InlineData("metadata:\n  name: web\n  labels:\n    version: \"${VERSION}\"\n", 6, 14)]
    [InlineData("metadata:\n  name: web\nspec:\n  replicas: ${REPLICAS:-2}\n", 6, 13)]
    [InlineData("metadata:\n  name: web\nspec:\n  template:\n    spec:\n      hostNetwork: ${HOST_NETWORK}\n", 8, 20)]
    public void A_reference_used_as_a_name_label_number_or_boolean_skips_the_document(string body, int line, int column)
    {
        var manifest = ManifestReader.Read("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\n" + body + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: other\nspec:\n  containers: [{name: a, image: nginx}]\n");

        var finding = Assert.Single(ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty));
        Assert.Equal(("POD0003", line, column), (finding.RuleId, finding.Span.Line, finding.Span.Column));
        Assert.StartsWith("document 1 of 'deploy.yaml' is a template for envsubst, not a manifest (it uses '", finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "other" }, manifest.PodSources.Select(pod => pod.Metadata.Name!.Value));
    }

    [Fact]
    public void References_in_commands_args_and_env_values_are_shell_text()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: app
                image: registry.example.com/app:1.0
                command: ["sh", "-c", "exec app --zone=${ZONE}"]
                args:
                - ${EXTRA_ARGS}
                env:
                - name: ZONE
                  value: ${DEFAULT_ZONE}
                - name: "LEGACY_${SUFFIX}"
                  value: x
            """;

        var manifest = ManifestReader.Read("pod.yaml", yaml);

        Assert.Empty(ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty));
        Assert.Single(manifest.PodSources);
    }
}
