using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1086: spec.tolerations as ValidateTolerations checks them.</summary>
public sealed class TolerationRulesTests
{
    private const string MatchAll = "operator must be Exists when `key` is empty, which means \"match all values and all keys\"";

    /// <summary>The test pod with <paramref name="items"/> as spec.tolerations, from line 10.</summary>
    private static string Tolerations(string items) => Pod("  tolerations:\n" + items);

    private static string[] Pod1086(string yaml, int minor = 36) =>
        System.Array.FindAll(Run(yaml, minor), finding => finding.StartsWith("POD1086", System.StringComparison.Ordinal));

    [Fact]
    public void An_empty_key_needs_operator_exists_and_an_absent_operator_is_equal() =>
        Assert.Equal(
            new[]
            {
                "POD1086 (10,25): spec.tolerations[0].operator: Invalid value: \"Equal\": " + MatchAll,
                "POD1086 (11,5): spec.tolerations[1].operator: Invalid value: \"\": " + MatchAll,
            },
            Run(Tolerations("  - {key: \"\", operator: Equal, value: x}\n  - effect: NoSchedule\n")));

    [Theory]
    [InlineData(36, "\"\\u003cany\\u003e\"")]
    [InlineData(33, "\"<any>\"")]
    public void The_operator_is_printed_as_the_server_prints_a_typed_string(int minor, string printed) =>
        Assert.Contains(
            "POD1086 (10,16): spec.tolerations[0].operator: Invalid value: " + printed + ": " + MatchAll,
            Pod1086(Tolerations("  - {operator: \"<any>\"}\n"), minor));

    [Fact]
    public void Exists_takes_no_value_and_reports_on_the_operator() =>
        Assert.Equal(
            new[] { "POD1086 (10,26): spec.tolerations[0].operator: Invalid value: \"true\": value must be empty when `operator` is 'Exists'" },
            Run(Tolerations("  - {key: gpu, operator: Exists, value: \"true\"}\n")));

    [Fact]
    public void Toleration_seconds_need_effect_no_execute() =>
        Assert.Equal(
            new[]
            {
                "POD1086 (10,42): spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
                "POD1086 (11,34): spec.tolerations[1].effect: Invalid value: \"\": effect must be 'NoExecute' when `tolerationSeconds` is set",
            },
            Run(Tolerations("  - {key: gpu, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}\n  - {key: gpu, operator: Exists, tolerationSeconds: 60}\n")));

    [Fact]
    public void Keys_are_label_keys_and_equal_values_label_values_reported_under_the_operator() =>
        Assert.Equal(
            new[]
            {
                "POD1086 (10,11): spec.tolerations[0].key: Invalid value: \"a b\": name part " + LabelNameRegex,
                "POD1086 (11,46): spec.tolerations[1].operator: Invalid value: \"-x\": " + LabelValueRegex,
                "POD1086 (12,29): spec.tolerations[2].operator: Invalid value: \"" + new string('v', 64) + "-\": must be no more than 63 bytes;" + LabelValueRegex,
            },
            Run(Tolerations(
                "  - {key: \"a b\", operator: Exists}\n"
                + "  - {key: dedicated, operator: Equal, value: \"-x\"}\n"
                + "  - {key: dedicated, value: " + new string('v', 64) + "-}\n")));

    [Fact]
    public void Valid_tolerations_stay_silent() =>
        Assert.Empty(Run(Tolerations(
            "  - operator: Exists\n"
            + "  - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}\n"
            + "  - {key: dedicated, value: gpu, effect: NoSchedule}\n"
            + "  - {key: example.com/Team, operator: Equal, value: \"\"}\n"
            + "  - {key: CriticalAddonsOnly, operator: Exists}\n")));

    [Fact]
    public void Numeric_operators_and_wrong_types_are_left_alone()
    {
        Assert.Empty(Pod1086(Tolerations("  - {key: capacity, operator: Lt, value: abc}\n  - {key: capacity, operator: Gt, value: \"-\"}\n")));
        Assert.Empty(Pod1086(Tolerations("  - {key: gpu, operator: Exists, value: 1}\n  - {key: gpu, operator: Exists, tolerationSeconds: \"60\"}\n  - gpu\n")));
    }
}
