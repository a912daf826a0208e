using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace PodAnalyzers.Tests.Roslyn;

public sealed class ReadingDiagnosticsTests
{
    // Interpolated into the manifest, where a literal tab would not be seen.
    private const string Tab = "\t";

    [Fact]
    public Task Malformed_yaml_is_reported_where_the_parser_stopped() =>
        VerifyAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels: [a, b
            {|#0:|}
            """,
            Diagnostic("POD0001").WithLocation(0)
                .WithMessage("While parsing a flow sequence, did not find expected ',' or ']'."));

    [Fact]
    public Task A_tab_used_for_indentation_is_malformed_yaml() =>
        VerifyAsync(
            $$"""
            apiVersion: v1
            kind: Pod
            metadata:
            {|#0:{{Tab}}|}name: web

            """,
            Diagnostic("POD0001").WithLocation(0)
                .WithMessage("While scanning a mapping, found invalid tab as indentation."));

    [Fact]
    public Task Containers_written_as_a_mapping_is_a_wrong_shape() =>
        VerifyAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                {|#0:name: web
                image: nginx
            |}
            """,
            Diagnostic("POD0002").WithLocation(0)
                .WithMessage("spec.containers: expected a list, found a mapping"));

    [Fact]
    public Task A_boolean_label_value_is_a_wrong_shape_with_a_hint_to_quote_it() =>
        VerifyAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              nodeSelector:
                gpu: {|#0:yes|}
              containers: []

            """,
            Diagnostic("POD0002").WithLocation(0)
                .WithMessage("spec.nodeSelector[gpu]: expected a string, found a boolean (yes); quote it (\"yes\") so that YAML reads it as a string"));

    [Fact]
    public Task A_node_selector_written_as_a_list_is_a_wrong_shape() =>
        VerifyAsync(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector: {matchExpressions: [{key: app, operator: DoesNotExist}]}
              template:
                spec:
                  nodeSelector: {|#0:[disk]|}

            """,
            Diagnostic("POD0002").WithLocation(0)
                .WithMessage("spec.template.spec.nodeSelector: expected a mapping, found a list"));

    [Fact]
    public Task A_helm_template_is_skipped_with_an_info() =>
        VerifyAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: {|#0:{{ .Values.name }}|}

            """,
            Diagnostic("POD0003").WithLocation(0)
                .WithMessage("'/k8s/pod.yaml' is a template, not YAML (it contains the template action '{{ .Values.name }}'): it was skipped; check the rendered output instead"));

    [Fact]
    public Task Template_text_inside_an_ordinary_value_is_not_a_helm_template() =>
        VerifyAsync("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: alerts
            data:
              rule: "{{ $labels.instance }} is down"

            """);

    [Fact]
    public Task Yaml_that_is_not_kubernetes_is_ignored() =>
        VerifyAsync("""
            name: build
            on:
              push:
                branches: [main]
            jobs:
              build:
                containers: 3

            """);

    [Fact]
    public Task Other_kinds_are_ignored_even_when_their_fields_look_wrong() =>
        VerifyAsync("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: web
            spec:
              containers: {a: 1}

            """);

    [Fact]
    public Task Pods_whose_names_map_to_one_identifier_get_an_info_on_the_later_one() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/a.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: {|#1:web-api|}
                spec:
                  containers: []

                """)
            .WithManifest("/k8s/b.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: {|#0:web.api|}
                spec:
                  containers: []

                """)
            .Expect(Diagnostic("POD0004").WithLocation(0).WithLocation(1)
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

    [Theory]
    [InlineData("PodAnalyzersIncludeAppSettings", "the project's appsettings*.json files are read")]
    [InlineData("PodAnalyzersIncludeDockerfile", "the project's Dockerfile is read")]
    public Task An_include_switch_that_is_not_a_boolean_is_reported(string property, string what) =>
        new ManifestAnalyzerTest()
            .WithProperty(property, "maybe")
            .Expect(Diagnostic("POD0006").WithMessage($"{property} 'maybe' is neither true nor false; {what}, as with true"))
            .RunAsync();

    [Fact]
    public Task A_container_setting_that_names_no_container_is_reported() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers: [{name: api, image: inventory-api}]

                """)
            .WithProperty("PodAnalyzersContainer", "inventory/worker")
            .Expect(Diagnostic("POD0006").WithMessage("PodAnalyzersContainer 'inventory/worker' names no container of the project's pod sources (the project's containers are 'inventory/api'); the rules comparing code with the manifests (POD2020-POD2026) stay silent"))
            .RunAsync();

    [Theory]
    [InlineData("inventory/api")]
    [InlineData("api")]
    public Task A_container_setting_that_names_a_container_is_not_reported(string setting) =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers: [{name: api, image: inventory-api}]

                """)
            .WithProperty("PodAnalyzersContainer", setting)
            .RunAsync();

    [Fact]
    public Task A_file_listed_twice_is_reported_once()
    {
        // The same text each time; markup keys must be unique across files, so each listing marks the span under its own key.
        static string Listing(int key) => $$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers: {|#{{key}}:{}|}

            """;

        return new ManifestAnalyzerTest()
            .WithManifest("/k8s/pod.yaml", Listing(0))
            .WithManifest("/k8s/pod.yaml", Listing(1))
            .Expect(Diagnostic("POD0002").WithLocation(0).WithMessage("spec.containers: expected a list, found a mapping"))
            .RunAsync();
    }
}
