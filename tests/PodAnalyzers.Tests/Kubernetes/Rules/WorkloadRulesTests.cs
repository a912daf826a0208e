using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1090 (workload selectors) and POD1091 (the template's restartPolicy for the kind).</summary>
public sealed class WorkloadRulesTests
{
    /// <summary>
    /// An apps/v1 workload: "spec:" is line 5, <paramref name="selector"/> follows it (each line
    /// indented two spaces), then the template with <paramref name="labels"/> under its metadata.
    /// </summary>
    private static string Workload(string kind, string selector, string labels = "app: web", string apiVersion = "apps/v1", string templateSpec = "") =>
        "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: web\nspec:\n" + selector
        + "  template:\n    metadata:\n      labels: {" + labels + "}\n    spec:\n" + templateSpec + "      containers: [{name: app, image: nginx}]\n";

    [Fact]
    public void A_matching_selector_is_fine()
    {
        Assert.Empty(Run(Workload("Deployment", "  selector:\n    matchLabels: {app: web}\n", "app: web, tier: x")));
        Assert.Empty(Run(Workload("ReplicaSet", "  selector:\n    matchExpressions: [{key: app, operator: In, values: [api, web]}, {key: canary, operator: DoesNotExist}]\n")));
        Assert.Empty(Run(Workload("StatefulSet", "  selector:\n    matchExpressions: [{key: tier, operator: NotIn, values: [db]}]\n")));
        Assert.Empty(Run(Workload("DaemonSet", "  selector:\n    matchExpressions: [{key: app, operator: Exists}]\n")));
    }

    [Theory]
    [InlineData(36, "{\"app\":\"web\",\"tier\":\"x\"}")]
    [InlineData(34, "{\"app\":\"web\",\"tier\":\"x\"}")]
    [InlineData(33, "map[string]string{\"app\":\"web\", \"tier\":\"x\"}")]
    [InlineData(30, "map[string]string{\"app\":\"web\", \"tier\":\"x\"}")]
    public void A_selector_that_does_not_match_is_reported_on_the_template_labels_printed_as_the_server_prints_them(int minor, string labels) =>
        Assert.Equal(
            new[] { $"POD1090 (10,7): spec.template.metadata.labels: Invalid value: {labels}: `selector` does not match template `labels`" },
            Run(Workload("Deployment", "  selector:\n    matchLabels: {app: api}\n", "tier: x, app: web"), minor));

    [Theory]
    [InlineData(36, "null")]
    [InlineData(33, "map[string]string(nil)")]
    public void A_missing_selector_is_required_and_selects_nothing(int minor, string labels) =>
        Assert.Equal(
            new[]
            {
                "POD1090 (5,1): spec.selector: Required value",
                $"POD1090 (7,5): spec.template.metadata.labels: Invalid value: {labels}: `selector` does not match template `labels`",
            },
            Run("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata: {name: x}\n    spec:\n      containers: [{name: app, image: nginx}]\n", minor));

    [Theory]
    [InlineData("Deployment", 36, "spec.selector: Invalid value: {}: empty selector is invalid for deployment")]
    [InlineData("ReplicaSet", 36, "spec.selector: Invalid value: {}: empty selector is invalid for deployment")]
    [InlineData("StatefulSet", 36, "spec.selector: Invalid value: {}: empty selector is invalid for statefulset")]
    [InlineData("DaemonSet", 36, "spec.selector: Invalid value: {}: empty selector is invalid for daemonset")]
    [InlineData("Deployment", 33, "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment")]
    public void An_empty_selector_is_invalid(string kind, int minor, string message) =>
        Assert.Equal(new[] { "POD1090 (6,3): " + message }, Run(Workload(kind, "  selector: {}\n"), minor));

    [Fact]
    public void An_empty_selector_keeps_its_empty_map_in_go_syntax() =>
        Assert.Equal(
            new[] { "POD1090 (6,3): spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement{}}: empty selector is invalid for deployment" },
            Run(Workload("Deployment", "  selector: {matchLabels: {}, matchExpressions: []}\n"), 32));

    [Theory]
    [InlineData(36, "{\"matchLabels\":{\"app\":\"web\"},\"matchExpressions\":[{\"key\":\"tier\",\"operator\":\"In\"}]}")]
    [InlineData(33, "v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\"}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"tier\", Operator:\"In\", Values:[]string(nil)}}}")]
    public void In_without_values_is_required_and_the_selector_does_not_parse(int minor, string selector) =>
        Assert.Equal(
            new[]
            {
                "POD1090 (9,7): spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
                $"POD1090 (6,3): spec.selector: Invalid value: {selector}: invalid label selector",
            },
            Run(Workload("Deployment", "  selector:\n    matchLabels: {app: web}\n    matchExpressions:\n    - {key: tier, operator: In}\n", templateSpec: "      restartPolicy: Never\n"), minor));

    [Fact]
    public void Selector_syntax_errors_of_a_statefulset_and_a_daemonset()
    {
        var selector = "  selector:\n    matchExpressions:\n    - {key: app, operator: Equals, values: [web]}\n    - {key: \"a b\", operator: Exists, values: [x]}\n";
        var errors = new[]
        {
            "POD1090 (8,28): spec.selector.matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator",
            "POD1090 (9,7): spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            "POD1090 (9,13): spec.selector.matchExpressions[1].key: Invalid value: \"a b\": name part " + LabelNameRegex,
        };
        Assert.Equal(
            new[]
            {
                errors[0], errors[1], errors[2],
                "POD1090 (6,3): spec.selector: Invalid value: {\"matchExpressions\":[{\"key\":\"app\",\"operator\":\"Equals\",\"values\":[\"web\"]},{\"key\":\"a b\",\"operator\":\"Exists\",\"values\":[\"x\"]}]}",
            },
            Run(Workload("StatefulSet", selector)));
        Assert.Equal(errors, Run(Workload("DaemonSet", selector)));
    }

    [Fact]
    public void Match_labels_and_values_must_be_valid_labels() =>
        Assert.Equal(
            new[]
            {
                "POD1090 (7,24): spec.selector.matchLabels: Invalid value: \"a b\": " + LabelValueRegex,
                "POD1090 (8,62): spec.selector.matchExpressions[0].values[0]: Invalid value: \"-x\": " + LabelValueRegex,
                "POD1090 (6,3): spec.selector: Invalid value: {\"matchLabels\":{\"app\":\"a b\"},\"matchExpressions\":[{\"key\":\"tier\",\"operator\":\"NotIn\",\"values\":[\"-x\"]}]}: invalid label selector",
            },
            Run(Workload("ReplicaSet", "  selector:\n    matchLabels: {app: a b}\n    matchExpressions: [{key: tier, operator: NotIn, values: [\"-x\"]}]\n")));

    [Fact]
    public void A_daemonset_without_selector_only_fails_the_template_check() =>
        Assert.Equal(
            new[] { "POD1090 (8,7): spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: `selector` does not match template `labels`" },
            Run(Workload("DaemonSet", string.Empty)));

    [Fact]
    public void Unserved_api_versions_are_not_checked() =>
        Assert.Empty(Run(Workload("Deployment", string.Empty, apiVersion: "extensions/v1beta1", templateSpec: "      restartPolicy: Never\n")));

    [Fact]
    public void A_job_selector_is_generated_unless_manual()
    {
        const string Job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n";
        const string Template = "  template:\n    metadata:\n      labels: {app: once}\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: busybox}]\n";
        Assert.Empty(Run(Job + Template));
        Assert.Empty(Run(Job + "  manualSelector: true\n  selector: {matchLabels: {app: once}}\n" + Template));
        Assert.Equal(
            new[]
            {
                "POD1090 (5,1): spec.selector: Required value",
                "POD1090 (9,7): spec.template.metadata.labels: Invalid value: {\"app\":\"once\"}: `selector` does not match template `labels`",
            },
            Run(Job + "  manualSelector: true\n" + Template));
        Assert.Equal(
            new[] { "POD1090 (10,7): spec.template.metadata.labels: Invalid value: {\"app\":\"once\"}: `selector` does not match template `labels`" },
            Run(Job + "  manualSelector: true\n  selector: {matchLabels: {app: other}}\n" + Template));
    }

    [Theory]
    [InlineData(36, "{\"matchLabels\":{\"app\":\"nightly\"}}")]
    [InlineData(33, "v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"nightly\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}")]
    public void A_cronjob_job_template_may_not_choose_its_selector(int minor, string selector) =>
        Assert.Equal(
            new[]
            {
                $"POD1090 (10,7): spec.jobTemplate.spec.selector: Invalid value: {selector}: `selector` will be auto-generated",
                "POD1090 (9,23): spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: \"nil\", \"false\"",
            },
            Run("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 0 * * *\"\n  jobTemplate:\n    spec:\n      manualSelector: true\n      selector: {matchLabels: {app: nightly}}\n      template:\n        metadata: {labels: {app: nightly}}\n        spec:\n          restartPolicy: Never\n          containers: [{name: app, image: busybox}]\n", minor));

    [Fact]
    public void A_replication_controller_selector_defaults_to_the_template_labels()
    {
        const string Rc = "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: web\nspec:\n";
        Assert.Empty(Run(Rc + "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: app, image: nginx}]\n"));
        Assert.Equal(
            new[] { "POD1090 (5,1): spec.selector: Required value" },
            Run(Rc + "  template:\n    spec:\n      containers: [{name: app, image: nginx}]\n"));
        Assert.Equal(
            new[] { "POD1090 (9,7): spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`" },
            Run(Rc + "  selector: {app: api}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: app, image: nginx}]\n", 31));
    }

    [Theory]
    [InlineData("Deployment")]
    [InlineData("ReplicaSet")]
    [InlineData("StatefulSet")]
    [InlineData("DaemonSet")]
    public void Controllers_that_keep_pods_running_allow_only_always(string kind)
    {
        var selector = "  selector: {matchLabels: {app: web}}\n";
        Assert.Empty(Run(Workload(kind, selector)));
        Assert.Empty(Run(Workload(kind, selector, templateSpec: "      restartPolicy: Always\n")));
        Assert.Equal(
            new[] { "POD1091 (11,22): spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"" },
            Run(Workload(kind, selector, templateSpec: "      restartPolicy: OnFailure\n")));
    }

    [Fact]
    public void A_replication_controller_allows_only_always() =>
        Assert.Equal(
            new[] { "POD1091 (10,22): spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"" },
            Run("apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: nginx}]\n"));

    [Theory]
    [InlineData("", "POD1091 (7,5): spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"")]
    [InlineData("      restartPolicy: Always\n", "POD1091 (8,22): spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"")]
    [InlineData("      restartPolicy: \"\"\n", "POD1091 (8,22): spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"")]
    [InlineData("      restartPolicy: always\n", "POD1091 (8,22): spec.template.spec.restartPolicy: Unsupported value: \"always\": supported values: \"OnFailure\", \"Never\"")]
    [InlineData("      restartPolicy: OnFailure\n", null)]
    [InlineData("      restartPolicy: Never\n", null)]
    public void A_job_allows_only_on_failure_or_never_and_the_default_is_always(string policy, string? expected) =>
        Assert.Equal(
            expected is null ? new string[0] : new[] { expected },
            Run("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n" + policy + "      containers: [{name: app, image: busybox}]\n"));

    [Fact]
    public void A_pod_failure_policy_allows_only_never()
    {
        const string Job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  podFailurePolicy:\n    rules: [{action: FailJob, onExitCodes: {operator: In, values: [42]}}]\n  template:\n    spec:\n";
        Assert.Equal(
            new[] { "POD1091 (10,22): spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified" },
            Run(Job + "      restartPolicy: OnFailure\n      containers: [{name: app, image: busybox}]\n"));
        Assert.Empty(Run(Job + "      restartPolicy: Never\n      containers: [{name: app, image: busybox}]\n"));
        Assert.Equal(
            new[] { "POD1091 (12,26): spec.jobTemplate.spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified" },
            Run("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 0 * * *\"\n  jobTemplate:\n    spec:\n      podFailurePolicy: {rules: [{action: Ignore, onPodConditions: [{type: DisruptionTarget}]}]}\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers: [{name: app, image: busybox}]\n"));
    }

    [Fact]
    public void A_cronjob_template_uses_the_job_template_path() =>
        Assert.Equal(
            new[] { "POD1091 (10,9): spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"" },
            Run("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 0 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: app, image: busybox}]\n"));
}
