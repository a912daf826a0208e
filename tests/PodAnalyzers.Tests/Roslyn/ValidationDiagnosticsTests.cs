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
            .WithManifest("/k8s/web.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  nodeSelector:
                    {|#0:disk type|}: ssd
                  containers:
                  - name: app
                    image: nginx

                """)
            .Expect(Diagnostic("POD1001").WithLocation(0)
                .WithMessage("spec.nodeSelector: Invalid value: \"disk type\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"))
            .RunAsync();

    [Fact]
    public Task Pod1002_label_value_in_a_deployment_template() =>
        VerifyAsync(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector: {matchExpressions: [{key: app, operator: Exists}]}
              template:
                metadata:
                  labels:
                    app: {|#0:web app|}
                spec:
                  containers:
                  - name: app
                    image: nginx

            """,
            Diagnostic("POD1002").WithLocation(0)
                .WithMessage("spec.template.metadata.labels: Invalid value: \"web app\": " + LabelValueRegex));

    [Fact]
    public Task Pod1090_selector_that_does_not_match_the_template_labels() =>
        VerifyAsync(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  {|#0:labels|}: {app: frontend}
                spec:
                  containers:
                  - name: app
                    image: nginx

            """,
            Diagnostic("POD1090").WithLocation(0)
                .WithMessage("spec.template.metadata.labels: Invalid value: {\"app\":\"frontend\"}: `selector` does not match template `labels`"));

    [Fact]
    public Task Pod1091_job_without_restart_policy() =>
        VerifyAsync(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
            spec:
              template:
                {|#0:spec|}:
                  containers:
                  - name: migrate
                    image: busybox

            """,
            Diagnostic("POD1091").WithLocation(0)
                .WithMessage("spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""));

    [Fact]
    public Task Label_messages_follow_the_configured_kubernetes_version()
    {
        var value = new string('v', 64);
        return new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersKubernetesVersion", "1.34")
            .WithManifest(File, Pod($$"""
                  nodeSelector:
                    zone: {|#0:{{value}}|}

                """))
            .Expect(Diagnostic("POD1002").WithLocation(0)
                .WithMessage($"spec.nodeSelector: Invalid value: \"{value}\": must be no more than 63 characters"))
            .RunAsync();
    }

    [Fact]
    public Task Pod1011_node_name() =>
        VerifyAsync(
            Pod("""
                  nodeName: {|#0:Node_1|}

                """),
            Diagnostic("POD1011").WithLocation(0).WithMessage("spec.nodeName: Invalid value: \"Node_1\": " + SubdomainRegex),
            Diagnostic("POD1010").WithLocation(0));

    [Fact]
    public Task Pod1020_pod1021_pod1022_host_aliases() =>
        VerifyAsync(
            Pod("""
                  hostAliases:
                  - ip: {|#0:fe80::1%eth0|}
                    hostnames: [{|#1:db_1|}]
                  - ip: 10.0.0.1
                    hostnames: [a]
                  - ip: {|#2:10.0.0.1|}
                    hostnames: [b]

                """),
            Diagnostic("POD1020").WithLocation(0).WithMessage("spec.hostAliases[0].ip: Invalid value: \"fe80::1%eth0\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            Diagnostic("POD1021").WithLocation(1).WithMessage("spec.hostAliases[0].hostnames[0]: Invalid value: \"db_1\": " + SubdomainRegex),
            Diagnostic("POD1022").WithLocation(2).WithMessage("spec.hostAliases[2].ip: duplicate ip \"10.0.0.1\""));

    [Fact]
    public Task Pod1030_share_process_namespace_with_host_pid() =>
        VerifyAsync(
            Pod("""
                  shareProcessNamespace: {|#0:true|}
                  hostPID: true

                """),
            Diagnostic("POD1030").WithLocation(0)
                .WithMessage("spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled"));

    [Fact]
    public Task Pod1040_cronjob_name_with_its_path_prefix_elsewhere() =>
        VerifyAsync(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: {|#0:Nightly|}
            spec:
              schedule: "0 0 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: job
                        image: busybox
                        env:
                        - name: {|#1:A=B|}

            """,
            Diagnostic("POD1040").WithLocation(0).WithMessage("metadata.name: Invalid value: \"Nightly\": " + SubdomainRegex),
            Diagnostic("POD1070").WithLocation(1)
                .WithMessage("spec.jobTemplate.spec.template.spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"));

    [Fact]
    public Task Pod1041_pod1042_pod1043_containers() =>
        VerifyAsync(
            Pod("""
                  - name: {|#0:app|}
                    image: {|#1:""|}
                  - name: {|#2:web.app|}
                    image: nginx

                """),
            Diagnostic("POD1043").WithLocation(1).WithMessage("spec.containers[1].image: Required value"),
            Diagnostic("POD1041").WithLocation(2).WithMessage("spec.containers[2].name: Invalid value: \"web.app\": must not contain dots"),
            Diagnostic("POD1042").WithLocation(0).WithMessage("spec.containers[1].name: Duplicate value: \"app\""));

    [Fact]
    public Task Pod1050_to_pod1054_ports() =>
        VerifyAsync(
            Pod("""
                  - name: b
                    image: nginx
                    ports:
                    - {name: {|#0:web--1|}, containerPort: {|#1:0|}}
                    - {name: http, containerPort: 80, hostPort: 80}
                    - {name: {|#2:http|}, containerPort: 8080, hostPort: {|#3:80|}, protocol: TCP}
                    - {containerPort: {|#4:80|}}
                    - {containerPort: 81, protocol: {|#5:tcp|}}

                """),
            Diagnostic("POD1051").WithLocation(0).WithMessage("spec.containers[1].ports[0].name: Invalid value: \"web--1\": must not contain consecutive hyphens"),
            Diagnostic("POD1050").WithLocation(1).WithMessage("spec.containers[1].ports[0].containerPort: Required value"),
            Diagnostic("POD1052").WithLocation(2).WithMessage("spec.containers[1].ports[2].name: Duplicate value: \"http\""),
            Diagnostic("POD1054").WithLocation(3).WithMessage("spec.containers[1].ports[2].hostPort: Duplicate value: \"TCP//80\""),
            Diagnostic("POD1053").WithLocation(4).WithMessage("spec.containers[1].ports[3]: overlapping port definition with spec.containers[1].ports[1]"),
            Diagnostic("POD1050").WithLocation(5).WithMessage("spec.containers[1].ports[4].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""));

    [Fact]
    public Task Pod1060_to_pod1062_volumes() =>
        VerifyAsync(
            Pod("""
                    volumeMounts:
                    - {name: {|#0:cache|}, mountPath: /data}
                    - {name: data, mountPath: {|#1:/data|}, subPath: a, subPathExpr: {|#2:b|}}
                  volumes:
                  - name: data
                    emptyDir: {}
                  - name: {|#3:data|}
                    emptyDir: {}

                """),
            Diagnostic("POD1061").WithLocation(0).WithMessage("spec.containers[0].volumeMounts[0].name: Not found: \"cache\""),
            Diagnostic("POD1062").WithLocation(1).WithMessage("spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique"),
            Diagnostic("POD1062").WithLocation(2).WithMessage("spec.containers[0].volumeMounts[1].subPathExpr: Invalid value: \"b\": subPathExpr and subPath are mutually exclusive"),
            Diagnostic("POD1060").WithLocation(3).WithMessage("spec.volumes[1].name: Duplicate value: \"data\""));

    [Fact]
    public Task Pod1070_pod1071_env() =>
        VerifyAsync(
            Pod("""
                    env:
                    - {name: MODE, value: a}
                    - {name: {|#0:MODE|}, value: b}
                    - {name: {|#1:""|}, value: c}

                """),
            Diagnostic("POD1071").WithLocation(0).WithMessage("spec.containers[0].env[1]: hides previous definition of \"MODE\", which may be dropped when using apply"),
            Diagnostic("POD1070").WithLocation(1).WithMessage("spec.containers[0].env[2].name: Required value"));

    [Fact]
    public Task Env_names_follow_the_configured_version() =>
        new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersKubernetesVersion", "1.31")
            .WithManifest(File, Pod("""
                    env:
                    - {name: {|#0:1st|}, value: a}

                """))
            .Expect(Diagnostic("POD1070").WithLocation(0)
                .WithMessage("spec.containers[0].env[0].name: Invalid value: \"1st\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"))
            .RunAsync();

    [Fact]
    public Task A_valid_pod_has_no_diagnostics() =>
        VerifyAsync(Pod("""
              nodeSelector:
                kubernetes.io/os: linux
              hostAliases:
              - ip: 10.0.0.1
                hostnames: [db.local]

            """));

    [Fact]
    public Task Pod1093_cronjob_schedule_and_time_zone() =>
        VerifyAsync(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              schedule: {|#0:"61 * * * *"|}
              timeZone: {|#1:Europe/Pariss|}
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                      - name: report
                        image: busybox

            """,
            Diagnostic("POD1093").WithLocation(0)
                .WithMessage("spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59): 61"),
            Diagnostic("POD1093").WithLocation(1)
                .WithMessage("spec.timeZone: Invalid value: \"Europe/Pariss\": unknown time zone Europe/Pariss"));
}
