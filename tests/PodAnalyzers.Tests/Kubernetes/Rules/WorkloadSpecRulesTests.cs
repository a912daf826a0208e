using System;
using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1092 over apps/v1 workloads and ReplicationControllers (numbers and update strategies).</summary>
public sealed class WorkloadSpecRulesTests
{
    private const string Negative = "must be greater than or equal to 0";

    /// <summary>An apps/v1 workload whose <paramref name="spec"/> lines start at line 7 (two-space indent), after a valid selector.</summary>
    private static string Apps(string kind, string spec, string apiVersion = "apps/v1") =>
        "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n" + spec
        + "  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: app, image: nginx}]\n";

    private static string[] Pod1092(string yaml, int minor = 36) =>
        Run(yaml, minor).Where(finding => finding.StartsWith("POD1092", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Valid_numbers_and_strategies_are_silent()
    {
        Assert.Empty(Run(Apps("Deployment", "  replicas: 0\n  minReadySeconds: 599\n  revisionHistoryLimit: 0\n  strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 150%}}\n")));
        Assert.Empty(Run(Apps("Deployment", "  minReadySeconds: 600\n  progressDeadlineSeconds: 601\n  strategy: {type: Recreate, rollingUpdate: null}\n")));
        Assert.Empty(Run(Apps("DaemonSet", "  updateStrategy: {rollingUpdate: {maxUnavailable: 0, maxSurge: 100%}}\n")));
        Assert.Empty(Run(Apps("DaemonSet", "  updateStrategy: {type: OnDelete, rollingUpdate: {maxSurge: 5, maxUnavailable: 5}}\n")));
        Assert.Empty(Run(Apps("StatefulSet", "  replicas: 3\n  revisionHistoryLimit: -1\n  updateStrategy: {rollingUpdate: {partition: 2, maxUnavailable: 50%}}\n  ordinals: {start: 5}\n")));
        Assert.Empty(Run(Apps("ReplicaSet", "  replicas: 2\n  minReadySeconds: 10\n")));
    }

    [Fact]
    public void Negative_counts_are_reported_on_the_value()
    {
        Assert.Equal(new[] { "POD1092 (7,13): spec.replicas: Invalid value: -1: " + Negative }, Pod1092(Apps("ReplicaSet", "  replicas: -1\n")));
        Assert.Equal(new[] { "POD1092 (7,20): spec.minReadySeconds: Invalid value: -5: " + Negative }, Pod1092(Apps("DaemonSet", "  minReadySeconds: -5\n")));
        Assert.Equal(new[] { "POD1092 (7,25): spec.revisionHistoryLimit: Invalid value: -1: " + Negative }, Pod1092(Apps("Deployment", "  revisionHistoryLimit: -1\n")));
        Assert.Equal(new[] { "POD1092 (7,21): spec.ordinals.start: Invalid value: -2: " + Negative }, Pod1092(Apps("StatefulSet", "  ordinals: {start: -2}\n")));
        Assert.Equal(
            new[] { "POD1092 (7,47): spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: " + Negative },
            Pod1092(Apps("StatefulSet", "  updateStrategy: {rollingUpdate: {partition: -1}}\n")));
    }

    [Fact]
    public void A_replication_controller_checks_replicas_and_min_ready_seconds() =>
        Assert.Equal(
            new[]
            {
                "POD1092 (8,20): spec.minReadySeconds: Invalid value: -1: " + Negative,
                "POD1092 (7,13): spec.replicas: Invalid value: -3: " + Negative,
            },
            Pod1092("apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  replicas: -3\n  minReadySeconds: -1\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: app, image: nginx}]\n"));

    [Fact]
    public void An_unserved_api_version_or_an_undecodable_value_is_left_alone()
    {
        Assert.Empty(Pod1092(Apps("Deployment", "  replicas: -1\n", apiVersion: "apps/v1beta2")));
        Assert.Empty(Pod1092(Apps("Deployment", "  replicas: -1\n  minReadySeconds: \"600\"\n")));
        Assert.Empty(Pod1092(Apps("Deployment", "  replicas: 4294967296\n  minReadySeconds: 600\n")));
    }

    [Fact]
    public void A_recreate_deployment_forbids_rolling_update_on_its_key() =>
        Assert.Equal(
            new[] { "POD1092 (9,5): spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'" },
            Pod1092(Apps("Deployment", "  strategy:\n    type: Recreate\n    rollingUpdate: {maxSurge: 1}\n")));

    [Fact]
    public void The_defaulted_progress_deadline_must_exceed_min_ready_seconds_and_lands_on_min_ready_seconds()
    {
        Assert.Equal(
            new[] { "POD1092 (7,20): spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds" },
            Pod1092(Apps("Deployment", "  minReadySeconds: 600\n")));
        Assert.Equal(
            new[] { "POD1092 (8,28): spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds" },
            Pod1092(Apps("Deployment", "  minReadySeconds: 30\n  progressDeadlineSeconds: 30\n")));
        Assert.Equal(
            new[]
            {
                "POD1092 (7,28): spec.progressDeadlineSeconds: Invalid value: -1: " + Negative,
                "POD1092 (7,28): spec.progressDeadlineSeconds: Invalid value: -1: must be greater than minReadySeconds",
            },
            Pod1092(Apps("Deployment", "  progressDeadlineSeconds: -1\n")));
    }

    [Theory]
    [InlineData(36, "0", "0")]
    [InlineData(36, "0%", "\"0%\"")]
    [InlineData(33, "0", "intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}")]
    [InlineData(33, "0%", "intstr.IntOrString{Type:1, IntVal:0, StrVal:\"0%\"}")]
    public void A_deployment_may_not_have_both_max_unavailable_and_max_surge_zero(int minor, string unavailable, string printed) =>
        Assert.Equal(
            new[] { $"POD1092 (10,23): spec.strategy.rollingUpdate.maxUnavailable: Invalid value: {printed}: may not be 0 when `maxSurge` is 0" },
            Pod1092(Apps("Deployment", "  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: " + unavailable + "\n"), minor));

    [Fact]
    public void Deployment_max_unavailable_and_max_surge_must_be_non_negative_integers_or_percentages()
    {
        var percent = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";
        Assert.Equal(
            new[]
            {
                "POD1092 (9,23): spec.strategy.rollingUpdate.maxUnavailable: Invalid value: -1: " + Negative,
                "POD1092 (10,17): spec.strategy.rollingUpdate.maxSurge: Invalid value: \"1\": " + percent,
            },
            Pod1092(Apps("Deployment", "  strategy:\n    rollingUpdate:\n      maxUnavailable: -1\n      maxSurge: \"1\"\n")));
        Assert.Equal(
            new[] { "POD1092 (9,23): spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"120%\": must not be greater than 100%" },
            Pod1092(Apps("Deployment", "  strategy:\n    rollingUpdate:\n      maxUnavailable: 120%\n")));
    }

    [Fact]
    public void An_unsupported_strategy_type_is_left_to_the_enum_rule_and_stops_the_strategy_checks() =>
        Assert.Empty(Pod1092(Apps("Deployment", "  strategy: {type: Rolling, rollingUpdate: {maxSurge: -1, maxUnavailable: 0}}\n")));

    [Fact]
    public void A_daemon_set_needs_exactly_one_of_max_unavailable_and_max_surge_after_defaulting()
    {
        Assert.Equal(
            new[] { "POD1092 (9,17): spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero" },
            Pod1092(Apps("DaemonSet", "  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n")));
        Assert.Equal(
            new[] { "POD1092 (9,23): spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0" },
            Pod1092(Apps("DaemonSet", "  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 0%\n")));
        Assert.Equal(
            new[] { "POD1092 (10,17): spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: \"101%\": must not be greater than 100%" },
            Pod1092(Apps("DaemonSet", "  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 0\n      maxSurge: 101%\n")));
    }

    [Theory]
    [InlineData(36, "{\"Partition\":2,\"MaxUnavailable\":3}")]
    [InlineData(34, "{\"Partition\":2,\"MaxUnavailable\":null}")]
    [InlineData(33, "apps.RollingUpdateStatefulSetStrategy{Partition:2, MaxUnavailable:(*intstr.IntOrString)(nil)}")]
    public void An_on_delete_stateful_set_may_not_have_a_rolling_update(int minor, string printed) =>
        Assert.Equal(
            new[] { $"POD1092 (9,5): spec.updateStrategy.rollingUpdate: Invalid value: {printed}: only allowed for updateStrategy 'RollingUpdate'" },
            Pod1092(Apps("StatefulSet", "  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {partition: 2, maxUnavailable: 3}\n"), minor));

    [Fact]
    public void Stateful_set_max_unavailable_is_checked_from_1_35()
    {
        var yaml = Apps("StatefulSet", "  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 0\n");
        Assert.Equal(new[] { "POD1092 (9,23): spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0" }, Pod1092(yaml));
        Assert.Empty(Pod1092(yaml, 34));
        Assert.Equal(
            new[] { "POD1092 (9,23): spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: \"200%\": must not be greater than 100%" },
            Pod1092(Apps("StatefulSet", "  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 200%\n")));
    }
}
