using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1088 in spec.topologySpreadConstraints (validateTopologySpreadConstraints).</summary>
public sealed class TopologySpreadRulesTests
{
    private static string Constraints(string items) => Pod("  topologySpreadConstraints:\n" + items);

    [Fact]
    public void Max_skew_is_above_zero_and_an_absent_one_is_zero() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (10,15): spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero",
                "POD1088 (11,5): spec.topologySpreadConstraints[1].maxSkew: Invalid value: 0: must be greater than zero",
            },
            Run(Constraints(
                "  - {maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}\n"
                + "  - {topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway}\n")));

    [Fact]
    public void A_topology_key_is_required() =>
        Assert.Equal(
            new[] { "POD1088 (10,5): spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty" },
            Run(Constraints("  - {maxSkew: 1, whenUnsatisfiable: DoNotSchedule}\n")));

    [Fact]
    public void The_same_topology_key_and_action_twice_is_reported_on_each_repeated_constraint() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (10,5): spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: \"{zone, DoNotSchedule}\"",
                "POD1088 (12,5): spec.topologySpreadConstraints[2].{topologyKey, whenUnsatisfiable}: Duplicate value: \"{zone, DoNotSchedule}\"",
            },
            Run(Constraints(
                "  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n"
                + "  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway}\n"
                + "  - {maxSkew: 2, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n"
                + "  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n")));

    [Fact]
    public void Min_domains_is_above_zero_and_only_with_do_not_schedule() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (10,83): spec.topologySpreadConstraints[0].minDomains: Invalid value: 0: must be greater than zero",
                "POD1088 (11,102): spec.topologySpreadConstraints[1].minDomains: Invalid value: 3: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway",
            },
            Run(Constraints(
                "  - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, minDomains: 0}\n"
                + "  - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, minDomains: 3}\n"
                + "  - {maxSkew: 1, topologyKey: region, whenUnsatisfiable: DoNotSchedule, minDomains: 2}\n")));

    [Fact]
    public void Match_label_keys_need_a_selector_and_are_label_keys() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (13,21): spec.topologySpreadConstraints[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set",
                "POD1088 (13,41): spec.topologySpreadConstraints[0].matchLabelKeys[1]: Invalid value: \"-hash\": name part " + LabelNameRegex,
            },
            Run(Constraints("  - maxSkew: 1\n    topologyKey: zone\n    whenUnsatisfiable: DoNotSchedule\n    matchLabelKeys: [pod-template-hash, \"-hash\"]\n")));

    [Fact]
    public void The_label_selector_is_validated_values_included() =>
        Assert.Equal(
            new[]
            {
                "POD1088 (15,46): spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
                "POD1088 (16,43): spec.topologySpreadConstraints[0].labelSelector.matchExpressions[1].values[0]: Invalid value: \"web app\": " + LabelValueRegex,
            },
            Run(Constraints("  - maxSkew: 1\n    topologyKey: zone\n    whenUnsatisfiable: DoNotSchedule\n    labelSelector:\n"
                + "      matchExpressions:\n      - {key: app, operator: Exists, values: [web]}\n      - {key: app, operator: In, values: [\"web app\"]}\n")));

    [Fact]
    public void Valid_and_mistyped_constraints_are_silent()
    {
        Assert.Empty(Run(Constraints(
            "  - maxSkew: 1\n    minDomains: 2\n    topologyKey: topology.kubernetes.io/zone\n    whenUnsatisfiable: DoNotSchedule\n"
            + "    labelSelector: {matchLabels: {app: web}}\n    matchLabelKeys: [pod-template-hash]\n    nodeAffinityPolicy: Honor\n"
            + "  - {maxSkew: 3, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway}\n")));
        Assert.Empty(Run(Constraints("  - {maxSkew: \"1\", topologyKey: zone, whenUnsatisfiable: DoNotSchedule, minDomains: \"2\"}\n")));
    }
}
