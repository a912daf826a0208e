using System;
using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1011, POD1020-POD1022, POD1030, POD1040: pod-level fields.</summary>
public sealed class PodSpecRulesTests
{
    [Theory]
    [InlineData("Web", "POD1040 (4,9): metadata.name: Invalid value: \"Web\": " + SubdomainRegex)]
    [InlineData("web.v1", null)]
    [InlineData("web_1", "POD1040 (4,9): metadata.name: Invalid value: \"web_1\": " + SubdomainRegex)]
    [InlineData("\"\"", "POD1040 (4,9): metadata.name: Required value: name or generateName is required")]
    public void Pod_names_are_dns_subdomains(string name, string? expected) =>
        Assert.Equal(expected is null ? new string[0] : new[] { expected }, Run(Pod(name: name)));

    [Fact]
    public void A_name_of_253_bytes_is_valid_and_254_is_not()
    {
        var valid = new string('a', 253);
        Assert.Empty(Run(Pod(name: valid)));
        var invalid = new string('a', 254);
        Assert.Equal(new[] { $"POD1040 (4,9): metadata.name: Invalid value: \"{invalid}\": must be no more than 253 characters" }, Run(Pod(name: invalid)));
    }

    [Fact]
    public void A_missing_name_is_reported_on_the_metadata_key() =>
        Assert.Equal(
            new[] { "POD1040 (3,1): metadata.name: Required value: name or generateName is required" },
            Run("apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {app: web}\nspec:\n  containers:\n  - name: app\n    image: nginx\n"));

    [Theory]
    [InlineData("web-", null)]
    [InlineData("web.", "POD1040 (4,17): metadata.generateName: Invalid value: \"web.\": " + SubdomainRegex)]
    [InlineData("Web-", "POD1040 (4,17): metadata.generateName: Invalid value: \"Web-\": " + SubdomainRegex)]
    [InlineData("web.-", "POD1040 (4,17): metadata.name: Invalid value: \"web.-xxxxx\": " + SubdomainRegex)]
    public void Generate_name_satisfies_the_name_requirement_and_is_checked_as_a_prefix(string generateName, string? expected) =>
        Assert.Equal(
            expected is null ? new string[0] : new[] { expected },
            Run("apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: " + generateName + "\nspec:\n  containers:\n  - name: app\n    image: nginx\n"));

    [Fact]
    public void A_cronjob_name_is_at_most_52_bytes()
    {
        var name = new string('c', 53);
        Assert.Equal(
            new[] { $"POD1040 (4,9): metadata.name: Invalid value: \"{name}\": must be no more than 52 characters" },
            Run("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: " + name + "\nspec:\n  schedule: \"* * * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: app\n            image: busybox\n"));
    }

    [Fact]
    public void Node_name_is_a_dns_subdomain() =>
        Assert.Equal(
            new[] { "POD1011 (9,13): spec.nodeName: Invalid value: \"Node_1\": " + SubdomainRegex },
            Run(Pod("  nodeName: Node_1\n")).Where(finding => finding.StartsWith("POD1011", StringComparison.Ordinal)));

    [Fact]
    public void Node_name_with_scheduling_gates_is_forbidden_for_a_pod() =>
        Assert.Equal(
            new[] { "POD1011 (9,13): spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared" },
            Run(Pod("  nodeName: node-1\n  schedulingGates:\n  - name: example.com/wait\n")).Where(finding => finding.StartsWith("POD1011", StringComparison.Ordinal)));

    [Fact]
    public void Host_aliases_report_each_bad_token_and_warn_about_a_repeated_ip()
    {
        const string Invalid = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
        var yaml = Pod("  hostAliases:\n  - ip: \"127.1\"\n    hostnames: [Foo.Local, foo_bar, ok.local]\n  - ip: 10.0.0.1\n    hostnames: [a]\n  - ip: 10.0.0.1\n    hostnames: [b.]\n");
        Assert.Equal(
            new[]
            {
                $"POD1020 (10,9): spec.hostAliases[0].ip: Invalid value: \"127.1\": {Invalid}",
                $"POD1021 (11,17): spec.hostAliases[0].hostnames[0]: Invalid value: \"Foo.Local\": {SubdomainRegex}",
                $"POD1021 (11,28): spec.hostAliases[0].hostnames[1]: Invalid value: \"foo_bar\": {SubdomainRegex}",
                $"POD1021 (15,17): spec.hostAliases[2].hostnames[0]: Invalid value: \"b.\": {SubdomainRegex}",
                "POD1022 (14,9): spec.hostAliases[2].ip: duplicate ip \"10.0.0.1\"",
            },
            Run(yaml));
    }

    [Theory]
    [InlineData(36, "POD1020 (10,9): spec.hostAliases[0].ip: Invalid value: \"010.0.0.1\": must not have leading 0s")]
    [InlineData(35, null)]
    public void Leading_zeros_in_a_host_alias_ip_are_rejected_from_1_36(int minor, string? expected) =>
        Assert.Equal(
            expected is null ? new string[0] : new[] { expected },
            Run(Pod("  hostAliases:\n  - ip: 010.0.0.1\n    hostnames: [db]\n"), minor));

    [Fact]
    public void A_host_alias_without_ip_is_reported_on_the_entry() =>
        Assert.Equal(
            new[] { "POD1020 (10,5): spec.hostAliases[0].ip: Invalid value: \"\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)" },
            Run(Pod("  hostAliases:\n  - hostnames: [db]\n")));

    [Fact]
    public void Share_process_namespace_with_host_pid_uses_the_servers_path() =>
        Assert.Equal(
            new[] { "POD1030 (9,26): spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled" },
            Run(Pod("  shareProcessNamespace: true\n  hostPID: true\n")));

    [Fact]
    public void Host_namespaces_are_forbidden_without_host_users() =>
        Assert.Equal(
            new[]
            {
                "POD1030 (10,16): spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false",
                "POD1030 (11,12): spec.HostPID: Forbidden: when `pod.Spec.HostUsers` is false",
                "POD1030 (12,12): spec.HostIPC: Forbidden: when `pod.Spec.HostUsers` is false",
            },
            Run(Pod("  hostUsers: false\n  hostNetwork: true\n  hostPID: true\n  hostIPC: true\n")));

    [Fact]
    public void A_windows_pod_cannot_share_namespaces() =>
        Assert.Equal(
            new[]
            {
                "POD1030 (11,26): spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled",
                "POD1030 (12,12): spec.hostPID: Forbidden: cannot be set for a windows pod",
                "POD1030 (11,26): spec.shareProcessNamespace: Forbidden: cannot be set for a windows pod",
            },
            Run(Pod("  os:\n    name: windows\n  shareProcessNamespace: true\n  hostPID: true\n")));
}
