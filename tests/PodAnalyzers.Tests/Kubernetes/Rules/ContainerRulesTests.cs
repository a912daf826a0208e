using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1041-POD1043, POD1050-POD1054, POD1060-POD1062, POD1070-POD1071: containers and what they use.</summary>
public sealed class ContainerRulesTests
{
    private static string Containers(string items, string rest = "") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n" + items + rest;

    [Fact]
    public void Container_names_are_dns_labels()
    {
        var longName = new string('c', 64);
        Assert.Equal(
            new[]
            {
                "POD1041 (7,11): spec.containers[0].name: Invalid value: \"App\": " + DnsLabelRegex,
                "POD1041 (9,11): spec.containers[1].name: Invalid value: \"web.app\": must not contain dots",
                $"POD1041 (11,11): spec.containers[2].name: Invalid value: \"{longName}\": must be no more than 63 characters",
            },
            Run(Containers($"  - name: App\n    image: nginx\n  - name: web.app\n    image: nginx\n  - name: {longName}\n    image: nginx\n")));
    }

    [Fact]
    public void A_container_without_name_or_image_is_reported_on_the_item() =>
        Assert.Equal(
            new[]
            {
                "POD1041 (7,5): spec.containers[0].name: Required value",
                "POD1043 (7,5): spec.containers[0].image: Required value",
                "POD1043 (9,12): spec.containers[1].image: Required value",
            },
            Run(Containers("  - command: [sh]\n  - name: b\n    image: \"\"\n")));

    [Fact]
    public void Duplicate_names_are_reported_on_the_later_container_across_lists() =>
        Assert.Equal(
            new[]
            {
                "POD1042 (9,11): spec.containers[1].name: Duplicate value: \"app\"",
                "POD1042 (12,11): spec.initContainers[0].name: Duplicate value: \"app\"",
                "POD1042 (15,11): spec.ephemeralContainers[0].name: Duplicate value: \"app\"",
            },
            Run(Containers("  - name: app\n    image: a\n  - name: app\n    image: b\n", "  initContainers:\n  - name: app\n    image: c\n  ephemeralContainers:\n  - name: app\n    image: d\n")));

    [Fact]
    public void An_image_with_surrounding_spaces_is_rejected_in_a_pod_only()
    {
        Assert.Equal(
            new[] { "POD1043 (8,12): spec.containers[0].image: Invalid value: \"nginx \": must not have leading or trailing whitespace" },
            Run(Containers("  - name: app\n    image: \"nginx \"\n")));
        Assert.Empty(Run("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: \"nginx \"\n  selector: {matchExpressions: [{key: app, operator: DoesNotExist}]}\n"));
    }

    [Fact]
    public void Port_numbers_protocol_and_names_are_checked_after_defaulting() =>
        Assert.Equal(
            new[]
            {
                "POD1050 (10,22): spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
                "POD1050 (11,17): spec.containers[0].ports[0].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive",
                "POD1050 (12,17): spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\"",
                "POD1051 (13,13): spec.containers[0].ports[1].name: Invalid value: \"Http\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                "POD1050 (13,7): spec.containers[0].ports[1].containerPort: Required value",
                "POD1051 (14,13): spec.containers[0].ports[2].name: Invalid value: \"very-long-port-name\": must be no more than 15 characters",
                "POD1052 (17,14): spec.containers[0].ports[4].name: Duplicate value: \"web\"",
            },
            Run(Containers("  - name: app\n    image: nginx\n    ports:\n    - containerPort: 70000\n      hostPort: -1\n      protocol: HTTP\n    - name: Http\n    - name: very-long-port-name\n      containerPort: 81\n    - {name: web, containerPort: 82}\n    - {name: web, containerPort: 83}\n")));

    [Fact]
    public void The_same_host_port_twice_is_an_error_and_the_same_container_port_a_warning() =>
        Assert.Equal(
            new[]
            {
                "POD1054 (14,37): spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\"",
                "POD1053 (14,23): spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]",
                "POD1053 (18,23): spec.containers[2].ports[0]: overlapping port definition with spec.containers[0].ports[0]",
                "POD1053 (18,23): spec.containers[2].ports[0]: overlapping port definition with spec.containers[1].ports[0]",
            },
            Run(Containers("  - name: a\n    image: nginx\n    ports:\n    - {containerPort: 80, hostPort: 8080}\n  - name: b\n    image: nginx\n    ports:\n    - {containerPort: 80, hostPort: 8080, protocol: TCP}\n  - name: c\n    image: nginx\n    ports:\n    - {containerPort: 80}\n")));

    [Fact]
    public void Udp_and_tcp_on_one_port_are_no_conflict() =>
        Assert.Empty(Run(Containers("  - name: dns\n    image: coredns\n    ports:\n    - {containerPort: 53, protocol: UDP}\n    - {containerPort: 53, protocol: TCP}\n")));

    [Fact]
    public void Host_network_defaults_the_host_port_of_a_pod_and_requires_it_to_match() =>
        Assert.Equal(
            new[]
            {
                "POD1054 (14,24): spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//80\"",
                "POD1054 (18,37): spec.containers[2].ports[0].hostPort: Invalid value: 9090: must match `containerPort` when `hostNetwork` is true",
                "POD1053 (14,24): spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]",
            },
            Run(Containers(
                "  - name: a\n    image: nginx\n    ports:\n    - {containerPort: 80}\n  - name: b\n    image: nginx\n    ports:\n    - containerPort: 80\n  - name: c\n    image: nginx\n    ports:\n    - {containerPort: 90, hostPort: 9090}\n",
                "  hostNetwork: true\n").Replace("    - containerPort: 80\n  - name: c", "    -   containerPort: 80\n  - name: c")));

    [Fact]
    public void A_host_ip_without_host_port_is_a_warning_with_the_servers_struct_dump() =>
        Assert.Equal(
            new[] { "POD1053 (10,46): spec.containers[0].ports[0]: hostIP set without hostPort: {Name:web HostPort:0 ContainerPort:80 Protocol:TCP HostIP:10.0.0.1}" },
            Run(Containers("  - name: app\n    image: nginx\n    ports:\n    - {name: web, containerPort: 80, hostIP: 10.0.0.1}\n")));

    [Fact]
    public void Volumes_are_named_uniquely_with_one_source_and_a_volume_with_an_error_is_not_declared() =>
        Assert.Equal(
            new[]
            {
                "POD1060 (14,11): spec.volumes[0].name: Invalid value: \"Data\": " + DnsLabelRegex,
                "POD1060 (17,5): spec.volumes[1].hostPath: Forbidden: may not specify more than 1 volume type",
                "POD1060 (20,11): spec.volumes[3].name: Duplicate value: \"cache\"",
                "POD1061 (10,14): spec.containers[0].volumeMounts[0].name: Not found: \"Data\"",
                "POD1061 (11,14): spec.containers[0].volumeMounts[1].name: Not found: \"multi\"",
            },
            Run(Containers(
                "  - name: app\n    image: nginx\n    volumeMounts:\n    - {name: Data, mountPath: /data}\n    - {name: multi, mountPath: /logs}\n    - {name: cache, mountPath: /cache}\n",
                "  volumes:\n  - name: Data\n  - name: multi\n    emptyDir: {}\n    hostPath: {path: /tmp}\n  - name: cache\n    emptyDir: {}\n  - name: cache\n    emptyDir: {}\n")));

    [Fact]
    public void A_volume_without_source_is_an_empty_dir() =>
        Assert.Empty(Run(Containers("  - name: app\n    image: nginx\n    volumeMounts:\n    - {name: data, mountPath: /data}\n", "  volumes:\n  - name: data\n")));

    [Fact]
    public void The_servers_own_spelling_of_a_second_downward_api_source_is_kept() =>
        Assert.Equal(
            new[] { "POD1060 (11,5): spec.volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type" },
            Run(Pod("  volumes:\n  - name: info\n    downwardAPI: {}\n    configMap: {name: x}\n").Replace("    downwardAPI: {}\n    configMap: {name: x}\n", "    downwardAPI: {}\n    emptyDir: {}\n")));

    [Fact]
    public void Mount_paths_are_unique_per_container_and_sub_paths_exclusive() =>
        Assert.Equal(
            new[]
            {
                "POD1062 (11,31): spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique",
                "POD1062 (12,60): spec.containers[0].volumeMounts[2].subPathExpr: Invalid value: \"$(POD)\": subPathExpr and subPath are mutually exclusive",
                "POD1061 (13,7): spec.containers[0].volumeMounts[3].name: Required value",
                "POD1061 (13,7): spec.containers[0].volumeMounts[3].name: Not found: \"\"",
                "POD1062 (13,7): spec.containers[0].volumeMounts[3].mountPath: Required value",
            },
            Run(Containers(
                "  - name: app\n    image: nginx\n    volumeMounts:\n    - {name: data, mountPath: /data}\n    - {name: data, mountPath: /data}\n    - {name: data, mountPath: /x, subPath: a, subPathExpr: $(POD)}\n    - {readOnly: true}\n",
                "  volumes:\n  - name: data\n    emptyDir: {}\n")));

    [Fact]
    public void Statefulset_mounts_may_name_a_volume_claim_template() =>
        Assert.Empty(Run("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n      - name: db\n        image: mysql\n        volumeMounts:\n        - {name: data, mountPath: /var/lib/mysql}\n  volumeClaimTemplates:\n  - metadata:\n      name: data\n  selector: {matchExpressions: [{key: app, operator: DoesNotExist}]}\n"));

    [Theory]
    [InlineData(36, null)]
    [InlineData(32, null)]
    [InlineData(31, "POD1070 (10,13): spec.containers[0].env[0].name: Invalid value: \"1_PORT\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')")]
    public void Env_names_follow_the_relaxed_rule_from_1_32(int minor, string? expected) =>
        Assert.Equal(
            expected is null ? new string[0] : new[] { expected },
            Run(Containers("  - name: app\n    image: nginx\n    env:\n    - name: 1_PORT\n      value: \"80\"\n"), minor));

    [Fact]
    public void An_env_name_with_an_equals_sign_or_missing_is_an_error() =>
        Assert.Equal(
            new[]
            {
                "POD1070 (10,13): spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
                "POD1070 (11,7): spec.containers[0].env[1].name: Required value",
            },
            Run(Containers("  - name: app\n    image: nginx\n    env:\n    - name: A=B\n    - value: x\n")));

    [Fact]
    public void An_env_var_defined_twice_is_a_warning_unless_it_extends_the_previous_value() =>
        Assert.Equal(
            new[] { "POD1071 (14,13): spec.containers[0].env[3]: hides previous definition of \"MODE\", which may be dropped when using apply" },
            Run(Containers("  - name: app\n    image: nginx\n    env:\n    - {name: PATH, value: /bin}\n    - {name: PATH, value: \"$(PATH):/opt/bin\"}\n    - name: MODE\n    - name: MODE\n      value: fast\n".Replace("    - name: MODE\n    - name: MODE", "    - name: MODE\n      value: slow\n    - name: MODE"))));
}
