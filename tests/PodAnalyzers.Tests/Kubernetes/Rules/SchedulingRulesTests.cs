using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1003, POD1004 and POD1010 as pure functions: exact positions, the server's wording for deprecations.</summary>
public sealed class SchedulingRulesTests
{
    private const string Affinity =
        "  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions:\n";

    [Fact]
    public void Pod1003_deprecated_keys_in_node_selector_use_the_servers_map_wording()
    {
        Assert.Equal(
            new[]
            {
                "POD1003 (10,5): spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use \"kubernetes.io/os\" instead",
                "POD1003 (11,5): spec.nodeSelector[failure-domain.beta.kubernetes.io/zone]: deprecated since v1.17; use \"topology.kubernetes.io/zone\" instead",
            },
            Run(Pod("  nodeSelector:\n    beta.kubernetes.io/os: linux\n    failure-domain.beta.kubernetes.io/zone: a\n")));
    }

    [Fact]
    public void Pod1003_in_required_and_preferred_affinity_and_topology_spread_uses_the_is_wording()
    {
        var spec = Affinity
            + "          - {key: beta.kubernetes.io/arch, operator: In, values: [amd64]}\n"
            + "      preferredDuringSchedulingIgnoredDuringExecution:\n"
            + "      - weight: 1\n        preference:\n          matchExpressions:\n          - {key: beta.kubernetes.io/instance-type, operator: Exists}\n"
            + "  topologySpreadConstraints:\n  - {maxSkew: 1, topologyKey: failure-domain.beta.kubernetes.io/region, whenUnsatisfiable: DoNotSchedule}\n";
        Assert.Equal(
            new[]
            {
                "POD1003 (14,19): spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key: beta.kubernetes.io/arch is deprecated since v1.14; use \"kubernetes.io/arch\" instead",
                "POD1003 (19,19): spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].key: beta.kubernetes.io/instance-type is deprecated since v1.17; use \"node.kubernetes.io/instance-type\" instead",
                "POD1003 (21,31): spec.topologySpreadConstraints[0].topologyKey: failure-domain.beta.kubernetes.io/region is deprecated since v1.17; use \"topology.kubernetes.io/region\" instead",
            },
            Run(Pod(spec)));
    }

    [Fact]
    public void Pod1003_the_retired_master_role_label_gets_podanalyzers_own_message()
    {
        Assert.Equal(
            new[] { "POD1003 (10,5): spec.nodeSelector[node-role.kubernetes.io/master]: no longer set on nodes since kubeadm v1.24; use \"node-role.kubernetes.io/control-plane\" instead" },
            Run(Pod("  nodeSelector:\n    node-role.kubernetes.io/master: \"\"\n")));
    }

    [Fact]
    public void Pod1003_workload_paths_carry_the_template_prefix()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      nodeSelector: {beta.kubernetes.io/os: linux}\n      containers: [{name: a, image: nginx}]\n  selector: {matchExpressions: [{key: app, operator: DoesNotExist}]}\n";
        Assert.Equal(
            new[] { "POD1003 (7,22): spec.template.spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use \"kubernetes.io/os\" instead" },
            Run(yaml));
    }

    [Theory]
    [InlineData("kubernetes.io/Hostname", "kubernetes.io/hostname")]
    [InlineData("kubernetes.io/OS", "kubernetes.io/os")]
    [InlineData("kubernetes.io/host-name", "kubernetes.io/hostname")]
    [InlineData("topology.kubernetes.io/zones", "topology.kubernetes.io/zone")]
    [InlineData("topology.kubernetes.io/Region", "topology.kubernetes.io/region")]
    [InlineData("node.kubernetes.io/instance_type", "node.kubernetes.io/instance-type")]
    [InlineData("kubernetes.io/arc", "kubernetes.io/arch")]
    public void Pod1004_near_miss_keys_name_the_intended_key(string key, string intended)
    {
        Assert.Equal(
            new[] { $"POD1004 (10,5): spec.nodeSelector[{key}]: \"{key}\" is not a node label; did you mean \"{intended}\"? Label keys are case-sensitive, so no node matches the key as written" },
            Run(Pod($"  nodeSelector:\n    {key}: x\n")));
    }

    [Theory]
    [InlineData("kubernetes.io/hostname")]
    [InlineData("kubernetes.io/role")]
    [InlineData("kubernetes.io/a")]
    [InlineData("topology.example.com/zones")]
    [InlineData("disktype")]
    [InlineData("example.com/Hostname")]
    public void Pod1004_leaves_other_keys_alone(string key) =>
        Assert.Empty(Run(Pod($"  nodeSelector:\n    {key}: x\n")));

    [Theory]
    [InlineData("kubernetes.io/os", "Linux", "nodes report \"linux\" or \"windows\"", "; use \"linux\"")]
    [InlineData("kubernetes.io/os", "WINDOWS", "nodes report \"linux\" or \"windows\"", "; use \"windows\"")]
    [InlineData("kubernetes.io/os", "ubuntu", "nodes report \"linux\" or \"windows\"", "")]
    [InlineData("kubernetes.io/arch", "x86_64", ArchNames, "; use \"amd64\"")]
    [InlineData("kubernetes.io/arch", "aarch64", ArchNames, "; use \"arm64\"")]
    [InlineData("kubernetes.io/arch", "AMD64", ArchNames, "; use \"amd64\"")]
    [InlineData("kubernetes.io/arch", "i686", ArchNames, "; use \"386\"")]
    public void Pod1004_impossible_values_are_reported_on_the_value(string key, string value, string reported, string advice)
    {
        Assert.Equal(
            new[] { $"POD1004 (10,{key.Length + 7}): spec.nodeSelector[{key}]: \"{value}\" is never the value of {key} ({reported}){advice}" },
            Run(Pod($"  nodeSelector:\n    {key}: {value}\n")));
    }

    [Theory]
    [InlineData("kubernetes.io/os", "linux")]
    [InlineData("kubernetes.io/os", "windows")]
    [InlineData("kubernetes.io/arch", "arm64")]
    [InlineData("kubernetes.io/arch", "s390x")]
    [InlineData("kubernetes.io/hostname", "Linux")]
    public void Pod1004_possible_values_are_not_reported(string key, string value) =>
        Assert.Empty(Run(Pod($"  nodeSelector:\n    {key}: {value}\n")));

    [Fact]
    public void Pod1004_values_of_in_and_not_in_expressions()
    {
        var spec = Affinity
            + "          - key: kubernetes.io/arch\n            operator: NotIn\n            values: [arm64, x86_64]\n"
            + "          - {key: kubernetes.io/os, operator: Exists}\n";
        Assert.Equal(
            new[] { "POD1004 (16,29): spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[1]: \"x86_64\" is never the value of kubernetes.io/arch (" + ArchNames + "); use \"amd64\"" },
            Run(Pod(spec)));
    }

    [Fact]
    public void Pod1010_node_name_is_reported_on_its_value()
    {
        Assert.Equal(
            new[] { "POD1010 (9,13): spec.nodeName: \"node-1\" binds the Pod to that node without the scheduler: no resource, nodeSelector, affinity or taint checks, and the Pod fails if the node is missing or full; use nodeSelector or node affinity unless this is a test or a custom scheduler" },
            Run(Pod("  nodeName: node-1\n")));
    }

    [Fact]
    public void Pod1010_is_silent_without_node_name_and_for_an_empty_one()
    {
        Assert.Empty(Run(Pod()));
        Assert.Empty(Run(Pod("  nodeName: \"\"\n")));
    }

    private const string ArchNames = "nodes report Go architecture names such as \"amd64\", \"arm64\", \"arm\", \"ppc64le\", \"s390x\"";
}
