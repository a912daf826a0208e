using System;
using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1092 over batch/v1 Jobs and CronJobs: validateJobSpec, ValidateJob's hostname check, validateCronJobSpec.</summary>
public sealed class JobSpecRulesTests
{
    private const string Negative = "must be greater than or equal to 0";

    /// <summary>A Job whose <paramref name="spec"/> lines start at line 6 (two-space indent).</summary>
    private static string Job(string spec, string name = "web", string containers = "[{name: app, image: busybox}]") =>
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: " + name + "\nspec:\n" + spec
        + "  template:\n    spec:\n      restartPolicy: Never\n      containers: " + containers + "\n";

    /// <summary>A CronJob: <paramref name="spec"/> from line 7, then jobTemplate (line 7 + its lines) whose spec lines come from <paramref name="jobSpec"/> (six-space indent).</summary>
    private static string CronJob(string spec, string jobSpec = "") =>
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: web\nspec:\n  schedule: \"* * * * *\"\n" + spec
        + "  jobTemplate:\n    spec:\n" + jobSpec + "      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: app, image: busybox}]\n";

    private static string[] Pod1092(string yaml, int minor = 36) =>
        Run(yaml, minor).Where(finding => finding.StartsWith("POD1092", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Valid_jobs_are_silent()
    {
        Assert.Empty(Run(Job("  parallelism: 0\n  completions: 0\n  backoffLimit: 0\n  activeDeadlineSeconds: 0\n  ttlSecondsAfterFinished: 0\n")));
        Assert.Empty(Run(Job("  completionMode: Indexed\n  completions: 5\n  parallelism: 100000\n  backoffLimitPerIndex: 1\n  maxFailedIndexes: 5\n  managedBy: kueue.x-k8s.io/multikueue\n")));
        Assert.Empty(Run(Job(
            "  backoffLimitPerIndex: 1\n  completionMode: Indexed\n  completions: 10\n  podReplacementPolicy: Failed\n  podFailurePolicy:\n    rules:\n"
            + "    - {action: FailIndex, onExitCodes: {containerName: app, operator: In, values: [1, 2, 42]}}\n"
            + "    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}\n"
            + "    - {action: Count, onExitCodes: {operator: NotIn, values: [0]}}\n"
            + "  successPolicy:\n    rules: [{succeededIndexes: \"0,2-4,+9\", succeededCount: 4}, {succeededCount: 10}]\n")));
        Assert.Empty(Run(CronJob("  startingDeadlineSeconds: 0\n  successfulJobsHistoryLimit: 0\n  failedJobsHistoryLimit: 0\n", "      backoffLimit: 3\n")));
    }

    [Fact]
    public void Negative_job_counts_are_reported_in_server_order()
    {
        Assert.Equal(
            new[]
            {
                "POD1092 (7,16): spec.parallelism: Invalid value: -2: " + Negative,
                "POD1092 (6,16): spec.completions: Invalid value: -1: " + Negative,
                "POD1092 (8,26): spec.activeDeadlineSeconds: Invalid value: -10000000000: " + Negative,
                "POD1092 (9,17): spec.backoffLimit: Invalid value: -6: " + Negative,
                "POD1092 (10,28): spec.ttlSecondsAfterFinished: Invalid value: -1: " + Negative,
            },
            Pod1092(Job("  completions: -1\n  parallelism: -2\n  activeDeadlineSeconds: -10000000000\n  backoffLimit: -6\n  ttlSecondsAfterFinished: -1\n")));
    }

    [Fact]
    public void Per_index_backoff_needs_the_indexed_completion_mode()
    {
        Assert.Equal(
            new[]
            {
                "POD1092 (6,21): spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified",
                "POD1092 (6,21): spec.maxFailedIndexes: Invalid value: 1: requires indexed completion mode",
            },
            Pod1092(Job("  maxFailedIndexes: 1\n")));
        Assert.Equal(
            new[] { "POD1092 (7,25): spec.backoffLimitPerIndex: Invalid value: 2: requires indexed completion mode" },
            Pod1092(Job("  completionMode: NonIndexed\n  backoffLimitPerIndex: 2\n")));
    }

    [Fact]
    public void An_indexed_job_needs_completions_within_the_limits()
    {
        Assert.Equal(
            new[]
            {
                "POD1092 (6,19): spec.completions: Required value: when completion mode is Indexed",
                "POD1092 (7,16): spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode is Indexed",
            },
            Pod1092(Job("  completionMode: Indexed\n  parallelism: 100001\n")));
        Assert.Equal(
            new[] { "POD1092 (9,21): spec.maxFailedIndexes: Invalid value: 4: must be less than or equal to completions" },
            Pod1092(Job("  completionMode: Indexed\n  completions: 3\n  backoffLimitPerIndex: 0\n  maxFailedIndexes: 4\n")));
        Assert.Equal(
            new[]
            {
                "POD1092 (7,16): spec.maxFailedIndexes: Required value: must be specified when completions is above 100000",
                "POD1092 (9,16): spec.parallelism: Invalid value: 10001: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index",
            },
            Pod1092(Job("  completionMode: Indexed\n  completions: 100001\n  backoffLimitPerIndex: 1\n  parallelism: 10001\n")));
    }

    [Fact]
    public void An_indexed_job_name_must_leave_room_for_the_pod_index()
    {
        Assert.Equal(
            new[] { "POD1092 (4,9): metadata.name: Invalid value: \"my.job\": will not able to create pod with invalid DNS label: my.job-2" },
            Pod1092(Job("  completionMode: Indexed\n  completions: 3\n", name: "my.job")));
        var name = new string('a', 61);
        Assert.Equal(
            new[] { $"POD1092 (4,9): metadata.name: Invalid value: \"{name}\": will not able to create pod with invalid DNS label: {name}-10" },
            Pod1092(Job("  completionMode: Indexed\n  completions: 11\n", name: name)));
        Assert.Empty(Pod1092(Job("  completionMode: Indexed\n  completions: 10\n", name: name)));
        Assert.Empty(Pod1092(Job("  completions: 11\n", name: name)));
    }

    [Theory]
    [InlineData(36, "Too long: may not be more than 63 bytes")]
    public void Managed_by_must_be_a_short_domain_prefixed_path(int minor, string tooLong)
    {
        Assert.Equal(
            new[] { "POD1092 (6,14): spec.managedBy: Invalid value: \"kueue\": must be a domain-prefixed path (such as \"acme.io/foo\")" },
            Pod1092(Job("  managedBy: kueue\n"), minor));
        Assert.Equal(
            new[]
            {
                "POD1092 (6,14): spec.managedBy: Invalid value: \"Example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                "POD1092 (6,14): spec.managedBy: Invalid value: \"a b\": Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')",
            },
            Pod1092(Job("  managedBy: \"Example.com/a b\"\n"), minor));
        Assert.Equal(
            new[] { "POD1092 (6,14): spec.managedBy: " + tooLong },
            Pod1092(Job("  managedBy: example.com/" + new string('x', 52) + "\n"), minor));
        Assert.Empty(Pod1092(Job("  managedBy: kueue\n"), 31));
    }

    [Fact]
    public void Pod_failure_policy_exit_codes_must_be_sorted_unique_and_not_zero_for_in()
    {
        var yaml = Job("  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes:\n        operator: In\n        values: [0, 3, 1, 1]\n");
        Assert.Equal(
            new[]
            {
                "POD1092 (11,18): spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator",
                "POD1092 (11,27): spec.podFailurePolicy.rules[0].onExitCodes.values[3]: Duplicate value: 1",
                "POD1092 (11,9): spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [0,3,1,1]: must be ordered",
            },
            Pod1092(yaml));
        Assert.Contains(
            "POD1092 (11,9): spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{0, 3, 1, 1}: must be ordered",
            Pod1092(yaml, 33));
    }

    [Fact]
    public void Pod_failure_policy_rules_need_exactly_one_requirement_and_known_containers()
    {
        Assert.Equal(
            new[]
            {
                "POD1092 (8,7): spec.podFailurePolicy.rules[0].action: Required value: valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]",
                "POD1092 (9,53): spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: \"main\": must be one of the container or initContainer names in the pod template",
                "POD1092 (9,67): spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []: at least one value is required",
                "POD1092 (8,7): spec.podFailurePolicy.rules[0]: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported",
                "POD1092 (10,7): spec.podFailurePolicy.rules[1]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required",
            },
            Pod1092(Job(
                "  podFailurePolicy:\n    rules:\n"
                + "    - onPodConditions: [{type: DisruptionTarget}]\n"
                + "      onExitCodes: {operator: NotIn, containerName: main, values: []}\n"
                + "    - action: Ignore\n")));
    }

    [Fact]
    public void Fail_index_needs_per_index_backoff_and_a_failure_policy_replaces_only_failed_pods() =>
        Assert.Equal(
            new[]
            {
                "POD1092 (9,15): spec.podFailurePolicy.rules[0].action: Invalid value: \"FailIndex\": requires the backoffLimitPerIndex to be set",
                "POD1092 (6,25): spec.podReplacementPolicy: Unsupported value: \"TerminatingOrFailed\": supported values: \"Failed\"",
            },
            Pod1092(Job("  podReplacementPolicy: TerminatingOrFailed\n  podFailurePolicy:\n    rules:\n    - action: FailIndex\n      onExitCodes: {operator: In, values: [1]}\n")));

    [Fact]
    public void A_pod_condition_type_must_be_a_qualified_name() =>
        Assert.Equal(
            new[]
            {
                "POD1092 (9,32): spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: \"bad type\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
            },
            Pod1092(Job("  podFailurePolicy:\n    rules:\n    - action: Ignore\n      onPodConditions: [{type: bad type}]\n")));

    [Theory]
    [InlineData(36, true)]
    [InlineData(34, true)]
    [InlineData(33, false)]
    public void A_success_policy_requires_the_indexed_mode(int minor, bool reported)
    {
        var findings = Pod1092(Job("  successPolicy:\n    rules: [{succeededIndexes: \"0-2\"}, {succeededCount: 1}]\n"), minor);
        var expected = "POD1092 (6,3): spec.successPolicy: Invalid value: {\"Rules\":[{\"SucceededIndexes\":\"0-2\",\"SucceededCount\":null},{\"SucceededIndexes\":null,\"SucceededCount\":1}]}: requires indexed completion mode";
        Assert.Equal(reported ? new[] { expected } : Array.Empty<string>(), findings);
    }

    [Fact]
    public void Success_policy_rules_must_fit_the_completions()
    {
        Assert.Equal(
            new[]
            {
                "POD1092 (10,26): spec.successPolicy.rules[0].succeededIndexes: Invalid value: \"1-5\": error parsing succeededIndexes: too large index: \"5\"",
                "POD1092 (10,47): spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of specified completions)",
                "POD1092 (10,47): spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 0 (the number of indexes in the specified succeededIndexes field)",
                "POD1092 (11,7): spec.successPolicy.rules[1]: Required value: at least one of succeededCount or succeededIndexes must be specified",
            },
            Pod1092(Job("  completionMode: Indexed\n  completions: 3\n  successPolicy:\n    rules:\n    - {succeededIndexes: 1-5, succeededCount: 4}\n    - {}\n")));
    }

    [Fact]
    public void Succeeded_indexes_must_increase()
    {
        Assert.Equal(
            new[] { "POD1092 (9,32): spec.successPolicy.rules[0].succeededIndexes: Invalid value: \"3,1\": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1" },
            Pod1092(Job("  completionMode: Indexed\n  completions: 5\n  successPolicy:\n    rules: [{succeededIndexes: \"3,1\"}]\n")));
        Assert.Equal(
            new[] { "POD1092 (9,32): spec.successPolicy.rules[0].succeededIndexes: Invalid value: \"1-2-3\": error parsing succeededIndexes: the fragment \"1-2-3\" violates the requirement that an index interval can have at most two parts separated by '-'" },
            Pod1092(Job("  completionMode: Indexed\n  completions: 5\n  successPolicy:\n    rules: [{succeededIndexes: \"1-2-3\"}]\n")));
        Assert.Equal(
            new[] { "POD1092 (9,32): spec.successPolicy.rules[0].succeededIndexes: Invalid value: \"a\": error parsing succeededIndexes: cannot convert string to integer for index: \"a\"" },
            Pod1092(Job("  completionMode: Indexed\n  completions: 5\n  successPolicy:\n    rules: [{succeededIndexes: \"a\"}]\n")));
    }

    [Fact]
    public void A_cron_job_checks_its_own_limits_and_its_undefaulted_job_template() =>
        Assert.Equal(
            new[]
            {
                "POD1092 (7,28): spec.startingDeadlineSeconds: Invalid value: -5: " + Negative,
                "POD1092 (13,21): spec.jobTemplate.spec.backoffLimit: Invalid value: -1: " + Negative,
                "POD1092 (12,23): spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed",
                "POD1092 (8,31): spec.successfulJobsHistoryLimit: Invalid value: -1: " + Negative,
                "POD1092 (9,27): spec.failedJobsHistoryLimit: Invalid value: -2: " + Negative,
            },
            Pod1092(CronJob(
                "  startingDeadlineSeconds: -5\n  successfulJobsHistoryLimit: -1\n  failedJobsHistoryLimit: -2\n",
                "      completionMode: Indexed\n      backoffLimit: -1\n")));
}
