using System.Linq;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1087: pod and container security contexts, the OS-specific fields and the profile annotations.</summary>
public sealed class SecurityContextRulesTests
{
    private const string Range = "must be between 0 and 2147483647, inclusive";

    /// <summary>A Pod whose only container's securityContext is <paramref name="lines"/> (each indented six spaces), from line 10.</summary>
    private static string Container(string lines, string spec = "") => Pod("    securityContext:\n" + lines) + spec;

    [Fact]
    public void Pod_ids_out_of_range_are_reported_in_the_servers_order() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (12,14): spec.securityContext.fsGroup: Invalid value: -5: " + Range,
                "POD1087 (10,16): spec.securityContext.runAsUser: Invalid value: -1: " + Range,
                "POD1087 (11,17): spec.securityContext.runAsGroup: Invalid value: 2147483648: " + Range,
                "POD1087 (13,29): spec.securityContext.supplementalGroups[1]: Invalid value: -2: " + Range,
            },
            Run(Pod("  securityContext:\n    runAsUser: -1\n    runAsGroup: 2147483648\n    fsGroup: -5\n    supplementalGroups: [1, -2]\n")));

    [Fact]
    public void Ids_at_the_ends_of_the_range_are_fine()
    {
        Assert.Empty(Run(Pod("  securityContext:\n    runAsUser: 0\n    runAsGroup: 2147483647\n    fsGroup: 0\n    supplementalGroups: [0, 2147483647]\n")));
        Assert.Empty(Run(Container("      runAsUser: 2147483647\n      runAsGroup: 0\n")));
    }

    [Fact]
    public void Container_ids_are_checked_in_every_kind_of_container() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (10,18): spec.containers[0].securityContext.runAsUser: Invalid value: -1: " + Range,
                "POD1087 (14,35): spec.initContainers[0].securityContext.runAsGroup: Invalid value: -3: " + Range,
                "POD1087 (18,34): spec.ephemeralContainers[0].securityContext.runAsUser: Invalid value: 4294967295: " + Range,
            },
            Run(Container(
                "      runAsUser: -1\n",
                "  initContainers:\n  - name: init\n    image: busybox\n    securityContext: {runAsGroup: -3}\n"
                + "  ephemeralContainers:\n  - name: debug\n    image: busybox\n    securityContext: {runAsUser: 4294967295}\n")));

    [Fact]
    public void Escalation_conflicts_land_on_allowPrivilegeEscalation_and_print_the_whole_context()
    {
        const string Context = "{\"Capabilities\":{\"Add\":[\"NET_ADMIN\",\"CAP_SYS_ADMIN\"],\"Drop\":null},\"Privileged\":true,\"SELinuxOptions\":null,\"WindowsOptions\":null,"
            + "\"RunAsUser\":1000,\"RunAsGroup\":null,\"RunAsNonRoot\":true,\"ReadOnlyRootFilesystem\":null,\"AllowPrivilegeEscalation\":false,\"ProcMount\":null,"
            + "\"SeccompProfile\":{\"Type\":\"RuntimeDefault\",\"LocalhostProfile\":null},\"AppArmorProfile\":null}";
        Assert.Equal(
            new[]
            {
                "POD1087 (12,33): spec.containers[0].securityContext: Invalid value: " + Context + ": cannot set `allowPrivilegeEscalation` to false and `privileged` to true",
                "POD1087 (12,33): spec.containers[0].securityContext: Invalid value: " + Context + ": cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN",
            },
            Run(Container("      runAsUser: 1000\n      privileged: true\n      allowPrivilegeEscalation: false\n      runAsNonRoot: true\n      capabilities:\n        add: [NET_ADMIN, CAP_SYS_ADMIN]\n      seccompProfile: {type: RuntimeDefault}\n")));
    }

    [Fact]
    public void Escalation_look_alikes_are_fine()
    {
        Assert.Empty(Run(Container("      allowPrivilegeEscalation: false\n      privileged: false\n      capabilities: {add: [SYS_ADMIN]}\n")));
        Assert.Empty(Run(Container("      allowPrivilegeEscalation: true\n      privileged: true\n      capabilities: {add: [CAP_SYS_ADMIN]}\n")));
        Assert.Empty(Run(Container("      privileged: true\n      capabilities: {add: [CAP_SYS_ADMIN]}\n")));
    }

    [Theory]
    [InlineData(36, "{\"Capabilities\":null,\"Privileged\":true,\"SELinuxOptions\":{\"User\":\"\",\"Role\":\"\",\"Type\":\"spc_t\",\"Level\":\"\"},\"WindowsOptions\":null,\"RunAsUser\":null,\"RunAsGroup\":null,\"RunAsNonRoot\":null,\"ReadOnlyRootFilesystem\":null,\"AllowPrivilegeEscalation\":false,\"ProcMount\":\"Default\",\"SeccompProfile\":null,\"AppArmorProfile\":{\"Type\":\"Localhost\",\"LocalhostProfile\":\"k8s-nginx\"}}")]
    public void The_printed_context_carries_nested_structs(int minor, string context) =>
        Assert.Equal(
            new[] { "POD1087 (11,33): spec.containers[0].securityContext: Invalid value: " + context + ": cannot set `allowPrivilegeEscalation` to false and `privileged` to true" },
            Run(Container("      privileged: true\n      allowPrivilegeEscalation: false\n      seLinuxOptions: {type: spc_t}\n      procMount: Default\n      appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}\n"), minor));

    [Fact]
    public void Seccomp_localhost_needs_its_profile_and_other_types_refuse_one() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (10,30): spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost",
                "POD1087 (12,62): spec.securityContext.seccompProfile.localhostProfile: Invalid value: {\"Type\":\"RuntimeDefault\",\"LocalhostProfile\":\"audit.json\"}: can only be set when seccomp type is Localhost",
            },
            Run(Container("      seccompProfile: {type: Localhost}\n", "  securityContext:\n    seccompProfile: {type: RuntimeDefault, localhostProfile: audit.json}\n")));

    [Fact]
    public void Seccomp_localhost_profile_is_a_descending_relative_path() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (10,42): spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value: \"/etc/../x.json\": must be a relative path",
                "POD1087 (10,42): spec.containers[0].securityContext.seccompProfile.localhostProfile: Invalid value: \"/etc/../x.json\": must not contain '..'",
            },
            Run(Container("      seccompProfile: {localhostProfile: /etc/../x.json, type: Localhost}\n")));

    [Fact]
    public void Seccomp_type_is_required_and_an_unsupported_type_is_left_to_POD1080()
    {
        Assert.Equal(
            new[] { "POD1087 (10,5): spec.securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set" },
            Run(Pod("  securityContext:\n    seccompProfile: {}\n")));
        Assert.DoesNotContain(Run(Pod("  securityContext:\n    seccompProfile: {type: Default}\n")), finding => finding.StartsWith("POD1087", System.StringComparison.Ordinal));
        Assert.Empty(Run(Container("      seccompProfile: {type: Localhost, localhostProfile: profiles/..audit.json}\n")));
    }

    [Fact]
    public void AppArmor_localhost_needs_an_unpadded_profile() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (10,31): spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost",
                "POD1087 (15,43): spec.initContainers[0].securityContext.appArmorProfile.localhostProfile: Invalid value: \" k8s-nginx\": must not be padded with whitespace",
                "POD1087 (19,43): spec.initContainers[1].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost",
            },
            Run(Container(
                "      appArmorProfile: {type: Localhost}\n",
                "  initContainers:\n  - name: a\n    image: busybox\n    securityContext:\n      appArmorProfile: {localhostProfile: \" k8s-nginx\", type: Localhost}\n"
                + "  - name: b\n    image: busybox\n    securityContext:\n      appArmorProfile: {localhostProfile: \"\", type: Localhost}\n")));

    [Theory]
    [InlineData(36, "\"a\\u003cb\"")]
    [InlineData(33, "\"a<b\"")]
    public void AppArmor_profile_is_forbidden_for_other_types_and_type_is_required(int minor, string printed) =>
        Assert.Equal(
            new[]
            {
                "POD1087 (11,59): spec.securityContext.appArmorProfile.localhostProfile: Invalid value: " + printed + ": can only be set when AppArmor type is Localhost",
                "POD1087 (12,5): spec.securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod",
            },
            Run(Pod("  os: {name: linux}\n  securityContext:\n    appArmorProfile: {type: Unconfined, localhostProfile: a<b}\n    windowsOptions:\n      runAsUserName: ContainerUser\n"), minor)
                .Where(finding => finding.StartsWith("POD1087", System.StringComparison.Ordinal)));

    [Fact]
    public void AppArmor_type_is_required() =>
        Assert.Equal(
            new[] { "POD1087 (10,7): spec.containers[0].securityContext.appArmorProfile.type: Required value: type is required when appArmorProfile is set" },
            Run(Container("      appArmorProfile: {}\n")));

    [Fact]
    public void Sysctl_names_must_be_valid_unique_and_not_in_a_namespace_shared_with_the_host() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (13,7): spec.securityContext.sysctls[0].name: Required value",
                "POD1087 (14,14): spec.securityContext.sysctls[1].name: Invalid value: \"Net.Core\": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$",
                "POD1087 (15,14): spec.securityContext.sysctls[2].name: Invalid value: \"net.core.somaxconn\": may not be specified when 'hostNetwork' is true",
                "POD1087 (16,14): spec.securityContext.sysctls[3].name: Invalid value: \"net/ipv4/ip_forward\": may not be specified when 'hostNetwork' is true",
                "POD1087 (17,14): spec.securityContext.sysctls[4].name: Duplicate value: \"net.core.somaxconn\"",
                "POD1087 (17,14): spec.securityContext.sysctls[4].name: Invalid value: \"net.core.somaxconn\": may not be specified when 'hostNetwork' is true",
                "POD1087 (18,14): spec.securityContext.sysctls[5].name: Invalid value: \"kernel.msgmax\": may not be specified when 'hostIPC' is true",
            },
            Run(Pod(
                "  hostNetwork: true\n  hostIPC: true\n  securityContext:\n    sysctls:\n    - {value: \"1\"}\n    - {name: Net.Core, value: \"1\"}\n    - {name: net.core.somaxconn, value: \"1\"}\n"
                + "    - {name: net/ipv4/ip_forward, value: \"1\"}\n    - {name: net.core.somaxconn, value: \"2\"}\n    - {name: kernel.msgmax, value: \"1\"}\n    - {name: kernel.hostname, value: x}\n")));

    [Fact]
    public void Namespaced_sysctls_are_fine_without_the_host_namespace() =>
        Assert.Empty(Run(Pod("  hostIPC: false\n  securityContext:\n    sysctls:\n    - {name: net.core.somaxconn, value: \"1\"}\n    - {name: kernel.shm_rmid_forced, value: \"1\"}\n    - {name: net/ipv4/conf/eno2.100/rp_filter, value: \"1\"}\n")));

    [Theory]
    [InlineData(36, "\"us\\u003cer\"")]
    [InlineData(33, "\"us<er\"")]
    public void Windows_options_values(int minor, string printedUser) =>
        Assert.Equal(
            new[]
            {
                "POD1087 (11,33): spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value: \"Web_Spec\": " + SubdomainRegex,
                "POD1087 (12,29): spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: \"\": gmsaCredentialSpec cannot be an empty string",
                "POD1087 (13,24): spec.containers[0].securityContext.windowsOptions.runAsUserName: Invalid value: " + printedUser + ": runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]",
            },
            Run(Container("      windowsOptions:\n        gmsaCredentialSpecName: Web_Spec\n        gmsaCredentialSpec: \"\"\n        runAsUserName: us<er\n"), minor));

    [Theory]
    [InlineData("a\\\\b\\\\c", "runAsUserName cannot contain more than one backslash")]
    [InlineData("DOMAIN\\\\", "runAsUserName's User cannot be empty")]
    [InlineData("..", "runAsUserName's User cannot contain only periods or spaces")]
    [InlineData("", "runAsUserName cannot be an empty string")]
    [InlineData(".bad\\\\user", "runAsUserName's Domain doesn't match the NetBios nor the DNS format")]
    public void Run_as_user_names(string yaml, string detail) =>
        Assert.Equal(
            new[] { "POD1087 (11,22): spec.securityContext.windowsOptions.runAsUserName: Invalid value: \"" + yaml + "\": " + detail },
            Run(Pod("  securityContext:\n    windowsOptions:\n      runAsUserName: \"" + yaml + "\"\n")));

    [Fact]
    public void Valid_run_as_user_names_are_fine()
    {
        Assert.Empty(Run(Pod("  securityContext:\n    windowsOptions: {runAsUserName: \"NT AUTHORITY\\\\NETWORK SERVICE\"}\n")));
        Assert.Empty(Run(Pod("  securityContext:\n    windowsOptions: {runAsUserName: \"corp.example.com\\\\svc-web\", gmsaCredentialSpecName: web-spec}\n")));
    }

    [Fact]
    public void A_host_process_pod_needs_host_network() =>
        Assert.Equal(
            new[] { "POD1087 (11,20): spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers" },
            Run(Pod("  securityContext:\n    windowsOptions:\n      hostProcess: true\n")));

    [Fact]
    public void Host_process_must_agree_and_cover_every_container() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (10,37): spec.containers[0].securityContext.windowsOptions.hostProcess: Invalid value: false: pod hostProcess value must be identical if both are specified, was true",
                "POD1087 (7,5): spec: Invalid value: \"\": If pod contains any hostProcess containers then all containers must be HostProcess containers",
            },
            Run(Container(
                "      windowsOptions: {hostProcess: false}\n",
                "  hostNetwork: true\n  initContainers:\n  - name: init\n    image: busybox\n  securityContext:\n    windowsOptions: {hostProcess: true}\n")));

    [Fact]
    public void A_consistent_host_process_pod_is_fine() =>
        Assert.Empty(Run(Container("      windowsOptions: {hostProcess: true}\n", "  hostNetwork: true\n  securityContext:\n    windowsOptions: {hostProcess: true}\n")));

    [Fact]
    public void A_windows_pod_refuses_the_linux_fields_of_the_pod_then_of_its_containers() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (17,5): spec.securityContext.seccompProfile: Forbidden: cannot be set for a windows pod",
                "POD1087 (18,14): spec.securityContext.fsGroup: Forbidden: cannot be set for a windows pod",
                "POD1087 (19,5): spec.securityContext.sysctls: Forbidden: cannot be set for a windows pod",
                "POD1087 (20,5): spec.securityContext.supplementalGroups: Forbidden: cannot be set for a windows pod",
                "POD1087 (21,31): spec.securityContext.supplementalGroupsPolicy: Forbidden: cannot be set for a windows pod",
                "POD1087 (10,7): spec.containers[0].securityContext.seLinuxOptions: Forbidden: cannot be set for a windows pod",
                "POD1087 (11,7): spec.containers[0].securityContext.capabilities: Forbidden: cannot be set for a windows pod",
                "POD1087 (12,31): spec.containers[0].securityContext.readOnlyRootFilesystem: Forbidden: cannot be set for a windows pod",
                "POD1087 (13,18): spec.containers[0].securityContext.procMount: Forbidden: cannot be set for a windows pod",
            },
            Run(Container(
                "      seLinuxOptions: {level: \"s0:c1\"}\n      capabilities: {drop: [ALL]}\n      readOnlyRootFilesystem: false\n      procMount: Default\n      windowsOptions: {runAsUserName: ContainerUser}\n",
                "  os: {name: windows}\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n    fsGroup: 2000\n    sysctls: [{name: kernel.shm_rmid_forced, value: \"1\"}]\n    supplementalGroups: []\n    supplementalGroupsPolicy: Merge\n")));

    [Fact]
    public void Windows_pod_policy_fields_are_dropped_before_1_33() =>
        Assert.Empty(Run(Pod("  os: {name: windows}\n  securityContext:\n    supplementalGroupsPolicy: Merge\n    seLinuxChangePolicy: Recursive\n"), 32));

    [Fact]
    public void Windows_options_suit_a_windows_pod_and_linux_fields_a_linux_pod()
    {
        Assert.Empty(Run(Container("      windowsOptions: {runAsUserName: ContainerUser}\n", "  os: {name: windows}\n")));
        Assert.Empty(Run(Container("      seLinuxOptions: {level: \"s0:c1\"}\n      runAsUser: 1000\n", "  os: {name: linux}\n  securityContext: {fsGroup: 2000}\n")));
    }

    [Fact]
    public void Unmasked_proc_mount_needs_a_user_namespace_from_1_33()
    {
        Assert.Equal(
            new[] { "POD1087 (10,18): spec.containers[0].securityContext.procMount: Invalid value: \"Unmasked\": `hostUsers` must be false to use `Unmasked`" },
            Run(Container("      procMount: Unmasked\n")));
        Assert.Empty(Run(Container("      procMount: Unmasked\n", "  hostUsers: false\n")));
        Assert.Empty(Run(Container("      procMount: Unmasked\n"), 32));
    }

    [Fact]
    public void Template_paths_carry_the_template_prefix() =>
        Assert.Equal(
            new[] { "POD1087 (13,38): spec.template.spec.containers[0].securityContext.runAsUser: Invalid value: -1: " + Range },
            Run("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: app\n        securityContext: {runAsUser: -1}\n        image: nginx\n"));

    [Fact]
    public void Profile_annotations_must_hold_valid_profiles_of_existing_containers() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (6,47): metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: \"docker/custom\": must be a valid seccomp profile",
                "POD1087 (7,57): metadata.annotations.container.seccomp.security.alpha.kubernetes.io/app: Invalid value: \"../x\": must not contain '..'",
                "POD1087 (8,5): metadata.annotations[container.apparmor.security.beta.kubernetes.io/missing]: Invalid value: \"missing\": container not found",
                "POD1087 (9,57): metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]: Invalid value: \"enforce\": invalid AppArmor profile name: \"enforce\"",
            },
            Run(Annotated(
                "    seccomp.security.alpha.kubernetes.io/pod: docker/custom\n    container.seccomp.security.alpha.kubernetes.io/app: localhost/../x\n"
                + "    container.apparmor.security.beta.kubernetes.io/missing: runtime/default\n    container.apparmor.security.beta.kubernetes.io/app: enforce\n")));

    [Fact]
    public void Annotations_and_fields_must_agree_on_a_pod() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (11,28): spec.securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match",
                "POD1087 (16,59): spec.containers[0].securityContext.seccompProfile.localhostProfile: Forbidden: seccomp profile in annotation and field must match",
                "POD1087 (17,31): spec.containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match",
            },
            Run(Annotated(
                "    seccomp.security.alpha.kubernetes.io/pod: runtime/default\n    container.seccomp.security.alpha.kubernetes.io/app: localhost/a.json\n"
                + "    container.apparmor.security.beta.kubernetes.io/app: runtime/default\n",
                "  securityContext:\n    seccompProfile: {type: Unconfined}\n",
                "    securityContext:\n      seccompProfile: {type: Localhost, localhostProfile: b.json}\n      appArmorProfile: {type: Unconfined}\n")));

    [Fact]
    public void Agreeing_annotations_and_what_the_server_syncs_itself_are_fine()
    {
        Assert.Empty(Run(Annotated(
            "    seccomp.security.alpha.kubernetes.io/pod: docker/default\n    container.apparmor.security.beta.kubernetes.io/app: localhost/k8s-nginx\n",
            "  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n",
            "    securityContext:\n      appArmorProfile: {type: Localhost, localhostProfile: k8s-nginx}\n")));

        // On a Pod the annotation is first copied into the container's absent field.
        Assert.Empty(Run(Annotated(
            "    container.apparmor.security.beta.kubernetes.io/app: unconfined\n",
            "  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n")));

        // So on the Pods of a StatefulSet.
        Assert.Empty(Run(
            "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n"
            + "      labels: {app: web}\n      annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}\n    spec:\n"
            + "      securityContext: {appArmorProfile: {type: RuntimeDefault}}\n      containers: [{name: app, image: nginx}]\n"));

        // A Windows pod skips the AppArmor comparison.
        Assert.Empty(Run(Annotated(
            "    container.apparmor.security.beta.kubernetes.io/app: unconfined\n",
            "  os: {name: windows}\n",
            "    securityContext:\n      windowsOptions: {runAsUserName: ContainerUser}\n")));
    }

    [Fact]
    public void A_template_compares_the_pod_profile_and_writes_its_annotations_path_without_metadata() =>
        Assert.Equal(
            new[]
            {
                "POD1087 (10,51): spec.template.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: \"bogus\": must be a valid seccomp profile",
                "POD1087 (15,62): spec.template.spec.containers[0].securityContext.appArmorProfile.localhostProfile: Forbidden: apparmor profile in annotation and field must match",
            },
            Run("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      annotations:\n"
                + "        seccomp.security.alpha.kubernetes.io/pod: bogus\n        container.apparmor.security.beta.kubernetes.io/app: localhost/a\n      labels: {app: web}\n"
                + "    spec:\n      securityContext:\n        appArmorProfile: {type: Localhost, localhostProfile: b}\n      containers: [{name: app, image: nginx}]\n"));

    /// <summary>A Pod with <paramref name="annotations"/> from line 6, then <paramref name="spec"/>, then the container "app" with <paramref name="container"/>.</summary>
    private static string Annotated(string annotations, string spec = "", string container = "") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n" + annotations + "spec:\n" + spec + "  containers:\n  - name: app\n    image: nginx\n" + container;
}
