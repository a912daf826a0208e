using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1085: env var sources (validateEnvVarValueFrom) and envFrom (ValidateEnvFrom).</summary>
public sealed class EnvSourceRulesTests
{
    private const string OneSourceWithFiles = "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`";
    private const string OneSource = "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`";

    private const string EnvFieldPaths =
        "supported values: \"metadata.name\", \"metadata.namespace\", \"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", \"status.hostIPs\", \"status.podIP\", \"status.podIPs\"";

    /// <summary>The test pod's container with <paramref name="env"/> as its env list, from line 10 ("    - ...").</summary>
    private static string Env(string env) => Pod("    env:\n" + env);

    private static string[] Pod1085(string yaml, int minor = 36) =>
        System.Array.FindAll(Run(yaml, minor), finding => finding.StartsWith("POD1085", System.StringComparison.Ordinal));

    [Fact]
    public void Value_and_valueFrom_together_are_reported_on_valueFrom() =>
        Assert.Equal(
            new[] { "POD1085 (12,7): spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty" },
            Run(Env("    - name: A\n      value: x\n      valueFrom:\n        fieldRef: {fieldPath: metadata.name}\n")));

    [Theory]
    [InlineData(36, OneSourceWithFiles)]
    [InlineData(35, OneSourceWithFiles)]
    [InlineData(34, OneSource)]
    [InlineData(30, OneSource)]
    public void A_valueFrom_without_source_names_the_sources_of_the_version(int minor, string detail) =>
        Assert.Equal(
            new[] { "POD1085 (11,7): spec.containers[0].env[0].valueFrom: Invalid value: \"\": " + detail },
            Run(Env("    - name: A\n      valueFrom: {fieldRef: null}\n"), minor));

    [Fact]
    public void Two_sources_are_one_too_many() =>
        Assert.Equal(
            new[] { "POD1085 (11,7): spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not have more than one field specified at a time" },
            Run(Env("    - name: A\n      valueFrom:\n        fieldRef: {fieldPath: metadata.name}\n        secretKeyRef: {name: db, key: password}\n")));

    [Fact]
    public void Field_paths_are_converted_then_checked_against_what_an_env_var_may_read() =>
        Assert.Equal(
            new[]
            {
                "POD1085 (10,51): spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"metadata.labels\": " + EnvFieldPaths,
                "POD1085 (11,51): spec.containers[0].env[1].valueFrom.fieldRef.fieldPath: Unsupported value: \"status.phase\": " + EnvFieldPaths,
                "POD1085 (12,51): spec.containers[0].env[2].valueFrom.fieldRef.fieldPath: Invalid value: \"spec.nodename\": error converting fieldPath: field label not supported: spec.nodename",
                "POD1085 (13,67): spec.containers[0].env[3].valueFrom.fieldRef.fieldPath: Invalid value: \"metadata.name\": error converting fieldPath: unsupported pod version: v2",
                "POD1085 (14,51): spec.containers[0].env[4].valueFrom.fieldRef.fieldPath: Invalid value: \"metadata.name['x']\": error converting fieldPath: field label does not support subscript: metadata.name['x']",
                "POD1085 (15,29): spec.containers[0].env[5].valueFrom.fieldRef.fieldPath: Required value",
            },
            Run(Env(
                "    - {name: A, valueFrom: {fieldRef: {fieldPath: metadata.labels}}}\n"
                + "    - {name: B, valueFrom: {fieldRef: {fieldPath: status.phase}}}\n"
                + "    - {name: C, valueFrom: {fieldRef: {fieldPath: spec.nodename}}}\n"
                + "    - {name: D, valueFrom: {fieldRef: {apiVersion: v2, fieldPath: metadata.name}}}\n"
                + "    - {name: E, valueFrom: {fieldRef: {fieldPath: \"metadata.name['x']\"}}}\n"
                + "    - {name: F, valueFrom: {fieldRef: {apiVersion: v1}}}\n")));

    [Fact]
    public void A_subscript_must_be_a_label_key_and_annotation_keys_are_lowered_first() =>
        Assert.Equal(
            new[]
            {
                "POD1085 (10,51): spec.containers[0].env[0].valueFrom.fieldRef: Invalid value: \"a b\": name part " + LabelNameRegex,
                "POD1085 (11,51): spec.containers[0].env[1].valueFrom.fieldRef: Invalid value: \"my_key/x\": prefix part " + SubdomainRegex,
            },
            Run(Env(
                "    - {name: A, valueFrom: {fieldRef: {fieldPath: \"metadata.labels['a b']\"}}}\n"
                + "    - {name: B, valueFrom: {fieldRef: {fieldPath: \"metadata.annotations['My_Key/x']\"}}}\n"
                + "    - {name: C, valueFrom: {fieldRef: {fieldPath: \"metadata.annotations['Example.COM/Key']\"}}}\n")));

    [Fact]
    public void Container_resources_and_their_hugepages_prefixes() =>
        Assert.Equal(
            new[]
            {
                "POD1085 (10,58): spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: \"limits.nvidia.com/gpu\": supported values: \"limits.cpu\", \"limits.ephemeral-storage\", \"limits.memory\", \"requests.cpu\", \"requests.ephemeral-storage\", \"requests.memory\"",
                "POD1085 (11,29): spec.containers[0].env[1].valueFrom.resourceFieldRef.resource: Required value",
            },
            Run(Env(
                "    - {name: A, valueFrom: {resourceFieldRef: {resource: limits.nvidia.com/gpu}}}\n"
                + "    - {name: B, valueFrom: {resourceFieldRef: {containerName: app}}}\n"
                + "    - {name: C, valueFrom: {resourceFieldRef: {resource: requests.hugepages-2Mi}}}\n")));

    [Fact]
    public void Key_selectors_need_a_valid_name_even_when_empty_and_a_config_key() =>
        Assert.Equal(
            new[]
            {
                "POD1085 (10,29): spec.containers[0].env[0].valueFrom.configMapKeyRef.name: Invalid value: \"\": " + SubdomainRegex,
                "POD1085 (11,50): spec.containers[0].env[1].valueFrom.secretKeyRef.name: Invalid value: \"DB_Secret\": " + SubdomainRegex,
                "POD1085 (11,66): spec.containers[0].env[1].valueFrom.secretKeyRef.key: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
                "POD1085 (12,29): spec.containers[0].env[2].valueFrom.configMapKeyRef.key: Required value",
                "POD1085 (13,63): spec.containers[0].env[3].valueFrom.configMapKeyRef.key: Invalid value: \"..\": must not be '..'",
            },
            Run(Env(
                "    - {name: A, valueFrom: {configMapKeyRef: {key: mode}}}\n"
                + "    - {name: B, valueFrom: {secretKeyRef: {name: DB_Secret, key: a/b}}}\n"
                + "    - {name: C, valueFrom: {configMapKeyRef: {name: cfg}}}\n"
                + "    - {name: D, valueFrom: {configMapKeyRef: {name: cfg, key: \"..\"}}}\n")));

    [Fact]
    public void File_key_refs_count_from_1_35_and_need_key_volume_and_path()
    {
        var yaml = Env("    - name: A\n      valueFrom:\n        fileKeyRef: {optional: true}\n");
        Assert.Equal(
            new[]
            {
                "POD1085 (12,9): spec.containers[0].env[0].valueFrom.fileKeyRef.key: Required value",
                "POD1085 (12,9): spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Required value",
                "POD1085 (12,9): spec.containers[0].env[0].valueFrom.fileKeyRef.path: Required value",
            },
            Run(yaml, 35));
        Assert.Empty(Run(yaml, 34));
        Assert.Empty(Run(Env("    - name: A\n      valueFrom:\n        fileKeyRef: {key: DB_ADDRESS, volumeName: config, path: ..config/a..b/.env}\n"), 36));
        Assert.Equal(
            new[]
            {
                "POD1085 (12,27): spec.containers[0].env[0].valueFrom.fileKeyRef.key: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
                "POD1085 (12,46): spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Invalid value: \"Config\": " + DnsLabelRegex,
                "POD1085 (12,60): spec.containers[0].env[0].valueFrom.fileKeyRef.path: Invalid value: \"env/../x\": must not contain '..'",
            },
            Run(Env("    - name: A\n      valueFrom:\n        fileKeyRef: {key: \"A=B\", volumeName: Config, path: env/../x}\n"), 36));
    }

    [Fact]
    public void Env_from_needs_exactly_one_reference_with_a_valid_name_and_prefix() =>
        Assert.Equal(
            new[]
            {
                "POD1085 (10,7): spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`",
                "POD1085 (11,7): spec.containers[0].envFrom: Invalid value: \"\": may not have more than one field specified at a time",
                "POD1085 (12,25): spec.containers[0].envFrom[2].secretRef.name: Invalid value: \"Bad_Name\": " + SubdomainRegex,
                "POD1085 (13,28): spec.containers[0].envFrom[3].configMapRef.name: Required value",
                "POD1085 (14,16): spec.containers[0].envFrom[4].prefix: Invalid value: \"A=\": a valid environment variable name must consist only of printable ASCII characters other than '='",
            },
            Run(Pod(
                "    envFrom:\n"
                + "    - {prefix: APP_}\n"
                + "    - {configMapRef: {name: cfg}, secretRef: {name: db}}\n"
                + "    - secretRef: {name: Bad_Name}\n"
                + "    - configMapRef: {name: \"\"}\n"
                + "    - {prefix: \"A=\", configMapRef: {name: cfg-}}\n")));

    [Fact]
    public void Env_from_prefixes_follow_the_strict_rule_before_1_32() =>
        Assert.Equal(
            new[] { "POD1085 (10,16): spec.containers[0].envFrom[0].prefix: Invalid value: \"1_\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')" },
            Run(Pod("    envFrom:\n    - {prefix: \"1_\", configMapRef: {name: cfg}}\n"), 31));

    [Fact]
    public void Valid_sources_stay_silent() =>
        Assert.Empty(Run(Env(
            "    - {name: A, value: \"\", valueFrom: {fieldRef: {fieldPath: spec.host}}}\n"
            + "    - {name: B, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: status.hostIPs}}}\n"
            + "    - {name: C, valueFrom: {fieldRef: {fieldPath: \"metadata.labels['app.kubernetes.io/name']\"}}}\n"
            + "    - {name: D, valueFrom: {resourceFieldRef: {containerName: app, resource: limits.ephemeral-storage, divisor: 1Mi}}}\n"
            + "    - {name: E, valueFrom: {configMapKeyRef: {name: app-config, key: LOG_LEVEL, optional: true}}}\n"
            + "    - {name: F, valueFrom: {secretKeyRef: {name: db.credentials, key: .password}}}\n"
            + "    - {name: G, value: plain}\n"
            + "    envFrom:\n"
            + "    - {prefix: MY_, configMapRef: {name: app-config}}\n"
            + "    - secretRef: {name: db, optional: true}\n")));

    [Fact]
    public void Wrongly_typed_fields_are_left_to_strict_decoding() =>
        Assert.Empty(Pod1085(Env(
            "    - {name: A, valueFrom: {configMapKeyRef: {name: cfg, key: 123}}}\n"
            + "    - {name: B, valueFrom: {fieldRef: yes}}\n"
            + "    - {name: C, value: 5, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n")));

    [Fact]
    public void Workload_templates_and_init_containers_carry_their_paths() =>
        Assert.Equal(
            new[] { "POD1085 (13,25): spec.template.spec.initContainers[0].env[0].valueFrom: Invalid value: \"\": " + OneSourceWithFiles },
            Run(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: app, image: nginx}]\n"
                + "      initContainers:\n      - name: init\n        env: [{name: A, valueFrom: {}}]\n        image: busybox\n"));
}
