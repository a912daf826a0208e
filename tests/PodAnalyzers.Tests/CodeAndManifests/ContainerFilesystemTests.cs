using System;
using System.Linq;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Where a container with a read-only root filesystem can write.</summary>
public sealed class ContainerFilesystemTests
{
    private const string Temp = ContainerPaths.TempDirectory;

    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          volumes:
          - {name: logs, emptyDir: {}}
          - {name: settings, configMap: {name: inventory-settings}}
          - {name: data, persistentVolumeClaim: {claimName: data}}
          containers:
          - name: api
            image: inventory-api
            securityContext: {readOnlyRootFilesystem: true}
            volumeMounts:
            - {name: logs, mountPath: /app/logs/}
            - {name: settings, mountPath: /app/logs/settings}
            - {name: data, mountPath: /data, readOnly: true}
        """;

    private static ContainerFilesystem Of(string pod, string container = "api", bool dockerfilesKnown = true, params string[] dockerfiles)
    {
        var file = ManifestReader.Read("/p/k8s/pod.yaml", pod);
        var selection = ContainerSelection.Resolve(file.PodSources, container, null);
        var docker = dockerfiles.Select((text, index) => Dockerfile.Read("/p/Dockerfile" + index, text)).ToList();
        var environment = ContainerEnvironment.Of(selection.Containers, ConfigSource.In(file).ToList(), docker);
        return ContainerFilesystem.Of(selection.Containers.Single(), environment, docker, dockerfilesKnown);
    }

    [Fact]
    public void The_root_filesystem_refuses_what_no_mount_covers()
    {
        var filesystem = Of(Pod);

        Assert.True(filesystem.ReadOnlyRoot);
        Assert.Equal(new ReadOnlyWrite("/app/cache/x", null, null), filesystem.RefusedWrite("/app/cache/x"));
        Assert.Equal(new ReadOnlyWrite("/app/logsx", null, null), filesystem.RefusedWrite("/app/logsx"));
        Assert.Equal(new ReadOnlyWrite("/app", null, null), filesystem.RefusedWrite("/app/logs/.."));
    }

    [Fact]
    public void A_writable_mount_covers_its_directory_and_below()
    {
        var filesystem = Of(Pod);

        Assert.Null(filesystem.RefusedWrite("/app/logs/x.log"));
        Assert.Null(filesystem.RefusedWrite("/app/logs"));
        Assert.Null(filesystem.RefusedWrite("/app/logs/deep/er/x.log"));
    }

    [Fact]
    public void The_deepest_mount_decides_and_read_only_mounts_refuse()
    {
        var filesystem = Of(Pod);

        Assert.Equal(new ReadOnlyWrite("/app/logs/settings/x", "/app/logs/settings", "settings"), filesystem.RefusedWrite("/app/logs/settings/x"));
        Assert.Equal(new ReadOnlyWrite("/data/x", "/data", "data"), filesystem.RefusedWrite("/data/x"));
    }

    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/shm/x")]
    [InlineData("/dev/termination-log")]
    [InlineData("/proc/self/oom_score_adj")]
    [InlineData("/sys/fs/cgroup/x")]
    [InlineData("/etc/hosts")]
    [InlineData("/etc/resolv.conf")]
    [InlineData("/var/run/secrets/kubernetes.io/serviceaccount/token")]
    public void What_Kubernetes_mounts_itself_is_left_alone(string path) =>
        Assert.Null(Of(Pod).RefusedWrite(path));

    [Fact]
    public void A_custom_termination_message_path_is_left_alone()
    {
        var filesystem = Of(Pod.Replace("    securityContext:", "    terminationMessagePath: /app/done\n    securityContext:"));

        Assert.Null(filesystem.RefusedWrite("/app/done"));
        Assert.NotNull(filesystem.RefusedWrite("/app/done2"));
    }

    [Theory]
    [InlineData("{readOnlyRootFilesystem: false}")]
    [InlineData("{runAsNonRoot: true}")]
    [InlineData("{readOnlyRootFilesystem: \"true\"}")]
    public void A_root_filesystem_not_read_only_refuses_nothing(string securityContext)
    {
        var filesystem = Of(Pod.Replace("{readOnlyRootFilesystem: true}", securityContext));

        Assert.False(filesystem.ReadOnlyRoot);
        Assert.Null(filesystem.RefusedWrite("/app/cache/x"));
    }

    [Fact]
    public void The_pod_security_context_does_not_make_the_root_read_only()
    {
        var pod = Pod.Replace("    securityContext: {readOnlyRootFilesystem: true}\n", string.Empty)
            .Replace("spec:\n  volumes:", "spec:\n  securityContext: {runAsNonRoot: true}\n  volumes:");

        Assert.False(Of(pod).ReadOnlyRoot);
    }

    [Fact]
    public void A_mount_without_an_absolute_mount_path_makes_everything_unknown()
    {
        var filesystem = Of(Pod.Replace("mountPath: /data,", "mountPath: data,"));

        Assert.Null(filesystem.RefusedWrite("/app/cache/x"));
    }

    [Fact]
    public void The_temp_directory_is_tmp_by_default()
    {
        var filesystem = Of(Pod);

        Assert.Equal("/tmp", filesystem.TempDirectory);
        Assert.Equal(new ReadOnlyWrite("/tmp/x", null, null), filesystem.RefusedWrite(Temp + "/x"));
    }

    [Theory]
    [InlineData("{name: TMPDIR, value: /app/logs/tmp}", "/app/logs/tmp")]
    [InlineData("{name: TMPDIR, value: ''}", "/tmp")]
    [InlineData("{name: TMPDIR}", "/tmp")]
    [InlineData("{name: TMPDIR, value: $(SCRATCH)}", null)]
    [InlineData("{name: TMPDIR, value: scratch}", null)]
    [InlineData("{name: TMPDIR, valueFrom: {fieldRef: {fieldPath: metadata.name}}}", null)]
    public void The_container_env_sets_the_temp_directory(string variable, string? expected)
    {
        var filesystem = Of(Pod.Replace("    securityContext:", "    env:\n    - " + variable + "\n    securityContext:"), "api", true, "FROM x\nENV TMPDIR=/docker\n");

        Assert.Equal(expected, filesystem.TempDirectory);
    }

    [Fact]
    public void The_dockerfile_sets_the_temp_directory_when_the_container_does_not()
    {
        Assert.Equal("/var/tmp", Of(Pod, "api", true, "FROM x AS base\nENV TMPDIR=/var/tmp\nFROM base\n").TempDirectory);
        Assert.Equal("/tmp", Of(Pod, "api", true, "FROM x\nENV OTHER=1\n").TempDirectory);
        Assert.Null(Of(Pod, "api", true, "FROM x\nENV TMPDIR=$HOME/tmp\n").TempDirectory);
        Assert.Null(Of(Pod, "api", true, "FROM x\nENV TMPDIR=/a\n", "FROM x\n").TempDirectory);
        Assert.Null(Of(Pod, "api", dockerfilesKnown: false).TempDirectory);
    }

    [Fact]
    public void A_temp_directory_from_an_env_from_source_is_unknown()
    {
        var pod = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: paths}\ndata: {TMPDIR: /scratch}\n---\n"
            + Pod.Replace("    securityContext:", "    envFrom:\n    - configMapRef: {name: paths}\n    securityContext:");
        var outside = Pod.Replace("    securityContext:", "    envFrom:\n    - configMapRef: {name: elsewhere}\n    securityContext:");

        Assert.Null(Of(pod).TempDirectory);
        Assert.Null(Of(outside).TempDirectory);
    }

    [Fact]
    public void The_working_directory_is_the_container_working_dir_else_the_dockerfile_workdir()
    {
        Assert.Equal("/srv", Of(Pod.Replace("    securityContext:", "    workingDir: /srv/\n    securityContext:"), "api", true, "FROM x\nWORKDIR /app\n").WorkingDirectory);
        Assert.Null(Of(Pod.Replace("    securityContext:", "    workingDir: srv\n    securityContext:"), "api", true, "FROM x\nWORKDIR /app\n").WorkingDirectory);
        Assert.Equal("/app", Of(Pod, "api", true, "FROM x\nWORKDIR /app\n").WorkingDirectory);
        Assert.Null(Of(Pod, "api", false, "FROM x\nWORKDIR /app\n").WorkingDirectory);
        Assert.Null(Of(Pod).WorkingDirectory);
        Assert.Null(Of(Pod, "api", true, "FROM x\nWORKDIR /app\n", "FROM x\nWORKDIR /srv\n").WorkingDirectory);
        Assert.Equal(new ReadOnlyWrite("/app/x.log", null, null), Of(Pod, "api", true, "FROM x\nWORKDIR /app\n").RefusedWrite("x.log"));
        Assert.Null(Of(Pod).RefusedWrite("x.log"));
    }
}
