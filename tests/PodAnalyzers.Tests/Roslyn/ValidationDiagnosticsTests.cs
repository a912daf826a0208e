using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>The POD10xx rules through the analyzer: severities, exact spans in the YAML, server messages.</summary>
public sealed class ValidationDiagnosticsTests
{
    private const string File = "/k8s/pod.yaml";

    [Fact]
    public Task The_sample_from_the_issue_is_reported_on_the_key() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/web.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeSelector:\n    disk type: ssd\n  containers:\n  - name: app\n    image: nginx\n")
            .Expect(Diagnostic("POD1001").WithSpan("/k8s/web.yaml", 7, 5, 7, 14)
                .WithMessage("spec.nodeSelector: Invalid value: \"disk type\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"))
            .RunAsync();

    [Fact]
    public Task Pod1002_label_value_in_a_deployment_template() =>
        VerifyAsync(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web app\n    spec:\n      containers:\n      - name: app\n        image: nginx\n",
            Diagnostic("POD1002").WithSpan(File, 9, 14, 9, 21)
                .WithMessage("spec.template.metadata.labels: Invalid value: \"web app\": " + LabelValueRegex));

    [Fact]
    public Task Label_messages_follow_the_configured_kubernetes_version()
    {
        var value = new string('v', 64);
        return new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersKubernetesVersion", "1.34")
            .WithManifest(File, Pod("  nodeSelector:\n    zone: " + value + "\n"))
            .Expect(Diagnostic("POD1002").WithSpan(File, 10, 11, 10, 75)
                .WithMessage($"spec.nodeSelector: Invalid value: \"{value}\": must be no more than 63 characters"))
            .RunAsync();
    }

    [Fact]
    public Task Pod1011_node_name() =>
        VerifyAsync(
            Pod("  nodeName: Node_1\n"),
            Diagnostic("POD1011").WithSpan(File, 9, 13, 9, 19).WithMessage("spec.nodeName: Invalid value: \"Node_1\": " + SubdomainRegex),
            Diagnostic("POD1010").WithSpan(File, 9, 13, 9, 19));

    [Fact]
    public Task Pod1020_pod1021_pod1022_host_aliases() =>
        VerifyAsync(
            Pod("  hostAliases:\n  - ip: fe80::1%eth0\n    hostnames: [db_1]\n  - ip: 10.0.0.1\n    hostnames: [a]\n  - ip: 10.0.0.1\n    hostnames: [b]\n"),
            Diagnostic("POD1020").WithSpan(File, 10, 9, 10, 21).WithMessage("spec.hostAliases[0].ip: Invalid value: \"fe80::1%eth0\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            Diagnostic("POD1021").WithSpan(File, 11, 17, 11, 21).WithMessage("spec.hostAliases[0].hostnames[0]: Invalid value: \"db_1\": " + SubdomainRegex),
            Diagnostic("POD1022").WithSpan(File, 14, 9, 14, 17).WithMessage("spec.hostAliases[2].ip: duplicate ip \"10.0.0.1\""));

    [Fact]
    public Task Pod1030_share_process_namespace_with_host_pid() =>
        VerifyAsync(
            Pod("  shareProcessNamespace: true\n  hostPID: true\n"),
            Diagnostic("POD1030").WithSpan(File, 9, 26, 9, 30)
                .WithMessage("spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled"));

    [Fact]
    public Task Pod1040_cronjob_name_with_its_path_prefix_elsewhere() =>
        VerifyAsync(
            "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: Nightly\nspec:\n  schedule: \"0 0 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: job\n            image: busybox\n            env:\n            - name: A=B\n",
            Diagnostic("POD1040").WithSpan(File, 4, 9, 4, 16).WithMessage("metadata.name: Invalid value: \"Nightly\": " + SubdomainRegex),
            Diagnostic("POD1070").WithSpan(File, 16, 21, 16, 24)
                .WithMessage("spec.jobTemplate.spec.template.spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"));

    [Fact]
    public Task Pod1041_pod1042_pod1043_containers() =>
        VerifyAsync(
            Pod("  - name: app\n    image: \"\"\n  - name: web.app\n    image: nginx\n").Replace("    image: nginx\n  - name: app", "    image: nginx\n  - name: app").Replace("spec:\n  containers:\n  - name: app\n    image: nginx\n  - name: app", "spec:\n  containers:\n  - name: app\n    image: nginx\n  - name: app"),
            Diagnostic("POD1043").WithSpan(File, 10, 12, 10, 14).WithMessage("spec.containers[1].image: Required value"),
            Diagnostic("POD1041").WithSpan(File, 11, 11, 11, 18).WithMessage("spec.containers[2].name: Invalid value: \"web.app\": must not contain dots"),
            Diagnostic("POD1042").WithSpan(File, 9, 11, 9, 14).WithMessage("spec.containers[1].name: Duplicate value: \"app\""));

    [Fact]
    public Task Pod1050_to_pod1054_ports() =>
        VerifyAsync(
            Pod("  - name: b\n    image: nginx\n    ports:\n    - {name: web--1, containerPort: 0}\n    - {name: http, containerPort: 80, hostPort: 80}\n    - {name: http, containerPort: 8080, hostPort: 80, protocol: TCP}\n    - {containerPort: 80}\n    - {containerPort: 81, protocol: tcp}\n"),
            Diagnostic("POD1051").WithSpan(File, 12, 14, 12, 20).WithMessage("spec.containers[1].ports[0].name: Invalid value: \"web--1\": must not contain consecutive hyphens"),
            Diagnostic("POD1050").WithSpan(File, 12, 37, 12, 38).WithMessage("spec.containers[1].ports[0].containerPort: Required value"),
            Diagnostic("POD1052").WithSpan(File, 14, 14, 14, 18).WithMessage("spec.containers[1].ports[2].name: Duplicate value: \"http\""),
            Diagnostic("POD1054").WithSpan(File, 14, 51, 14, 53).WithMessage("spec.containers[1].ports[2].hostPort: Duplicate value: \"TCP//80\""),
            Diagnostic("POD1053").WithSpan(File, 15, 23, 15, 25).WithMessage("spec.containers[1].ports[3]: overlapping port definition with spec.containers[1].ports[1]"),
            Diagnostic("POD1050").WithSpan(File, 16, 37, 16, 40).WithMessage("spec.containers[1].ports[4].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""));

    [Fact]
    public Task Pod1060_to_pod1062_volumes() =>
        VerifyAsync(
            Pod("    volumeMounts:\n    - {name: cache, mountPath: /data}\n    - {name: data, mountPath: /data, subPath: a, subPathExpr: b}\n  volumes:\n  - name: data\n    emptyDir: {}\n  - name: data\n    emptyDir: {}\n"),
            Diagnostic("POD1061").WithSpan(File, 10, 14, 10, 19).WithMessage("spec.containers[0].volumeMounts[0].name: Not found: \"cache\""),
            Diagnostic("POD1062").WithSpan(File, 11, 31, 11, 36).WithMessage("spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique"),
            Diagnostic("POD1062").WithSpan(File, 11, 63, 11, 64).WithMessage("spec.containers[0].volumeMounts[1].subPathExpr: Invalid value: \"b\": subPathExpr and subPath are mutually exclusive"),
            Diagnostic("POD1060").WithSpan(File, 15, 11, 15, 15).WithMessage("spec.volumes[1].name: Duplicate value: \"data\""));

    [Fact]
    public Task Pod1070_pod1071_env() =>
        VerifyAsync(
            Pod("    env:\n    - {name: MODE, value: a}\n    - {name: MODE, value: b}\n    - {name: \"\", value: c}\n"),
            Diagnostic("POD1071").WithSpan(File, 11, 14, 11, 18).WithMessage("spec.containers[0].env[1]: hides previous definition of \"MODE\", which may be dropped when using apply"),
            Diagnostic("POD1070").WithSpan(File, 12, 14, 12, 16).WithMessage("spec.containers[0].env[2].name: Required value"));

    [Fact]
    public Task Env_names_follow_the_configured_version() =>
        new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersKubernetesVersion", "1.31")
            .WithManifest(File, Pod("    env:\n    - {name: 1st, value: a}\n"))
            .Expect(Diagnostic("POD1070").WithSpan(File, 10, 14, 10, 17)
                .WithMessage("spec.containers[0].env[0].name: Invalid value: \"1st\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"))
            .RunAsync();

    [Fact]
    public Task A_valid_pod_has_no_diagnostics() =>
        VerifyAsync(Pod("  nodeSelector:\n    kubernetes.io/os: linux\n  hostAliases:\n  - ip: 10.0.0.1\n    hostnames: [db.local]\n"));
}
