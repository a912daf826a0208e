using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1081 (quantities and resource names) and POD1082 (requests against limits, hugepages).</summary>
public sealed class ResourceRulesTests
{
    private const string FormatWrong = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    private const string Path = "spec.containers[0].resources";

    /// <summary>A Pod whose container's <c>resources:</c> is line 9; <paramref name="lines"/> follow from line 10, indented six spaces.</summary>
    private static string Resources(params string[] lines) =>
        Pod("    resources:\n" + string.Concat(System.Array.ConvertAll(lines, line => "      " + line + "\n")));

    /// <summary>The same container in a Deployment's template: <c>resources:</c> is line 14.</summary>
    private static string Template(params string[] lines) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: app\n        image: nginx\n        resources:\n"
        + string.Concat(System.Array.ConvertAll(lines, line => "          " + line + "\n"));

    [Fact]
    public void Valid_quantities_in_every_spelling_are_silent() =>
        Assert.Empty(Run(Resources(
            "requests: {cpu: .5, memory: 1e9, ephemeral-storage: \" 1Gi \", example.com/gpu: 2, hugepages-2Mi: 4Mi}",
            "limits: {cpu: \"+1\", memory: 1Gi, example.com/gpu: \"2\", hugepages-2Mi: 4Mi, kubernetes.io/custom: 1.5}")));

    [Fact]
    public void A_quantity_that_does_not_parse_fails_decoding() =>
        Assert.Equal(
            new[]
            {
                "POD1081 (10,24): Pod in version \"v1\" cannot be handled as a Pod: " + FormatWrong,
                "POD1081 (11,26): Pod in version \"v1\" cannot be handled as a Pod: unable to parse quantity's suffix",
            },
            Run(Resources("limits: {memory: 512MB}", "requests: {memory: 32MMi}")));

    [Fact]
    public void A_workload_names_its_kind_and_version_in_the_decoding_error() =>
        Assert.Equal(
            new[] { "POD1081 (16,25): Deployment in version \"v1\" cannot be handled as a Deployment: " + FormatWrong },
            Run(Template("limits: {cpu: 1 core}")));

    [Fact]
    public void A_negative_quantity_is_invalid_and_a_pod_repeats_it_for_the_defaulted_request() =>
        Assert.Equal(
            new[]
            {
                $"POD1081 (10,21): {Path}.limits[cpu]: Invalid value: \"-1\": must be greater than or equal to 0",
                $"POD1081 (10,21): {Path}.requests[cpu]: Invalid value: \"-1\": must be greater than or equal to 0",
            },
            Run(Resources("limits: {cpu: -1}")));

    [Fact]
    public void A_template_has_no_defaulted_request() =>
        Assert.Equal(
            new[] { "POD1081 (16,28): spec.template.spec.containers[0].resources.limits[memory]: Invalid value: \"-128Mi\": must be greater than or equal to 0" },
            Run(Template("limits: {memory: -128Mi}")));

    [Fact]
    public void A_request_above_its_limit_is_reported_on_the_request() =>
        Assert.Equal(
            new[] { $"POD1082 (10,23): {Path}.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 500m" },
            Run(Resources("requests: {cpu: 2}", "limits: {cpu: 500m}")));

    [Fact]
    public void Requests_and_limits_compare_exactly()
    {
        Assert.Equal(
            new[] { $"POD1082 (10,23): {Path}.requests: Invalid value: \"1.000000001\": must be less than or equal to cpu limit of 1" },
            Run(Resources("requests: {cpu: 1.000000001}", "limits: {cpu: 1}")));
        Assert.Equal(
            new[] { $"POD1082 (10,26): {Path}.requests: Invalid value: \"1Gi\": must be less than or equal to memory limit of 1073741823" },
            Run(Resources("requests: {memory: 1Gi}", "limits: {memory: 1073741823}")));
        Assert.Empty(Run(Resources("requests: {memory: 1Gi, cpu: 1000m}", "limits: {memory: 1073741824, cpu: 1}")));
    }

    [Fact]
    public void An_extended_resource_must_request_exactly_its_limit()
    {
        Assert.Equal(
            new[] { $"POD1082 (10,35): {Path}.requests: Invalid value: \"1\": must be equal to example.com/gpu limit of 2" },
            Run(Resources("requests: {example.com/gpu: 1}", "limits: {example.com/gpu: 2}")));
        Assert.Equal(
            new[] { $"POD1082 (10,35): {Path}.limits: Required value: Limit must be set for non overcommitable resources" },
            Run(Resources("requests: {example.com/gpu: 1}")));
        Assert.Empty(Run(Template("limits: {example.com/gpu: 1}")));
    }

    [Theory]
    [InlineData(36, "\"500m\"")]
    [InlineData(33, "resource.Quantity{i:resource.int64Amount{value:5, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:\"\", Format:\"DecimalSI\"}")]
    public void An_extended_resource_must_be_a_whole_number(int minor, string printed) =>
        Assert.Equal(
            new[] { $"POD1081 (16,37): spec.template.spec.containers[0].resources.limits[example.com/gpu]: Invalid value: {printed}: must be an integer" },
            Run(Template("limits: {example.com/gpu: 0.5}"), minor));

    [Fact]
    public void Resource_names_outside_the_standard_ones_need_a_domain() =>
        Assert.Equal(
            new[]
            {
                "POD1081 (16,20): spec.template.spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource type or fully qualified",
                "POD1081 (16,20): spec.template.spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource for containers",
                "POD1081 (16,28): spec.template.spec.containers[0].resources.limits[requests.cpu]: Invalid value: \"requests.cpu\": must be a standard resource for containers",
            },
            Run(Template("limits: {gpu: 1, requests.cpu: 1}")));

    [Fact]
    public void Hugepages_must_be_page_multiples_beside_cpu_or_memory()
    {
        Assert.Equal(
            new[] { "POD1082 (16,35): spec.template.spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value: \"3Mi\": 3Mi is not positive integer multiple of hugepages-2Mi" },
            Run(Template("limits: {hugepages-2Mi: 3Mi, memory: 1Gi}")));
        Assert.Equal(
            new[] { "POD1082 (16,35): spec.template.spec.containers[0].resources: Forbidden: HugePages require cpu or memory" },
            Run(Template("limits: {hugepages-2Mi: 4Mi}")));
        Assert.Equal(
            new[] { "POD1082 (17,37): spec.template.spec.containers[0].resources.requests: Invalid value: \"2Mi\": must be equal to hugepages-2Mi limit of 4Mi" },
            Run(Template("limits: {hugepages-2Mi: 4Mi, cpu: 1}", "requests: {hugepages-2Mi: 2Mi}")));
    }

    [Fact]
    public void A_negative_empty_dir_size_limit_is_forbidden() =>
        Assert.Equal(
            new[] { "POD1081 (11,27): spec.volumes[0].emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity" },
            Run(Pod("  volumes:\n  - name: scratch\n    emptyDir: {sizeLimit: -1Gi}\n")));

    [Fact]
    public void The_overhead_is_validated_as_limits() =>
        Assert.Equal(
            new[] { "POD1081 (10,10): spec.overhead.limits[cpu]: Invalid value: \"-250m\": must be greater than or equal to 0" },
            Run(Pod("  overhead:\n    cpu: -250m\n")));

    [Fact]
    public void Pod_level_resources_are_checked_from_1_34()
    {
        var pod = Pod("  resources:\n    requests: {cpu: 2, ephemeral-storage: 1Gi}\n    limits: {cpu: 1}\n");
        Assert.Equal(
            new[]
            {
                "POD1082 (10,21): spec.resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1",
                "POD1081 (10,24): spec.resources.requests[ephemeral-storage]: Unsupported value: \"ephemeral-storage\": supported values: \"cpu\", \"hugepages-\", \"memory\"",
            },
            Run(pod));
        Assert.Empty(Run(pod, 33));
    }

    [Fact]
    public void Init_containers_get_defaulted_requests_and_ephemeral_containers_do_not() =>
        Assert.Equal(
            new[]
            {
                "POD1081 (12,31): spec.initContainers[0].resources.limits[cpu]: Invalid value: \"-1\": must be greater than or equal to 0",
                "POD1081 (12,31): spec.initContainers[0].resources.requests[cpu]: Invalid value: \"-1\": must be greater than or equal to 0",
                "POD1081 (16,34): spec.ephemeralContainers[0].resources.limits[memory]: Invalid value: \"-1\": must be greater than or equal to 0",
            },
            Run(Pod(
                "  initContainers:\n  - name: init\n    image: busybox\n    resources: {limits: {cpu: -1}}\n"
                + "  ephemeralContainers:\n  - name: debug\n    image: busybox\n    resources: {limits: {memory: -1}}\n")));

    [Fact]
    public void An_api_version_the_server_does_not_serve_is_not_decoded() =>
        Assert.Empty(Run(Template("limits: {cpu: 1 core, memory: -1}").Replace("apps/v1", "extensions/v1beta1", System.StringComparison.Ordinal)));
}
