using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1088 in spec.affinity and spec.topologySpreadConstraints.</summary>
public sealed class AffinityRulesTests
{
    private const string Required = "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution";
    private const string PodAffinity = "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution";

    /// <summary>Required node affinity whose one term's matchExpressions (line 14 on) are <paramref name="expressions"/>.</summary>
    private static string NodeAffinity(string expressions) =>
        Pod("  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions:\n" + expressions);

    [Fact]
    public void Operators_need_the_right_number_of_values() =>
        Assert.Equal(
            new[]
            {
                $"POD1088 (14,25): {Required}.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
                $"POD1088 (15,50): {Required}.nodeSelectorTerms[0].matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
                $"POD1088 (16,48): {Required}.nodeSelectorTerms[0].matchExpressions[2].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'",
                $"POD1088 (19,21): {Required}.nodeSelectorTerms[0].matchExpressions[3].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
            },
            Run(NodeAffinity(
                "          - {key: zone, operator: In}\n"
                + "          - {key: gpu, operator: Exists, values: [\"true\"]}\n"
                + "          - {key: cores, operator: Gt, values: [\"4\", \"8\"]}\n"
                + "          - key: disk\n            operator: NotIn\n            values: []\n")));

    [Fact]
    public void Operators_with_their_values_are_fine() =>
        Assert.Empty(Run(NodeAffinity(
            "          - {key: zone, operator: In, values: [a, b]}\n"
            + "          - {key: gpu, operator: DoesNotExist}\n"
            + "          - {key: cores, operator: Lt, values: [\"16\"]}\n")));

    [Fact]
    public void Values_that_are_not_a_list_are_left_to_decoding() =>
        Assert.Empty(Run(NodeAffinity(
            "          - {key: zone, operator: In, values: zone-a}\n"
            + "          - {key: cores, operator: Gt, values: 4}\n")));

    [Fact]
    public void Gt_without_values_is_reported_on_the_operator_key() =>
        Assert.Equal(
            new[] { $"POD1088 (15,13): {Required}.nodeSelectorTerms[0].matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'" },
            Run(NodeAffinity("          - key: cores\n            operator: Gt\n")));

    [Theory]
    [InlineData("        nodeSelectorTerms: []\n", "(12,28)")]
    [InlineData("        {}\n", "(11,7)")]
    public void A_required_node_selector_needs_a_term(string body, string position) =>
        Assert.Equal(
            new[] { $"POD1088 {position}: {Required}.nodeSelectorTerms: Required value: must have at least one node selector term" },
            Run(Pod("  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n" + body)));

    [Fact]
    public void Match_fields_name_one_node_by_metadata_name() =>
        Assert.Equal(
            new[]
            {
                $"POD1088 (14,56): {Required}.nodeSelectorTerms[0].matchFields[0].values: Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector",
                $"POD1088 (15,19): {Required}.nodeSelectorTerms[0].matchFields[1].key: Invalid value: \"metadata.labels\": not a valid field selector key",
                $"POD1088 (16,60): {Required}.nodeSelectorTerms[0].matchFields[2].values[0]: Invalid value: \"Node_1\": " + SubdomainRegex,
            },
            Run(Pod("  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchFields:\n"
                + "          - {key: metadata.name, operator: In, values: [a, b]}\n"
                + "          - {key: metadata.labels, operator: In, values: [a]}\n"
                + "          - {key: metadata.name, operator: NotIn, values: [Node_1]}\n"
                + "          - {key: metadata.name, operator: In, values: [node-1]}\n")));

    [Fact]
    public void Preferred_weights_are_1_to_100_and_an_absent_weight_is_0() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (12,18): spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101: must be in the range 1-100",
                "POD1088 (13,9): spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[1].weight: Invalid value: 0: must be in the range 1-100",
            },
            Run(Pod("  affinity:\n    nodeAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n"
                + "      - {weight: 101, preference: {matchExpressions: [{key: zone, operator: In, values: [a]}]}}\n"
                + "      - preference: {matchExpressions: [{key: zone, operator: In, values: [b]}]}\n"
                + "      - {weight: 100, preference: {}}\n")));

    [Fact]
    public void A_pod_affinity_term_needs_a_topology_key_that_is_a_label_key() =>
        Assert.Equal(
            new[]
            {
                $"POD1088 (12,9): {PodAffinity}[0].topologyKey: Required value: can not be empty",
                $"POD1088 (12,9): {PodAffinity}[0].topologyKey: Invalid value: \"\": name part must be non-empty",
                $"POD1088 (12,9): {PodAffinity}[0].topologyKey: Invalid value: \"\": name part " + LabelNameRegex,
                $"POD1088 (14,22): {PodAffinity}[1].topologyKey: Invalid value: \"zone/\": name part must be non-empty",
                $"POD1088 (14,22): {PodAffinity}[1].topologyKey: Invalid value: \"zone/\": name part " + LabelNameRegex,
            },
            Run(Pod("  affinity:\n    podAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n"
                + "      - labelSelector: {matchLabels: {app: db}}\n"
                + "      - labelSelector: {matchLabels: {app: db}}\n        topologyKey: zone/\n"
                + "      - labelSelector: {matchLabels: {app: db}}\n        topologyKey: kubernetes.io/hostname\n")));

    [Fact]
    public void Pod_affinity_selectors_namespaces_and_weights_are_validated() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (12,17): spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100",
                "POD1088 (15,57): spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
                "POD1088 (16,51): spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespaceSelector.matchLabels: Invalid value: \"a b\": " + LabelValueRegex,
                "POD1088 (17,24): spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespace: Invalid value: \"Team-A\": " + DnsLabelRegex,
            },
            Run(Pod("  affinity:\n    podAntiAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n"
                + "      - weight: 0\n        podAffinityTerm:\n          topologyKey: kubernetes.io/hostname\n"
                + "          labelSelector: {matchExpressions: [{key: app, operator: In}]}\n"
                + "          namespaceSelector: {matchLabels: {team: \"a b\"}}\n"
                + "          namespaces: [Team-A, team-b, Team-A]\n")));

    [Fact]
    public void Match_label_keys_need_a_selector_and_may_not_be_mismatch_label_keys_too()
    {
        var yaml = Pod("  affinity:\n    podAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n"
            + "      - topologyKey: zone\n        matchLabelKeys: [tenant]\n"
            + "      - topologyKey: zone\n        labelSelector: {}\n        matchLabelKeys: [tenant, \"a b\"]\n        mismatchLabelKeys: [tenant]\n");
        Assert.Equal(
            new[]
            {
                $"POD1088 (13,25): {PodAffinity}[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set",
                $"POD1088 (16,34): {PodAffinity}[1].matchLabelKeys[1]: Invalid value: \"a b\": name part " + LabelNameRegex,
                $"POD1088 (16,26): {PodAffinity}[1].matchLabelKeys[0]: Invalid value: \"tenant\": exists in both matchLabelKeys and mismatchLabelKeys",
            },
            Run(yaml));
        Assert.Empty(Run(yaml, 30));
    }

    [Fact]
    public void A_pods_match_label_key_merged_into_a_selector_that_has_it_is_in_both()
    {
        const string term = "  affinity:\n    podAntiAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n"
            + "      - topologyKey: kubernetes.io/hostname\n        labelSelector: {matchLabels: {app: web}}\n        matchLabelKeys: [app]\n";
        Assert.Equal(
            new[] { "POD1088 (15,26): spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0][0]: Invalid value: \"app\": exists in both matchLabelKeys and labelSelector" },
            Run("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  containers:\n  - name: app\n    image: nginx\n" + term));

        // Without the label nothing is merged; a template is validated as written.
        Assert.Empty(Run(Pod(term)));
        Assert.Empty(Run(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: app, image: nginx}]\n"
            + Indented(term, "    ")));
    }

    private static string Indented(string lines, string indent) => indent + lines.TrimEnd('\n').Replace("\n", "\n" + indent) + "\n";

    [Fact]
    public void Valid_affinity_is_silent() =>
        Assert.Empty(Run(Pod("  affinity:\n"
            + "    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n"
            + "        - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]\n          matchFields: [{key: metadata.name, operator: NotIn, values: [node-1]}]\n"
            + "      preferredDuringSchedulingIgnoredDuringExecution:\n      - {weight: 1, preference: {matchExpressions: [{key: zone, operator: Exists}]}}\n"
            + "    podAntiAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 100\n        podAffinityTerm:\n"
            + "          topologyKey: kubernetes.io/hostname\n          labelSelector: {matchExpressions: [{key: app, operator: In, values: [web]}]}\n"
            + "          namespaceSelector: {}\n          namespaces: [default]\n          matchLabelKeys: [pod-template-hash]\n          mismatchLabelKeys: [tenant]\n")));
}
