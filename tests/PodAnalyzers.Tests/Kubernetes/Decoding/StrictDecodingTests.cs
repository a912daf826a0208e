using System.Linq;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.Kubernetes.Decoding;

/// <summary>POD0002, POD0010, POD0011 and POD0013: strict decoding against the schema of the target version.</summary>
public sealed class StrictDecodingTests
{
    [Fact]
    public void The_issue_example_reports_each_misspelt_field_at_its_key_with_the_nearest_real_one()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: typos
              lables:
                app: web
            spec:
              nodeSelecter:
                disktype: ssd
              containers:
              - name: app
                image: nginx
                imagePullPolice: Always
            """;

        Assert.Equal(
            new[]
            {
                "POD0010 (5,3): strict decoding error: unknown field \"metadata.lables\"; did you mean \"labels\"?",
                "POD0010 (8,3): strict decoding error: unknown field \"spec.nodeSelecter\"; did you mean \"nodeSelector\"?",
                "POD0010 (13,5): strict decoding error: unknown field \"spec.containers[0].imagePullPolice\"; did you mean \"imagePullPolicy\"?",
            },
            Decode(yaml));
    }

    [Fact]
    public void A_field_written_in_another_case_is_unknown_and_the_right_case_is_suggested()
    {
        var findings = Decode(Pod("  NodeSelector: {disktype: ssd}\n"));

        Assert.Equal(new[] { "POD0010 (9,3): strict decoding error: unknown field \"spec.NodeSelector\"; did you mean \"nodeSelector\"?" }, findings);
    }

    [Fact]
    public void Keys_of_free_form_maps_are_never_unknown()
    {
        var yaml = Pod(
            "  nodeSelector: {anything.example.com/key: v}\n"
            + "  overhead: {cpu: 250m}\n",
            metadata: "  labels: {whatever: x}\n  annotations: {free: text}\n");

        Assert.Empty(Decode(yaml));
    }

    [Fact]
    public void A_field_of_a_later_minor_is_unknown_for_the_target_and_the_message_says_from_when()
    {
        var yaml = Pod("  resources: {limits: {cpu: \"1\"}}\n");

        Assert.Equal(
            new[] { "POD0010 (9,3): strict decoding error: unknown field \"spec.resources\"; \"resources\" exists from Kubernetes 1.32 (the target, PodAnalyzersKubernetesVersion, is 1.31)" },
            Decode(yaml, minor: 31));
        Assert.Empty(Decode(yaml, minor: 32));
    }

    [Fact]
    public void A_repeated_key_is_reported_at_the_second_occurrence_with_the_line_of_the_first()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, app: api}
                spec:
                  containers:
                  - name: app
                    image: nginx
            """;

        Assert.Equal(
            new[]
            {
                "POD0011 (9,3): spec.selector: mapping key \"selector\" already defined at line 6",
                "POD0011 (13,26): spec.template.metadata.labels[app]: mapping key \"app\" already defined at line 13",
            },
            Decode(yaml));
    }

    [Theory]
    [InlineData("  terminationGracePeriodSeconds: \"30\"\n", "POD0002 (9,34): spec.terminationGracePeriodSeconds: expected an integer, found a string (30); write the number without quotes")]
    [InlineData("  activeDeadlineSeconds: 1.5\n", "POD0002 (9,26): spec.activeDeadlineSeconds: expected an integer, found a number (1.5)")]
    [InlineData("  priority: 4294967296\n", "POD0002 (9,13): spec.priority: expected a 32-bit integer, found an integer (4294967296)")]
    [InlineData("  schedulerName: yes\n", "POD0002 (9,18): spec.schedulerName: expected a string, found a boolean (yes); quote it (\"yes\") so that YAML reads it as a string")]
    [InlineData("  enableServiceLinks: \"false\"\n", "POD0002 (9,23): spec.enableServiceLinks: expected a boolean, found a string (false); write true or false without quotes")]
    [InlineData("  tolerations: {key: a}\n", "POD0002 (9,16): spec.tolerations: expected a list, found a mapping")]
    [InlineData("  dnsConfig: [a]\n", "POD0002 (9,14): spec.dnsConfig: expected a mapping, found a list")]
    [InlineData("  schedulerName: [default]\n", "POD0002 (9,18): spec.schedulerName: expected a string, found a list")]
    [InlineData("  overhead: {cpu: [1]}\n", "POD0002 (9,19): spec.overhead[cpu]: expected a quantity (such as \"500m\" or \"1Gi\"), found a list")]
    public void A_value_of_the_wrong_type_is_reported_for_every_field_not_only_the_modelled_ones(string spec, string expected)
    {
        Assert.Equal(new[] { expected }, Decode(Pod(spec)));
    }

    [Theory]
    [InlineData("  overhead: {cpu: 1, memory: 0.5}\n")]
    [InlineData("  overhead: {cpu: \"250m\"}\n")]
    [InlineData("  activeDeadlineSeconds: 0x10\n")]
    [InlineData("  terminationGracePeriodSeconds: ~\n")]
    [InlineData("  tolerations:\n")]
    [InlineData("  priority: -2147483648\n")]
    public void Values_that_decode_are_not_reported(string spec)
    {
        Assert.Empty(Decode(Pod(spec)));
    }

    [Theory]
    [InlineData("8080")]
    [InlineData("http")]
    [InlineData("\"8080\"")]
    public void An_int_or_string_field_takes_an_integer_or_a_string(string port)
    {
        var yaml = Pod($"  readinessGates: []\n", containerExtra: $"    livenessProbe:\n      httpGet: {{port: {port}}}\n");

        Assert.Empty(Decode(yaml));
    }

    [Fact]
    public void An_int_or_string_field_refuses_a_boolean()
    {
        var yaml = Pod(string.Empty, containerExtra: "    livenessProbe:\n      httpGet: {port: true}\n");

        Assert.Equal(new[] { "POD0002 (10,23): spec.containers[0].livenessProbe.httpGet.port: expected an integer or a string, found a boolean (true); quote it (\"true\") so that YAML reads it as a string" }, Decode(yaml));
    }

    [Fact]
    public void A_wrong_type_the_model_reader_reports_is_reported_once()
    {
        var yaml = Pod(string.Empty, containerExtra: "    ports:\n    - containerPort: \"80\"\n");

        Assert.Equal(new[] { "POD0002 (10,22): spec.containers[0].ports[0].containerPort: expected an integer, found a string (80)" }, Decode(yaml));
    }

    [Fact]
    public void A_removed_api_version_is_reported_at_its_value_with_the_one_to_use()
    {
        const string yaml = """
            apiVersion: batch/v1beta1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedul: "0 3 * * *"
            """;

        Assert.Equal(
            new[] { "POD0013 (1,13): no matches for kind \"CronJob\" in version \"batch/v1beta1\": Kubernetes 1.36 serves it as apiVersion: batch/v1" },
            Decode(yaml));
    }

    [Fact]
    public void A_missing_api_version_is_reported_at_the_kind_and_the_object_is_still_decoded()
    {
        const string yaml = """
            apiVersoin: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: app
                image: nginx
            """;

        Assert.Equal(
            new[]
            {
                "POD0013 (2,7): apiVersion not set: kind \"Pod\" needs apiVersion: v1",
                "POD0010 (1,1): strict decoding error: unknown field \"apiVersoin\"; did you mean \"apiVersion\"?",
            },
            Decode(yaml));
    }

    [Theory]
    [InlineData("serving.knative.dev/v1", "Service")]
    [InlineData("example.com/v1", "Deployment")]
    [InlineData("v1", "ConfigMapTypo")]
    public void Objects_of_other_apis_are_not_decoded(string apiVersion, string kind)
    {
        var yaml = $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: x\nspec:\n  anything: [1, 2]\n";

        Assert.Empty(Decode(yaml));
    }

    [Fact]
    public void The_objects_of_a_list_are_decoded_each_with_its_own_path_and_node_inventories_are_not()
    {
        const string yaml = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata: {name: web}
              spec:
                ports: [{port: 80, targetPort: http}]
                selectr: {app: web}
            - apiVersion: v1
              kind: Node
              metadata: {name: node-1}
              spec: {futureField: true}
            """;

        Assert.Equal(new[] { "POD0010 (9,5): strict decoding error: unknown field \"spec.selectr\"; did you mean \"selector\"?" }, Decode(yaml));
    }

    [Fact]
    public void Merge_keys_are_applied_before_decoding_and_an_anchored_typo_is_reported_once()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - &base
                name: app
                imagePullPolice: Always
                image: nginx
              - <<: *base
                name: sidecar
            """;

        Assert.Equal(new[] { "POD0010 (9,5): strict decoding error: unknown field \"spec.containers[0].imagePullPolice\"; did you mean \"imagePullPolicy\"?" }, Decode(yaml));
    }

    [Fact]
    public void A_decoding_finding_is_suppressed_inside_the_yaml_like_a_manifest_rule()
    {
        var yaml = Pod("  # podanalyzers:disable-next-line POD0010 -- read by our own admission webhook\n  nodeSelecter: {disktype: ssd}\n");

        Assert.Empty(Decode(yaml));
    }

    private static string Pod(string spec, string metadata = "", string containerExtra = "") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n" + metadata + "spec:\n  containers:\n  - name: app\n    image: nginx\n" + containerExtra + spec;

    private static string[] Decode(string yaml, int minor = 36) =>
        ManifestFindings.Of(ManifestReader.Read("pod.yaml", yaml), new KubernetesVersion(minor), NodeInventory.Empty)
            .Where(finding => finding.RuleId is "POD0002" or "POD0010" or "POD0011" or "POD0013" or "POD0005")
            .Select(finding => $"{finding.RuleId} ({finding.Span.Line},{finding.Span.Column}): {finding.Message}")
            .ToArray();
}
