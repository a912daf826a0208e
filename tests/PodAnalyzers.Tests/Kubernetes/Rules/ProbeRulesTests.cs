using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1083 (probes and lifecycle handlers as the server validates them) and POD1084 (named ports the container does not declare).</summary>
public sealed class ProbeRulesTests
{
    private const string Range = "must be between 1 and 65535, inclusive";
    private const string Negative = "must be greater than or equal to 0";

    /// <summary>A Pod whose only container "app" is declared on line 7; <paramref name="fields"/> are added to it from line 9 (indented four spaces).</summary>
    private static bool IsPod1083(string finding) => finding.StartsWith("POD1083", System.StringComparison.Ordinal);

    private static string[] RunContainer(string fields, int minor = 36) => Run(Pod(fields), minor);

    [Fact]
    public void Valid_probes_and_hooks_of_every_kind_are_silent() =>
        Assert.Empty(RunContainer(
            "    ports: [{name: http, containerPort: 8080}, {name: grpc-port, containerPort: 9090}]\n"
            + "    livenessProbe:\n      httpGet: {path: /healthz, port: http, httpHeaders: [{name: X-Probe, value: a b}]}\n"
            + "      initialDelaySeconds: 0\n      timeoutSeconds: 0\n      periodSeconds: 0\n      successThreshold: 0\n      failureThreshold: 0\n      terminationGracePeriodSeconds: 1\n"
            + "    readinessProbe:\n      tcpSocket: {port: 8080}\n      successThreshold: 3\n"
            + "    startupProbe:\n      grpc: {port: 9090, service: health}\n      successThreshold: 1\n"
            + "    lifecycle:\n      postStart: {exec: {command: [sh, -c, date]}}\n      preStop: {sleep: {seconds: 30}}\n"));

    [Fact]
    public void A_probe_without_a_handler_is_reported_on_its_key() =>
        Assert.Equal(
            new[] { "POD1083 (9,5): spec.containers[0].livenessProbe: Required value: must specify a handler type" },
            RunContainer("    livenessProbe:\n      periodSeconds: 5\n"));

    [Fact]
    public void An_empty_hook_is_reported_but_a_null_one_is_not() =>
        Assert.Equal(
            new[] { "POD1083 (10,7): spec.containers[0].lifecycle.preStop: Required value: must specify a handler type" },
            RunContainer("    lifecycle:\n      preStop: {}\n      postStart: null\n"));

    [Fact]
    public void A_handler_under_an_unknown_key_is_left_to_strict_decoding() =>
        Assert.Empty(RunContainer("    livenessProbe:\n      httpget: {port: 80}\n    startupProbe:\n      sleep: {seconds: 1}\n"));

    [Fact]
    public void Every_handler_after_the_first_is_forbidden_on_its_key_and_only_the_first_is_checked() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (11,7): spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type",
                "POD1083 (12,7): spec.containers[0].readinessProbe.grpc: Forbidden: may not specify more than 1 handler type",
            },
            RunContainer("    readinessProbe:\n      httpGet: {port: 80}\n      tcpSocket: {port: 0}\n      grpc: {}\n"));

    [Fact]
    public void A_hook_may_sleep_but_a_second_handler_is_forbidden() =>
        Assert.Equal(
            new[] { "POD1083 (12,9): spec.containers[0].lifecycle.preStop.sleep: Forbidden: may not specify more than 1 handler type" },
            RunContainer("    lifecycle:\n      preStop:\n        exec: {command: [drain]}\n        sleep: {seconds: 5}\n"));

    [Fact]
    public void Negative_timings_are_reported_on_the_value_after_zeros_are_defaulted() =>
        Assert.Equal(
            new[]
            {
                $"POD1083 (11,28): spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -1: {Negative}",
                $"POD1083 (13,22): spec.containers[0].readinessProbe.periodSeconds: Invalid value: -5: {Negative}",
                $"POD1083 (14,25): spec.containers[0].readinessProbe.successThreshold: Invalid value: -2: {Negative}",
                $"POD1083 (15,25): spec.containers[0].readinessProbe.failureThreshold: Invalid value: -3: {Negative}",
            },
            RunContainer("    readinessProbe:\n      exec: {command: [true]}\n      initialDelaySeconds: -1\n      timeoutSeconds: 0\n      periodSeconds: -5\n      successThreshold: -2\n      failureThreshold: -3\n"));

    [Fact]
    public void Liveness_and_startup_probes_need_a_success_threshold_of_one() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (11,25): spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1",
                $"POD1083 (14,25): spec.containers[0].startupProbe.successThreshold: Invalid value: -1: {Negative}",
                "POD1083 (14,25): spec.containers[0].startupProbe.successThreshold: Invalid value: -1: must be 1",
            },
            RunContainer(
                "    livenessProbe:\n      exec: {command: [true]}\n      successThreshold: 2\n"
                + "    startupProbe:\n      exec: {command: [true]}\n      successThreshold: -1\n"));

    [Fact]
    public void A_probe_grace_period_must_be_positive_and_a_readiness_probe_has_none() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (11,38): spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0",
                "POD1083 (14,38): spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: -4: must be greater than 0",
                "POD1083 (14,38): spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: -4: must not be set for readinessProbes",
                "POD1083 (17,38): spec.containers[0].startupProbe.terminationGracePeriodSeconds: Invalid value: -1: must be greater than 0",
            },
            RunContainer(
                "    livenessProbe:\n      exec: {command: [true]}\n      terminationGracePeriodSeconds: 0\n"
                + "    readinessProbe:\n      exec: {command: [true]}\n      terminationGracePeriodSeconds: -4\n"
                + "    startupProbe:\n      exec: {command: [true]}\n      terminationGracePeriodSeconds: -1\n"));

    [Fact]
    public void A_readiness_grace_period_is_reported_even_when_valid() =>
        Assert.Equal(
            new[] { "POD1083 (11,38): spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes" },
            RunContainer("    readinessProbe:\n      exec: {command: [true]}\n      terminationGracePeriodSeconds: 10\n"));

    [Fact]
    public void An_exec_action_needs_a_command() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (10,7): spec.containers[0].livenessProbe.exec.command: Required value",
                "POD1083 (13,18): spec.containers[0].readinessProbe.exec.command: Required value",
            },
            RunContainer("    livenessProbe:\n      exec: {}\n    readinessProbe:\n      exec:\n        command: []\n"));

    [Fact]
    public void Http_and_tcp_ports_are_numbers_or_port_names_and_an_absent_port_is_zero() =>
        Assert.Equal(
            new[]
            {
                $"POD1083 (17,25): spec.containers[0].lifecycle.postStart.httpGet.port: Invalid value: 70000: {Range}",
                $"POD1083 (10,7): spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: {Range}",
                "POD1083 (12,23): spec.containers[0].readinessProbe.httpGet.port: Invalid value: \"8080\": must contain at least one letter (a-z)",
                "POD1083 (14,25): spec.containers[0].startupProbe.tcpSocket.port: Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
                "POD1083 (14,25): spec.containers[0].startupProbe.tcpSocket.port: Invalid value: \"HTTP\": must contain at least one letter (a-z)",
            },
            RunContainer(
                "    livenessProbe:\n      httpGet: {path: /}\n"
                + "    readinessProbe:\n      httpGet: {port: \"8080\"}\n"
                + "    startupProbe:\n      tcpSocket: {port: HTTP}\n"
                + "    lifecycle:\n      postStart:\n        httpGet: {port: 70000}\n"));

    [Fact]
    public void A_grpc_port_is_a_number_from_1_to_65535() =>
        Assert.Equal(
            new[]
            {
                $"POD1083 (10,7): spec.containers[0].livenessProbe.grpc.port: Invalid value: 0: {Range}",
                $"POD1083 (12,20): spec.containers[0].readinessProbe.grpc.port: Invalid value: -1: {Range}",
            },
            RunContainer("    livenessProbe:\n      grpc: {service: x}\n    readinessProbe:\n      grpc: {port: -1}\n"));

    [Fact]
    public void Http_header_names_are_checked_at_the_headers_path() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (10,48): spec.containers[0].livenessProbe.httpGet.httpHeaders: Invalid value: \"X Probe\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
                "POD1083 (10,82): spec.containers[0].livenessProbe.httpGet.httpHeaders: Invalid value: \"\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
            },
            RunContainer("    livenessProbe:\n      httpGet: {port: 80, httpHeaders: [{name: X Probe, value: v}, {name: X-Ok}, {value: v}]}\n"));

    [Theory]
    [InlineData(36, "    lifecycle:\n      preStop: {sleep: {seconds: 31}}\n", "(10,34)", "Invalid value: 31: must be non-negative and less than terminationGracePeriodSeconds (30)")]
    [InlineData(33, "    lifecycle:\n      preStop: {sleep: {seconds: -1}}\n", "(10,34)", "Invalid value: -1: must be non-negative and less than terminationGracePeriodSeconds (30)")]
    [InlineData(32, "    lifecycle:\n      preStop: {sleep: {seconds: 0}}\n", "(10,34)", "Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.")]
    [InlineData(31, "    lifecycle:\n      preStop: {sleep: {}}\n", "(10,17)", "Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30)")]
    public void A_sleep_lies_within_the_pod_grace_period_and_is_reported_at_the_sleep_path(int minor, string fields, string position, string message) =>
        Assert.Equal(new[] { $"POD1083 {position}: spec.containers[0].lifecycle.preStop.sleep: {message}" }, RunContainer(fields, minor));

    [Fact]
    public void A_zero_sleep_is_allowed_from_1_33_and_the_limit_is_the_written_grace_period()
    {
        Assert.Empty(RunContainer("    lifecycle:\n      preStop: {sleep: {seconds: 0}}\n", 33));
        Assert.Empty(Run(Pod("    lifecycle:\n      preStop: {sleep: {seconds: 60}}\n  terminationGracePeriodSeconds: 60\n")));
        Assert.Equal(
            new[] { "POD1083 (10,34): spec.containers[0].lifecycle.preStop.sleep: Invalid value: 6: must be non-negative and less than terminationGracePeriodSeconds (5)" },
            Run(Pod("    lifecycle:\n      preStop: {sleep: {seconds: 6}}\n  terminationGracePeriodSeconds: 5\n")));
    }

    [Fact]
    public void A_sleep_is_not_measured_against_a_negative_or_unreadable_grace_period()
    {
        Assert.DoesNotContain(Run(Pod("    lifecycle:\n      preStop: {sleep: {seconds: 5}}\n  terminationGracePeriodSeconds: -1\n")), IsPod1083);
        Assert.DoesNotContain(Run(Pod("    lifecycle:\n      preStop: {sleep: {seconds: 5}}\n  terminationGracePeriodSeconds: soon\n")), IsPod1083);
    }

    [Fact]
    public void Init_containers_without_restartPolicy_Always_may_have_no_probes_or_hooks() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (12,5): spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always",
                "POD1083 (13,5): spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always",
                "POD1083 (14,5): spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always",
                "POD1083 (15,5): spec.initContainers[0].startupProbe: Forbidden: may not be set for init containers without restartPolicy=Always",
            },
            Run(Pod(
                "  initContainers:\n  - name: init\n    image: busybox\n"
                + "    lifecycle: {}\n    livenessProbe: {}\n    readinessProbe: {exec: {command: [true]}}\n    startupProbe: {}\n    restartPolicy: Never\n")).Where(IsPod1083));

    [Fact]
    public void A_sidecar_init_container_is_checked_like_a_regular_one() =>
        Assert.Equal(
            new[] { "POD1083 (13,5): spec.initContainers[0].startupProbe: Required value: must specify a handler type" },
            Run(Pod(
                "  initContainers:\n  - name: proxy\n    image: envoy\n    restartPolicy: Always\n"
                + "    startupProbe: {periodSeconds: 1}\n    readinessProbe: {tcpSocket: {port: 9901}}\n    lifecycle: {preStop: {sleep: {seconds: 3}}}\n")));

    [Fact]
    public void Ephemeral_containers_may_have_no_probes_or_hooks() =>
        Assert.Equal(
            new[]
            {
                "POD1083 (12,5): spec.ephemeralContainers[0].livenessProbe: Forbidden: cannot be set for an Ephemeral Container",
                "POD1083 (13,5): spec.ephemeralContainers[0].lifecycle: Forbidden: cannot be set for an Ephemeral Container",
            },
            Run(Pod("  ephemeralContainers:\n  - name: debug\n    image: busybox\n    livenessProbe: {exec: {command: [true]}}\n    lifecycle: {}\n    readinessProbe: null\n")).Where(IsPod1083));

    [Fact]
    public void Fields_of_the_wrong_type_are_left_to_strict_decoding() =>
        Assert.DoesNotContain(RunContainer(
            "    livenessProbe:\n      httpGet: yes\n"
            + "    readinessProbe:\n      tcpSocket: {port: 80.5}\n      periodSeconds: \"-1\"\n      successThreshold: 5000000000\n"
            + "    startupProbe:\n      exec: {command: true}\n"
            + "    lifecycle:\n      preStop: {sleep: {seconds: soon}}\n"),
            IsPod1083);

    [Fact]
    public void A_workload_template_is_reported_with_its_template_path() =>
        Assert.Equal(
            new[] { "POD1083 (13,9): spec.template.spec.containers[0].livenessProbe: Required value: must specify a handler type" },
            Run("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n      - name: app\n        image: nginx\n        livenessProbe: {initialDelaySeconds: 3}\n"));

    [Fact]
    public void A_named_port_the_container_does_not_declare_is_a_warning_on_the_name() =>
        Assert.Equal(
            new[]
            {
                "POD1084 (15,33): spec.containers[0].lifecycle.preStop.httpGet.port: port name \"metrics\" is not declared in spec.containers[0].ports: the kubelet cannot resolve it and the hook fails",
                "POD1084 (11,23): spec.containers[0].livenessProbe.httpGet.port: port name \"metrics\" is not declared in spec.containers[0].ports: the kubelet cannot resolve it and the probe fails",
                "POD1084 (13,25): spec.containers[0].readinessProbe.tcpSocket.port: port name \"admin\" is not declared in spec.containers[0].ports: the kubelet cannot resolve it and the probe fails",
            },
            RunContainer(
                "    ports: [{name: http, containerPort: 8080}, {containerPort: 9000}]\n"
                + "    livenessProbe:\n      httpGet: {port: metrics}\n"
                + "    readinessProbe:\n      tcpSocket: {port: admin}\n"
                + "    lifecycle:\n      preStop: {httpGet: {port: metrics}}\n      postStart: {tcpSocket: {port: metrics}}\n"));

    [Fact]
    public void A_port_of_another_container_does_not_count_and_no_ports_means_none_declared() =>
        Assert.Equal(
            new[] { "POD1084 (13,36): spec.containers[1].startupProbe.httpGet.port: port name \"http\" is not declared in spec.containers[1].ports: the kubelet cannot resolve it and the probe fails" },
            Run(Pod("    ports: [{name: http, containerPort: 8080}]\n    startupProbe: {httpGet: {port: http}}\n  - name: sidecar\n    image: envoy\n    startupProbe: {httpGet: {port: http}}\n")));

    [Fact]
    public void Numbers_invalid_names_and_unreadable_port_lists_give_no_warning()
    {
        Assert.Empty(RunContainer("    livenessProbe: {httpGet: {port: 8080}}\n"));
        Assert.Equal(
            new[] { "POD1083 (9,37): spec.containers[0].livenessProbe.httpGet.port: Invalid value: \"Metrics\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)" },
            RunContainer("    livenessProbe: {httpGet: {port: Metrics}}\n"));
        Assert.DoesNotContain(RunContainer("    ports: [{name: 8080}]\n    livenessProbe: {httpGet: {port: http}}\n"), finding => finding.StartsWith("POD1084", System.StringComparison.Ordinal));
        Assert.DoesNotContain(RunContainer("    ports: http\n    livenessProbe: {httpGet: {port: http}}\n"), finding => finding.StartsWith("POD1084", System.StringComparison.Ordinal));
    }
}
