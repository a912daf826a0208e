using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1088: names, deadlines, gates and DNS settings of the pod spec (ValidatePodSpec).</summary>
public sealed class PodSpecFieldRulesTests
{
    private const string QualifiedNameRegex = "name part " + LabelNameRegex;

    [Theory]
    [InlineData("hostname: web.local", "POD1088 (9,13): spec.hostname: Invalid value: \"web.local\": must not contain dots")]
    [InlineData("subdomain: Web", "POD1088 (9,14): spec.subdomain: Invalid value: \"Web\": " + DnsLabelRegex)]
    [InlineData("priorityClassName: High_Priority", "POD1088 (9,22): spec.priorityClassName: Invalid value: \"High_Priority\": " + SubdomainRegex)]
    [InlineData("runtimeClassName: \"\"", "POD1088 (9,21): spec.runtimeClassName: Invalid value: \"\": " + SubdomainRegex)]
    [InlineData("serviceAccountName: ci_bot", "POD1088 (9,23): spec.serviceAccountName: Invalid value: \"ci_bot\": " + SubdomainRegex)]
    [InlineData("serviceAccount: CI", "POD1088 (9,19): spec.serviceAccountName: Invalid value: \"CI\": " + SubdomainRegex)]
    public void Names_are_dns_labels_or_subdomains(string field, string expected) =>
        Assert.Equal(new[] { expected }, Run(Pod("  " + field + "\n")));

    [Theory]
    [InlineData("hostname: web-0\n  subdomain: web")]
    [InlineData("hostname: \"\"\n  priorityClassName: \"\"\n  serviceAccountName: \"\"")]
    [InlineData("priorityClassName: system.node-critical\n  runtimeClassName: gvisor.v2")]
    [InlineData("serviceAccountName: ci-bot\n  serviceAccount: CI")]
    [InlineData("runtimeClassName: null")]
    public void Valid_or_empty_names_are_fine(string fields) =>
        Assert.Empty(Run(Pod("  " + fields + "\n")));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2147483648")]
    public void Active_deadline_seconds_is_between_1_and_max_int32(string value) =>
        Assert.Equal(
            new[] { $"POD1088 (9,26): spec.activeDeadlineSeconds: Invalid value: {value}: must be between 1 and 2147483647, inclusive" },
            Run(Pod("  activeDeadlineSeconds: " + value + "\n")));

    [Theory]
    [InlineData("1")]
    [InlineData("2147483647")]
    [InlineData("\"30\"")]
    public void Active_deadline_seconds_in_range_or_mistyped_is_silent(string value) =>
        Assert.Empty(Run(Pod("  activeDeadlineSeconds: " + value + "\n")));

    [Fact]
    public void Readiness_gate_condition_types_are_qualified_names() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (10,20): spec.readinessGates[0].conditionType: Invalid value: \"ready now\": " + QualifiedNameRegex,
                "POD1088 (11,5): spec.readinessGates[1].conditionType: Invalid value: \"\": name part must be non-empty",
                "POD1088 (11,5): spec.readinessGates[1].conditionType: Invalid value: \"\": " + QualifiedNameRegex,
            },
            Run(Pod("  readinessGates:\n  - conditionType: ready now\n  - {}\n  - conditionType: example.com/feature-1\n")));

    [Fact]
    public void Scheduling_gates_are_qualified_names_named_by_the_item_and_unique() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (10,11): spec.schedulingGates[0]: Invalid value: \"example.com/\": name part must be non-empty",
                "POD1088 (10,11): spec.schedulingGates[0]: Invalid value: \"example.com/\": " + QualifiedNameRegex,
                "POD1088 (12,11): spec.schedulingGates[2]: Duplicate value: \"example.com/quota\"",
            },
            Run(Pod("  schedulingGates:\n  - name: example.com/\n  - name: example.com/quota\n  - name: example.com/quota\n")));

    [Theory]
    [InlineData(36, "a valid label key ")]
    [InlineData(34, "a qualified name ")]
    public void Scheduling_gate_wording_follows_the_version(int minor, string subject) =>
        Assert.Equal(
            new[] { "POD1088 (10,11): spec.schedulingGates[0]: Invalid value: \"a/b/c\": " + subject + LabelNameRegex + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')" },
            Run(Pod("  schedulingGates:\n  - name: a/b/c\n"), minor));

    [Fact]
    public void Dns_policy_none_requires_a_dns_config_reported_on_the_policy_key() =>
        Assert.Equal(
            new[] { "POD1088 (9,3): spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None" },
            Run(Pod("  dnsPolicy: None\n")));

    [Fact]
    public void Dns_policy_none_requires_a_nameserver() =>
        Assert.Equal(
            new[] { "POD1088 (9,3): spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None" },
            Run(Pod("  dnsPolicy: None\n  dnsConfig:\n    searches: [svc.cluster.local]\n")));

    [Fact]
    public void An_empty_nameserver_list_is_reported_on_the_list() =>
        Assert.Equal(
            new[] { "POD1088 (11,18): spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None" },
            Run(Pod("  dnsPolicy: None\n  dnsConfig:\n    nameservers: []\n")));

    [Theory]
    [InlineData("ClusterFirst")]
    [InlineData("Default")]
    public void Other_dns_policies_need_no_dns_config(string policy) =>
        Assert.Empty(Run(Pod("  dnsPolicy: " + policy + "\n  dnsConfig:\n    options: [{name: ndots, value: \"2\"}]\n")));

    [Theory]
    [InlineData(36, "[\"10.0.0.1\",\"10.0.0.2\",\"10.0.0.3\",\"10.0.0.4\"]")]
    [InlineData(33, "[]string{\"10.0.0.1\", \"10.0.0.2\", \"10.0.0.3\", \"10.0.0.4\"}")]
    public void At_most_three_nameservers_printed_as_the_version_prints_lists(int minor, string printed) =>
        Assert.Equal(
            new[] { $"POD1088 (10,18): spec.dnsConfig.nameservers: Invalid value: {printed}: must not have more than 3 nameservers" },
            Run(Pod("  dnsConfig:\n    nameservers: [10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4]\n"), minor));

    [Fact]
    public void Nameservers_are_ip_addresses() =>
        Assert.Equal(
            new[] { "POD1088 (10,30): spec.dnsConfig.nameservers[1]: Invalid value: \"dns.local\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)" },
            Run(Pod("  dnsConfig:\n    nameservers: [10.0.0.10, dns.local, \"fd00::10\"]\n")));

    [Fact]
    public void At_most_32_searches()
    {
        var searches = new string[33];
        for (var i = 0; i < searches.Length; i++)
        {
            searches[i] = "s" + i;
        }

        Assert.Equal(
            new[] { "POD1088 (10,15): spec.dnsConfig.searches: Invalid value: [\"" + string.Join("\",\"", searches) + "\"]: must not have more than 32 search paths" },
            Run(Pod("  dnsConfig:\n    searches: [" + string.Join(", ", searches) + "]\n")));
    }

    [Fact]
    public void The_search_list_is_at_most_2048_bytes_with_its_spaces()
    {
        var search = new string('a', 60);
        var fits = string.Join(", ", Enumerable.Repeat(search + ".example.com", 28));
        Assert.Empty(Run(Pod("  dnsConfig:\n    searches: [" + fits + "]\n")));
        var many = Enumerable.Repeat(new string('b', 63) + ".example.com", 27).ToArray();
        Assert.Equal(
            new[] { "POD1088 (10,15): spec.dnsConfig.searches: Invalid value: [\"" + string.Join("\",\"", many) + "\"]: must not have more than 2048 characters (including spaces) in the search list" },
            Run(Pod("  dnsConfig:\n    searches: [" + string.Join(", ", many) + "]\n")));
    }

    [Fact]
    public void A_search_is_a_subdomain_reported_without_its_trailing_dot() =>
        Assert.Equal(
            new[] { "POD1088 (10,16): spec.dnsConfig.searches[0]: Invalid value: \"Corp.example\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*')" },
            Run(Pod("  dnsConfig:\n    searches: [Corp.example., svc.cluster.local., _srv.example.com, .]\n")));

    [Fact]
    public void Before_1_33_searches_allow_no_underscore_and_no_lone_dot() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (10,16): spec.dnsConfig.searches[0]: Invalid value: \"_srv.example.com\": " + SubdomainRegex,
                "POD1088 (10,34): spec.dnsConfig.searches[1]: Invalid value: \"\": " + SubdomainRegex,
            },
            Run(Pod("  dnsConfig:\n    searches: [_srv.example.com, .]\n"), 32));

    [Fact]
    public void Dns_options_need_a_name() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (11,13): spec.dnsConfig.options[0]: Required value: must not be empty",
                "POD1088 (12,7): spec.dnsConfig.options[1]: Required value: must not be empty",
            },
            Run(Pod("  dnsConfig:\n    options:\n    - name: \"\"\n    - value: \"2\"\n    - name: ndots\n")));

    [Fact]
    public void Mistyped_dns_settings_are_left_to_decoding() =>
        Assert.Empty(Run(Pod("  dnsPolicy: None\n  dnsConfig:\n    nameservers: 10.0.0.1\n    searches: [1, 2]\n")));

    [Fact]
    public void A_deployment_template_is_validated_only_when_its_selector_parses()
    {
        const string head = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n";
        const string template = "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      hostname: Web\n      containers: [{name: app, image: nginx}]\n";
        Assert.Equal(
            new[] { "POD1088 (11,17): spec.template.spec.hostname: Invalid value: \"Web\": " + DnsLabelRegex },
            Run(head + "  selector: {matchLabels: {app: web}}\n" + template));
        Assert.DoesNotContain(
            Run(head + "  selector: {matchExpressions: [{key: app, operator: In}]}\n" + template),
            finding => finding.StartsWith("POD1088", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_statefulset_template_spec_is_not_validated_by_the_server() =>
        Assert.DoesNotContain(
            Run("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      hostname: DB\n      dnsPolicy: None\n      containers: [{name: db, image: postgres}]\n"),
            finding => finding.StartsWith("POD1088", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("apps/v1", "Deployment", "ReplicaSet")]
    [InlineData("apps/v1", "ReplicaSet", "ReplicaSet")]
    [InlineData("apps/v1", "StatefulSet", "StatefulSet")]
    [InlineData("apps/v1", "DaemonSet", "DaemonSet")]
    [InlineData("v1", "ReplicationController", "ReplicationController")]
    public void Controllers_that_keep_pods_running_forbid_an_active_deadline(string apiVersion, string kind, string owner) =>
        Assert.Equal(
            new[] { $"POD1088 (11,30): spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in {owner} is not Supported" },
            Run(Workload(apiVersion, kind, "      activeDeadlineSeconds: 600\n")));

    [Fact]
    public void A_job_template_may_have_an_active_deadline() =>
        Assert.Empty(Run(
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      activeDeadlineSeconds: 600\n      containers: [{name: app, image: busybox}]\n"));

    /// <summary>A workload whose template spec (line 11 on) starts with <paramref name="specLines"/>.</summary>
    private static string Workload(string apiVersion, string kind, string specLines)
    {
        var selector = kind == "ReplicationController" ? "  selector: {app: web}\n" : "  selector: {matchLabels: {app: web}}\n";
        return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: web\nspec:\n" + selector
            + "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n" + specLines + "      containers: [{name: app, image: nginx}]\n";
    }
}
