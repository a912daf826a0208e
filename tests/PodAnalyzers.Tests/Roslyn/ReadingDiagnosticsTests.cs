using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace PodAnalyzers.Tests.Roslyn;

public sealed class ReadingDiagnosticsTests
{
    [Fact]
    public Task Malformed_yaml_is_reported_where_the_parser_stopped() =>
        VerifyAsync(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: [a, b\n",
            Diagnostic("POD0001").WithSpan("/k8s/pod.yaml", 6, 1, 6, 1)
                .WithMessage("While parsing a flow sequence, did not find expected ',' or ']'."));

    [Fact]
    public Task A_tab_used_for_indentation_is_malformed_yaml() =>
        VerifyAsync(
            "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n",
            Diagnostic("POD0001").WithSpan("/k8s/pod.yaml", 4, 1, 4, 2)
                .WithMessage("While scanning a mapping, found invalid tab as indentation."));

    [Fact]
    public Task Containers_written_as_a_mapping_is_a_wrong_shape() =>
        VerifyAsync(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    name: web\n    image: nginx\n",
            Diagnostic("POD0002").WithSpan("/k8s/pod.yaml", 7, 5, 9, 1)
                .WithMessage("spec.containers: expected a list, found a mapping"));

    [Fact]
    public Task A_boolean_label_value_is_a_wrong_shape_with_a_hint_to_quote_it() =>
        VerifyAsync(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeSelector:\n    gpu: yes\n  containers: []\n",
            Diagnostic("POD0002").WithSpan("/k8s/pod.yaml", 7, 10, 7, 13)
                .WithMessage("spec.nodeSelector[gpu]: expected a string, found a boolean (yes); quote it (\"yes\") so that YAML reads it as a string"));

    [Fact]
    public Task A_node_selector_written_as_a_list_is_a_wrong_shape() =>
        VerifyAsync(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      nodeSelector: [disk]\n",
            Diagnostic("POD0002").WithSpan("/k8s/pod.yaml", 8, 21, 8, 27)
                .WithMessage("spec.template.spec.nodeSelector: expected a mapping, found a list"));

    [Fact]
    public Task A_helm_template_is_skipped_with_an_info() =>
        VerifyAsync(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n",
            Diagnostic("POD0003").WithSpan("/k8s/pod.yaml", 4, 9, 4, 27)
                .WithMessage("'/k8s/pod.yaml' is a template, not YAML (it contains the template action '{{ .Values.name }}'): it was skipped; check the rendered output instead"));

    [Fact]
    public Task Template_text_inside_an_ordinary_value_is_not_a_helm_template() =>
        VerifyAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\ndata:\n  rule: \"{{ $labels.instance }} is down\"\n");

    [Fact]
    public Task Yaml_that_is_not_kubernetes_is_ignored() =>
        VerifyAsync("name: build\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    containers: 3\n");

    [Fact]
    public Task Other_kinds_are_ignored_even_when_their_fields_look_wrong() =>
        VerifyAsync("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  containers: {a: 1}\n");

    [Fact]
    public Task Pods_whose_names_map_to_one_identifier_get_an_info_on_the_later_one() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/a.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-api\nspec:\n  containers: []\n")
            .WithManifest("/k8s/b.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web.api\nspec:\n  containers: []\n")
            .Expect(Diagnostic("POD0004").WithSpan("/k8s/b.yaml", 4, 9, 4, 16)
                .WithMessage("Pod 'web.api' (/k8s/b.yaml) and pod 'web-api' (/k8s/a.yaml) both map to Pods.WebApi; this one is generated as Pods.WebApi_2"))
            .RunAsync();

    [Fact]
    public Task An_unsupported_kubernetes_version_is_reported() =>
        new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersKubernetesVersion", "1.12")
            .Expect(Diagnostic("POD0006")
                .WithMessage("PodAnalyzersKubernetesVersion '1.12' is not a supported Kubernetes version (1.30 to 1.36); rules follow 1.36 instead"))
            .RunAsync();

    [Fact]
    public Task An_invalid_namespace_is_reported() =>
        new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersNamespace", "My-App")
            .Expect(Diagnostic("POD0006")
                .WithMessage("PodAnalyzersNamespace 'My-App' is not a valid C# namespace; the generated constants use 'PodManifests' instead"))
            .RunAsync();

    [Fact]
    public Task An_include_yaml_value_that_is_not_a_boolean_is_reported() =>
        new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersIncludeYaml", "maybe")
            .Expect(Diagnostic("POD0006")
                .WithMessage("PodAnalyzersIncludeYaml 'maybe' is neither true nor false; the project's YAML files are read, as with true"))
            .RunAsync();

    [Fact]
    public Task A_file_listed_twice_is_reported_once() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: {}\n")
            .WithManifest("/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: {}\n")
            .Expect(Diagnostic("POD0002").WithSpan("/k8s/pod.yaml", 6, 15, 6, 17).WithMessage("spec.containers: expected a list, found a mapping"))
            .RunAsync();
}
