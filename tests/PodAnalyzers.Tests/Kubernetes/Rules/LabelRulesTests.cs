using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

public sealed class LabelRulesTests
{
    [Fact]
    public void A_node_selector_key_with_a_space_is_reported_on_the_key() =>
        Assert.Equal(
            new[] { "POD1001 (10,5): spec.nodeSelector: Invalid value: \"disk type\": name part " + LabelNameRegex },
            Run(Pod("  nodeSelector:\n    disk type: ssd\n")));

    [Fact]
    public void Key_and_value_of_one_entry_are_reported_separately() =>
        Assert.Equal(
            new[]
            {
                "POD1001 (6,5): metadata.labels: Invalid value: \"-app\": name part " + LabelNameRegex,
                "POD1002 (6,11): metadata.labels: Invalid value: \"web server\": " + LabelValueRegex,
                "POD1002 (7,11): metadata.labels: Invalid value: \"v1.\": " + LabelValueRegex,
            },
            Run("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    -app: web server\n    tier: v1.\nspec:\n  containers:\n  - name: app\n    image: nginx\n"));

    [Fact]
    public void An_uppercase_prefix_is_invalid_but_an_uppercase_name_is_valid() =>
        Assert.Equal(
            new[] { "POD1001 (10,5): spec.nodeSelector: Invalid value: \"Example.com/Disk\": prefix part " + SubdomainRegex },
            Run(Pod("  nodeSelector:\n    Example.com/Disk: ssd\n    example.com/Disk: ssd\n")));

    [Fact]
    public void Two_slashes_give_one_message_worded_by_version()
    {
        const string Suffix = " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
        Assert.Equal(
            new[] { "POD1001 (10,5): spec.nodeSelector: Invalid value: \"a/b/c\": a valid label key " + LabelNameRegex + Suffix },
            Run(Pod("  nodeSelector:\n    a/b/c: x\n")));
        Assert.Equal(
            new[] { "POD1001 (10,5): spec.nodeSelector: Invalid value: \"a/b/c\": a qualified name " + LabelNameRegex + Suffix },
            Run(Pod("  nodeSelector:\n    a/b/c: x\n"), minor: 34));
    }

    [Theory]
    [InlineData(63, 36, null)]
    [InlineData(64, 36, "must be no more than 63 bytes")]
    [InlineData(64, 34, "must be no more than 63 characters")]
    public void Value_length_is_counted_in_bytes(int length, int minor, string? expected)
    {
        var value = new string('a', length);
        var findings = Run(Pod("  nodeSelector:\n    zone: " + value + "\n"), minor);
        Assert.Equal(
            expected is null ? new string[0] : new[] { $"POD1002 (10,11): spec.nodeSelector: Invalid value: \"{value}\": {expected}" },
            findings);
    }

    [Fact]
    public void Sixty_two_ascii_characters_and_one_two_byte_character_are_64_bytes()
    {
        var value = new string('a', 62) + "é";
        Assert.Equal(
            new[]
            {
                $"POD1002 (10,11): spec.nodeSelector: Invalid value: \"{value}\": must be no more than 63 bytes",
                $"POD1002 (10,11): spec.nodeSelector: Invalid value: \"{value}\": {LabelValueRegex}",
            },
            Run(Pod("  nodeSelector:\n    zone: " + value + "\n")));
    }

    [Fact]
    public void A_key_name_of_63_ascii_bytes_is_valid_and_of_62_characters_with_a_euro_sign_is_not()
    {
        var valid = new string('k', 63);
        Assert.Empty(Run(Pod("  nodeSelector:\n    " + valid + ": x\n")));
        var invalid = new string('k', 61) + "€";
        Assert.Equal(
            new[]
            {
                $"POD1001 (10,5): spec.nodeSelector: Invalid value: \"{invalid}\": name part must be no more than 63 bytes",
                $"POD1001 (10,5): spec.nodeSelector: Invalid value: \"{invalid}\": name part {LabelNameRegex}",
            },
            Run(Pod("  nodeSelector:\n    " + invalid + ": x\n")));
    }

    [Fact]
    public void An_empty_label_value_is_valid() =>
        Assert.Empty(Run(Pod("  nodeSelector:\n    gpu: \"\"\n    tier:\n")));

    [Fact]
    public void A_non_string_value_is_left_to_pod0002() =>
        Assert.Empty(Run(Pod("  nodeSelector:\n    gpu: true\n")));

    [Fact]
    public void Workload_labels_use_the_object_and_template_paths()
    {
        var yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app_: x\nspec:\n  template:\n    metadata:\n      labels:\n        tier: \"-x\"\n    spec:\n      nodeSelector:\n        \"a b\": x\n      containers:\n      - name: app\n        image: nginx\n  selector: {matchExpressions: [{key: tier, operator: Exists}]}\n";
        Assert.Equal(
            new[]
            {
                "POD1001 (6,5): metadata.labels: Invalid value: \"app_\": name part " + LabelNameRegex,
                "POD1002 (11,15): spec.template.metadata.labels: Invalid value: \"-x\": " + LabelValueRegex,
                "POD1001 (14,9): spec.template.spec.nodeSelector: Invalid value: \"a b\": name part " + LabelNameRegex,
            },
            Run(yaml));
    }

    [Fact]
    public void A_statefulset_template_label_uses_the_servers_path() =>
        Assert.Equal(
            new[] { "POD1002 (11,15): spec.template.labels: Invalid value: \"a b\": " + LabelValueRegex },
            Run("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  template:\n    metadata:\n      labels:\n        app: db\n        tier: a b\n    spec:\n      containers:\n      - name: db\n        image: mysql\n  selector: {matchLabels: {app: db}}\n"));

    private const string Affinity =
        "  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions:\n          - key: disk type\n            operator: In\n            values: [\"fast ssd\"]\n      preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 1\n        preference:\n          matchExpressions:\n          - key: zone\n            operator: In\n            values: [\"not a label\"]\n";

    [Fact]
    public void Required_affinity_values_are_label_values_from_1_33()
    {
        const string Term = "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]";
        var key = $"POD1001 (14,18): {Term}.key: Invalid value: \"disk type\": name part {LabelNameRegex}";
        Assert.Equal(
            new[] { key, $"POD1002 (16,22): {Term}.values[0]: Invalid value: \"fast ssd\": {LabelValueRegex}" },
            Run(Pod(Affinity)));
        Assert.Equal(new[] { key }, Run(Pod(Affinity), minor: 32));
    }
}
