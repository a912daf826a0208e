using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1080: values outside an enumerated field's set, with the server's message, on the value.</summary>
public sealed class EnumRulesTests
{
    /// <summary>
    /// A Pod whose one container is on lines 6-8 followed by <paramref name="container"/> (each line
    /// indented four spaces), then <paramref name="spec"/> (indented two spaces, under spec).
    /// </summary>
    private static string PodWith(string container = "", string spec = "") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx\n" + container + spec;

    /// <summary>An apps/v1 workload whose "spec:" is line 5, <paramref name="workloadSpec"/> from line 6, then the template whose "spec:" is followed by <paramref name="templateSpec"/>.</summary>
    private static string Workload(string kind, string workloadSpec = "", string templateSpec = "", string selector = "  selector:\n    matchLabels: {app: web}\n") =>
        "apiVersion: apps/v1\nkind: " + kind + "\nmetadata:\n  name: web\nspec:\n" + workloadSpec + selector
        + "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n" + templateSpec + "      containers: [{name: app, image: nginx}]\n";

    private static string[] Enums(string yaml, int minor = 36) =>
        Run(yaml, minor).Where(finding => finding.StartsWith("POD1080", System.StringComparison.Ordinal)).ToArray();

    [Fact]
    public void A_pod_restart_policy_and_dns_policy_outside_their_sets_are_unsupported() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (9,18): spec.restartPolicy: Unsupported value: \"always\": supported values: \"Always\", \"OnFailure\", \"Never\"",
                "POD1080 (10,14): spec.dnsPolicy: Unsupported value: \"ClusterFirstWithHostNetwork\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"",
            },
            Enums(Pod("  restartPolicy: always\n  dnsPolicy: ClusterFirstWithHostNetwork\n")));

    [Fact]
    public void Defaulted_and_valid_values_are_silent()
    {
        Assert.Empty(Enums(Pod("  restartPolicy: \"\"\n  dnsPolicy: \"\"\n")));
        Assert.Empty(Enums(Pod("  restartPolicy: OnFailure\n  dnsPolicy: None\n")));
        Assert.Empty(Enums(PodWith("    imagePullPolicy: \"\"\n    terminationMessagePolicy: \"\"\n")));
        Assert.Empty(Enums(PodWith("    imagePullPolicy: IfNotPresent\n    terminationMessagePolicy: FallbackToLogsOnError\n")));
    }

    [Fact]
    public void A_value_of_another_yaml_type_is_left_to_strict_decoding() =>
        Assert.Empty(Enums(Pod("  dnsPolicy: 1\n  restartPolicy: [Always]\n")));

    [Fact]
    public void Container_pull_and_termination_message_policies_are_checked_in_every_kind_of_container() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (10,31): spec.containers[0].terminationMessagePolicy: Unsupported value: \"FallbackToLogs\": supported values: \"File\", \"FallbackToLogsOnError\"",
                "POD1080 (9,22): spec.containers[0].imagePullPolicy: Unsupported value: \"always\": supported values: \"Always\", \"IfNotPresent\", \"Never\"",
                "POD1080 (14,22): spec.initContainers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"",
                "POD1080 (18,22): spec.ephemeralContainers[0].imagePullPolicy: Unsupported value: \"never\": supported values: \"Always\", \"IfNotPresent\", \"Never\"",
            },
            Enums(PodWith(
                "    imagePullPolicy: always\n    terminationMessagePolicy: FallbackToLogs\n",
                "  initContainers:\n  - name: init\n    image: busybox\n    imagePullPolicy: Sometimes\n"
                + "  ephemeralContainers:\n  - name: debug\n    image: busybox\n    imagePullPolicy: never\n")));

    [Theory]
    [InlineData(34, "POD1080 (12,20): spec.initContainers[0].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"")]
    [InlineData(30, "POD1080 (12,20): spec.initContainers[0].restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"")]
    [InlineData(35, null)]
    [InlineData(36, null)]
    public void An_init_container_restart_policy_is_Always_only_until_container_restart_rules(int minor, string? expected) =>
        Assert.Equal(
            expected is null ? new string[0] : new[] { expected },
            Enums(Pod("  initContainers:\n  - name: init\n    image: busybox\n    restartPolicy: OnFailure\n"), minor));

    [Fact]
    public void The_http_scheme_of_a_validated_handler_is_checked() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (11,45): spec.containers[0].lifecycle.preStop.httpGet.scheme: Unsupported value: \"http\": supported values: \"HTTP\", \"HTTPS\"",
                "POD1080 (12,58): spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: \"TCP\": supported values: \"HTTP\", \"HTTPS\"",
                "POD1080 (20,48): spec.initContainers[1].startupProbe.httpGet.scheme: Unsupported value: \"https\": supported values: \"HTTP\", \"HTTPS\"",
            },
            Enums(PodWith(
                "    lifecycle:\n      postStart: {exec: {command: [true]}, httpGet: {port: 80, scheme: http}}\n      preStop: {httpGet: {port: 80, scheme: http}}\n"
                + "    livenessProbe: {httpGet: {port: 80, path: /, scheme: TCP}}\n",
                "  initContainers:\n  - name: plain\n    image: busybox\n    readinessProbe: {httpGet: {port: 80, scheme: https}}\n"
                + "  - name: sidecar\n    image: busybox\n    restartPolicy: Always\n    startupProbe: {httpGet: {port: 80, scheme: https}}\n")));

    [Fact]
    public void Volume_mount_enums_are_reported_on_the_list_path_as_the_server_does()
    {
        var yaml = PodWith(
            "    volumeMounts:\n    - {name: data, mountPath: /a, mountPropagation: HostToContainers}\n    - {name: data, mountPath: /b, readOnly: true, recursiveReadOnly: enabled}\n",
            "  volumes:\n  - name: data\n    emptyDir: {}\n");
        Assert.Equal(
            new[]
            {
                "POD1080 (10,53): spec.containers[0].volumeMounts.mountPropagation: Unsupported value: \"HostToContainers\": supported values: \"Bidirectional\", \"HostToContainer\", \"None\"",
                "POD1080 (11,70): spec.containers[0].volumeMounts.recursiveReadOnly: Unsupported value: \"enabled\": supported values: \"Disabled\", \"Enabled\", \"IfPossible\"",
            },
            Enums(yaml));
        Assert.Single(Enums(yaml, 30));
    }

    [Theory]
    [InlineData(33, 2)]
    [InlineData(32, 0)]
    public void Resize_policies_are_checked_once_in_place_resize_is_on(int minor, int count)
    {
        var findings = Enums(PodWith("    resizePolicy:\n    - {resourceName: CPU, restartPolicy: NotRequired}\n    - {resourceName: memory, restartPolicy: Restart}\n"), minor);
        Assert.Equal(count, findings.Length);
        if (count > 0)
        {
            Assert.Equal("POD1080 (10,22): spec.containers[0].resizePolicy: Unsupported value: \"CPU\": supported values: \"cpu\", \"memory\"", findings[0]);
            Assert.Equal("POD1080 (11,45): spec.containers[0].resizePolicy: Unsupported value: \"Restart\": supported values: \"NotRequired\", \"RestartContainer\"", findings[1]);
        }
    }

    [Theory]
    [InlineData(36, "POD1080 (10,18): spec.containers[0].securityContext.procMount: Unsupported value: \"Masked\": supported values: \"Default\", \"Unmasked\"")]
    [InlineData(32, null)]
    public void Proc_mount_is_checked_once_the_feature_is_on(int minor, string? expected) =>
        Assert.Equal(
            expected is null ? new string[0] : new[] { expected },
            Enums(PodWith("    securityContext:\n      procMount: Masked\n"), minor));

    [Fact]
    public void Seccomp_and_apparmor_profile_types_are_enumerated_and_a_missing_type_is_left_to_POD1087() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (10,30): spec.containers[0].securityContext.seccompProfile.type: Unsupported value: \"runtime/default\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\"",
                "POD1080 (13,26): spec.securityContext.fsGroupChangePolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnRootMismatch\"",
                "POD1080 (15,29): spec.securityContext.appArmorProfile.type: Unsupported value: \"unconfined\": supported values: \"Localhost\", \"RuntimeDefault\", \"Unconfined\"",
                "POD1080 (16,31): spec.securityContext.supplementalGroupsPolicy: Unsupported value: \"Loose\": supported values: \"Merge\", \"Strict\"",
            },
            Enums(PodWith(
                "    securityContext:\n      seccompProfile: {type: runtime/default}\n      appArmorProfile: {localhostProfile: x}\n",
                "  securityContext:\n    fsGroupChangePolicy: Sometimes\n    seccompProfile: {}\n    appArmorProfile: {type: unconfined}\n    supplementalGroupsPolicy: Loose\n")));

    [Theory]
    [InlineData(34)]
    [InlineData(36)]
    public void Toleration_operators_and_effects(int minor) =>
        Assert.Equal(
            new[]
            {
                "POD1080 (10,24): spec.tolerations[0].operator: Unsupported value: \"equal\": supported values: \"Equal\", \"Exists\"",
                "POD1080 (11,40): spec.tolerations[1].effect: Unsupported value: \"NoScheduled\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"",
            },
            Enums(Pod("  tolerations:\n  - {key: a, operator: equal, value: b}\n  - {key: a, operator: Exists, effect: NoScheduled}\n  - {operator: Exists}\n"), minor));

    [Theory]
    [InlineData(34, true)]
    [InlineData(35, false)]
    [InlineData(36, false)]
    public void The_comparison_operators_are_unsupported_until_1_35_and_left_alone_from_then(int minor, bool reported) =>
        Assert.Equal(
            reported ? new[] { "POD1080 (10,24): spec.tolerations[0].operator: Unsupported value: \"Gt\": supported values: \"Equal\", \"Exists\"" } : new string[0],
            Enums(Pod("  tolerations:\n  - {key: a, operator: Gt, value: \"4\"}\n"), minor));

    [Fact]
    public void Topology_spread_enums_and_an_absent_when_unsatisfiable() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (10,5): spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: \"\": supported values: \"DoNotSchedule\", \"ScheduleAnyway\"",
                "POD1080 (14,24): spec.topologySpreadConstraints[1].whenUnsatisfiable: Unsupported value: \"DoNotScheduled\": supported values: \"DoNotSchedule\", \"ScheduleAnyway\"",
                "POD1080 (15,23): spec.topologySpreadConstraints[1].nodeTaintsPolicy: Unsupported value: \"honor\": supported values: \"Honor\", \"Ignore\"",
                "POD1080 (16,61): spec.topologySpreadConstraints[1].labelSelector.matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator",
            },
            Enums(Pod(
                "  topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: zone\n"
                + "  - maxSkew: 1\n    topologyKey: zone\n    whenUnsatisfiable: DoNotScheduled\n    nodeTaintsPolicy: honor\n"
                + "    labelSelector: {matchExpressions: [{key: app, operator: Equals, values: [web]}]}\n")));

    [Fact]
    public void Affinity_operators_are_invalid_selector_operators() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (14,35): spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value: \"Equal\": not a valid selector operator",
                "POD1080 (15,56): spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].operator: Invalid value: \"Exists\": not a valid selector operator",
                "POD1080 (18,63): spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].operator: Invalid value: \"in\": not a valid selector operator",
                "POD1080 (21,85): spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].operator: Invalid value: \"Gt\": not a valid selector operator",
            },
            Enums(Pod(
                "  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n"
                + "        - matchExpressions:\n          - {key: zone, operator: Equal, values: [a]}\n"
                + "          matchFields: [{key: metadata.name, operator: Exists}]\n"
                + "      preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 1\n"
                + "        preference: {matchExpressions: [{key: disk, operator: in, values: [ssd]}, {key: cpu, operator: Gt, values: ['4']}]}\n"
                + "    podAntiAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n"
                + "      - {topologyKey: zone, labelSelector: {matchExpressions: [{key: app, operator: Gt, values: ['1']}]}}\n")));

    [Fact]
    public void Volume_enums_of_the_first_volume_source() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (11,35): spec.volumes[0].hostPath.type: Unsupported value: \"Dir\": supported values: \"\", \"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\"",
                "POD1080 (21,40): spec.volumes[3].ephemeral.volumeClaimTemplate.spec.accessModes: Unsupported value: \"RWO\": supported values: \"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOnce\", \"ReadWriteOncePod\"",
                "POD1080 (22,23): spec.volumes[3].ephemeral.volumeClaimTemplate.spec.volumeMode: Unsupported value: \"block\": supported values: \"Block\", \"Filesystem\"",
            },
            Enums(Pod(
                "  volumes:\n  - name: a\n    hostPath: {path: /data, type: Dir}\n"
                + "  - name: b\n    hostPath: {path: /data, type: \"\"}\n"
                + "  - name: c\n    emptyDir: {}\n    hostPath: {path: /data, type: Dir}\n"
                + "  - name: d\n    ephemeral:\n      volumeClaimTemplate:\n        spec:\n          accessModes: [ReadWriteOnce, RWO]\n          volumeMode: block\n"
                + "          resources: {requests: {storage: 1Gi}}\n")));

    [Fact]
    public void Os_name_is_unsupported_on_spec_os_and_required_on_the_name()
    {
        Assert.Equal(
            new[] { "POD1080 (10,11): spec.os: Unsupported value: \"Linux\": supported values: \"linux\", \"windows\"" },
            Enums(Pod("  os:\n    name: Linux\n")));
        Assert.Equal(
            new[] { "POD1080 (9,3): spec.os.name: Required value: cannot be empty" },
            Enums(Pod("  os: {}\n")));
    }

    [Fact]
    public void From_1_34_a_bad_value_is_printed_as_json() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (9,14): spec.dnsPolicy: Unsupported value: \"a\\u003cb\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"",
                "POD1080 (9,14): spec.dnsPolicy: Unsupported value: \"a<b\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"",
            },
            Enums(Pod("  dnsPolicy: a<b\n"), 34).Concat(Enums(Pod("  dnsPolicy: a<b\n"), 33)).ToArray());

    [Fact]
    public void Preemption_policy_is_checked_in_templates_only()
    {
        Assert.Empty(Enums(Pod("  preemptionPolicy: Always\n")));
        Assert.Equal(
            new[]
            {
                "POD1080 (12,25): spec.template.spec.preemptionPolicy: Unsupported value: \"Always\": supported values: \"PreemptLowerPriority\", \"Never\"",
            },
            Enums(Workload("Deployment", templateSpec: "      preemptionPolicy: Always\n")));
        Assert.Equal(
            new[] { "POD1080 (12,25): spec.template.spec.preemptionPolicy: Required value" },
            Enums(Workload("DaemonSet", templateSpec: "      preemptionPolicy: \"\"\n")));
    }

    [Fact]
    public void A_template_restart_policy_is_left_to_POD1091() =>
        Assert.Empty(Enums(Workload("Deployment", templateSpec: "      restartPolicy: Sometimes\n")));

    [Fact]
    public void A_template_is_not_checked_where_the_server_does_not_validate_it()
    {
        Assert.Empty(Enums(Workload("StatefulSet", templateSpec: "      dnsPolicy: Cluster\n")));
        Assert.Empty(Enums(Workload("Deployment", templateSpec: "      dnsPolicy: Cluster\n", selector: "  selector:\n    matchLabels: {app: \"a b\"}\n")));
        Assert.Empty(Enums(Workload("Deployment", templateSpec: "      dnsPolicy: Cluster\n").Replace("apps/v1", "extensions/v1beta1")));
        Assert.Single(Enums(Workload("Deployment", templateSpec: "      dnsPolicy: Cluster\n")));
    }

    [Theory]
    [InlineData(36, "{\"Type\":\"Rolling\",\"RollingUpdate\":null}")]
    [InlineData(33, "apps.DeploymentStrategy{Type:\"Rolling\", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}")]
    public void A_deployment_strategy_type_prints_the_whole_strategy(int minor, string printed) =>
        Assert.Equal(
            new[] { $"POD1080 (7,11): spec.strategy: Unsupported value: {printed}: supported values: \"Recreate\", \"RollingUpdate\"" },
            Enums(Workload("Deployment", "  strategy:\n    type: Rolling\n"), minor));

    [Fact]
    public void A_strategy_with_rolling_update_parameters_is_left_out() =>
        Assert.Empty(Enums(Workload("Deployment", "  strategy:\n    type: Rolling\n    rollingUpdate: {maxSurge: 1}\n")));

    [Fact]
    public void A_daemonset_update_strategy_type() =>
        Assert.Equal(
            new[] { "POD1080 (7,11): spec.updateStrategy: Unsupported value: {\"Type\":\"Delete\",\"RollingUpdate\":null}: supported values: \"RollingUpdate\", \"OnDelete\"" },
            Enums(Workload("DaemonSet", "  updateStrategy:\n    type: Delete\n")));

    [Fact]
    public void Statefulset_fields_use_the_servers_invalid_messages() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (6,24): spec.podManagementPolicy: Invalid value: \"parallel\": must be 'OrderedReady' or 'Parallel'",
                "POD1080 (8,11): spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy{Type:\"Rolling\", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: must be 'RollingUpdate' or 'OnDelete'",
                "POD1080 (10,18): spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Keep\": supported values: \"Retain\", \"Delete\"",
            },
            Enums(
                Workload("StatefulSet", "  podManagementPolicy: parallel\n  updateStrategy:\n    type: Rolling\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Keep\n    whenScaled: Retain\n"),
                33));

    [Fact]
    public void Cronjob_concurrency_policy_and_job_template_fields() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (7,22): spec.concurrencyPolicy: Unsupported value: \"forbid\": supported values: \"Allow\", \"Forbid\", \"Replace\"",
                "POD1080 (10,23): spec.jobTemplate.spec.completionMode: Unsupported value: \"indexed\": supported values: \"NonIndexed\", \"Indexed\"",
                "POD1080 (11,29): spec.jobTemplate.spec.podReplacementPolicy: Unsupported value: \"Terminating\": supported values: \"Failed\", \"TerminatingOrFailed\"",
            },
            Enums(
                "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 1 * * *\"\n  concurrencyPolicy: forbid\n  jobTemplate:\n    spec:\n"
                + "      completionMode: indexed\n      podReplacementPolicy: Terminating\n"
                + "      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: app, image: busybox}]\n"));

    [Fact]
    public void Job_pod_failure_policy_rules() =>
        Assert.Equal(
            new[]
            {
                "POD1080 (8,16): spec.podFailurePolicy.rules[0].action: Unsupported value: \"Fail\": supported values: \"Count\", \"FailIndex\", \"FailJob\", \"Ignore\"",
                "POD1080 (8,46): spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: \"Equals\": supported values: \"In\", \"NotIn\"",
                "POD1080 (9,7): spec.podFailurePolicy.rules[1].action: Required value: valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]",
                "POD1080 (9,59): spec.podFailurePolicy.rules[1].onPodConditions[0].status: Unsupported value: \"Maybe\": supported values: \"False\", \"True\", \"Unknown\"",
                "POD1080 (10,24): spec.podFailurePolicy.rules[2].onExitCodes.operator: Required value: valid values: [\"In\" \"NotIn\"]",
                "POD1080 (11,25): spec.podReplacementPolicy: Unsupported value: \"TerminatingOrFailed\": supported values: \"Failed\"",
            },
            Enums(
                "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  podFailurePolicy:\n    rules:\n"
                + "    - {action: Fail, onExitCodes: {operator: Equals, values: [1]}}\n"
                + "    - {onPodConditions: [{type: DisruptionTarget, status: Maybe}, {type: Ready}]}\n"
                + "    - {action: Ignore, onExitCodes: {values: [2]}}\n"
                + "  podReplacementPolicy: TerminatingOrFailed\n"
                + "  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: app, image: busybox}]\n"));
}
