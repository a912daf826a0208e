using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ReadOnlyFilesystemWriteTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2025: a write, at a path known at compile time, that the container's read-only root filesystem refuses.</summary>
public sealed class ReadOnlyFilesystemWriteTests
{
    private const string TwoContainers = """
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: inventory-api
            securityContext: {readOnlyRootFilesystem: true}
          - name: sidecar
            image: envoy
        """;

    // ---- Reported ----

    [Theory]
    [InlineData("{|#0:File.WriteAllText(\"/app/data/state.json\", \"{}\")|};", "File.WriteAllText")]
    [InlineData("await {|#0:File.AppendAllTextAsync(\"/app/data/state.json\", \"{}\")|};", "File.AppendAllTextAsync")]
    [InlineData("using var stream = {|#0:File.Create(\"/app/data/state.json\")|};", "File.Create")]
    [InlineData("using var writer = {|#0:File.CreateText(\"/app/data/state.json\")|};", "File.CreateText")]
    [InlineData("using var stream = {|#0:File.OpenWrite(\"/app/data/state.json\")|};", "File.OpenWrite")]
    [InlineData("using var stream = {|#0:File.Open(\"/app/data/state.json\", FileMode.Append)|};", "File.Open")]
    [InlineData("{|#0:File.Copy(\"/app/logs/a\", \"/app/data/state.json\")|};", "File.Copy")]
    [InlineData("{|#0:File.CreateSymbolicLink(\"/app/data/state.json\", \"/app/logs/state.json\")|};", "File.CreateSymbolicLink")]
    [InlineData("using var writer = {|#0:new StreamWriter(\"/app/data/state.json\")|};", "new StreamWriter")]
    [InlineData("using var stream = {|#0:new FileStream(\"/app/data/state.json\", FileMode.Create)|};", "new FileStream")]
    [InlineData("using FileStream stream = {|#0:new(\"/app/data/state.json\", FileMode.Create)|};", "new FileStream")]
    [InlineData("using var writer = {|#0:new FileInfo(\"/app/data/state.json\").CreateText()|};", "FileInfo.CreateText")]
    [InlineData("var file = new FileInfo(\"/app/data/state.json\"); using var writer = {|#0:file.AppendText()|};", "FileInfo.AppendText")]
    [InlineData("const string Root = \"/app\"; {|#0:File.WriteAllText(Root + \"/data/state.json\", \"{}\")|};", "File.WriteAllText")]
    [InlineData("var directory = \"/app/data\"; {|#0:File.WriteAllText($\"{directory}/state.json\", \"{}\")|};", "File.WriteAllText")]
    [InlineData("{|#0:File.WriteAllText(Path.Combine(\"/app\", \"data\", \"state.json\"), \"{}\")|};", "File.WriteAllText")]
    [InlineData("{|#0:File.WriteAllText(\"/app/logs/../data/./state.json\", \"{}\")|};", "File.WriteAllText")]
    public Task A_write_no_writable_mount_covers_is_reported_on_the_call(string statement, string api) =>
        ForBody("        " + statement).Expect(OnRoot(0, api, "writes '/app/data/state.json'", "/app/data")).RunAsync();

    [Fact]
    public Task Directory_creation_is_a_write_of_the_directory() =>
        ForBody("        {|#0:Directory.CreateDirectory(\"/app/cache\")|};")
            .Expect(OnRoot(0, "Directory.CreateDirectory", "creates the directory '/app/cache'", "/app/cache")).RunAsync();

    [Fact]
    public Task A_temp_file_is_written_in_tmp() =>
        ForBody("        var path = {|#0:Path.GetTempFileName()|};\n        {|#1:File.WriteAllText(Path.Combine(Path.GetTempPath(), \"x.json\"), \"{}\")|};")
            .Expect(
                OnRoot(0, "Path.GetTempFileName", "creates a temp file in '/tmp'", "/tmp"),
                OnRoot(1, "File.WriteAllText", "writes '/tmp/x.json'", "/tmp"))
            .RunAsync();

    [Fact]
    public Task A_temp_directory_set_by_the_dockerfile_is_used() =>
        ForBody("        var path = {|#0:Path.GetTempFileName()|};")
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/runtime:8.0\nENV TMPDIR=/scratch\n")
            .Expect(OnRoot(0, "Path.GetTempFileName", "creates a temp file in '/scratch'", "/scratch")).RunAsync();

    [Fact]
    public Task A_top_level_file_is_reported_with_its_own_remedy() =>
        ForBody("        {|#0:File.WriteAllText(\"/ready\", \"\")|};").Expect(OnRoot(0, "File.WriteAllText", "writes '/ready'", "/")).RunAsync();

    [Fact]
    public Task A_write_into_a_config_map_mount_is_reported() =>
        ForBody("        {|#0:File.WriteAllText(\"/app/config/override.json\", \"{}\")|};")
            .Expect(InMount(0, "File.WriteAllText", "/app/config/override.json", "/app/config", "config")).RunAsync();

    [Fact]
    public Task A_relative_path_is_resolved_against_the_dockerfile_workdir() =>
        ForBody("        {|#0:File.WriteAllText(\"data/state.json\", \"{}\")|};\n        File.WriteAllText(\"logs/x.log\", \"\");")
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY . .\n")
            .Expect(OnRoot(0, "File.WriteAllText", "writes '/app/data/state.json'", "/app/data")).RunAsync();

    [Fact]
    public Task The_container_named_by_the_setting_is_checked() =>
        ForBody("        {|#0:File.WriteAllText(\"/app/data/state.json\", \"{}\")|};", TwoContainers)
            .WithProperty("PodAnalyzersContainer", "api")
            .Expect(OnRoot(0, "File.WriteAllText", "writes '/app/data/state.json'", "/app/data", "container 'api' of pod 'inventory' (pod.yaml)")).RunAsync();

    // ---- Silent ----

    [Theory]
    [InlineData("File.WriteAllText(\"/app/logs/worker.log\", \"\");")]
    [InlineData("Directory.CreateDirectory(\"/app/logs\");")]
    [InlineData("Directory.CreateDirectory(\"/app/logs/archive\");")]
    [InlineData("using var stream = new FileStream(\"/app/data/state.json\", FileMode.Open);")]
    [InlineData("using var stream = new FileStream(\"/app/data/state.json\", FileMode.Open, FileAccess.Read);")]
    [InlineData("var text = File.ReadAllText(\"/app/data/state.json\");")]
    [InlineData("var exists = File.Exists(\"/app/data/state.json\");")]
    [InlineData("File.Delete(\"/app/data/state.json\");")]
    [InlineData("new FileInfo(\"/app/data/state.json\").Delete();")]
    [InlineData("var info = Directory.Exists(\"/app/data\");")]
    [InlineData("using var stdout = new StreamWriter(\"/dev/stdout\");")]
    [InlineData("File.WriteAllText(\"/dev/termination-log\", \"done\");")]
    [InlineData("File.WriteAllText(\"/proc/self/oom_score_adj\", \"0\");")]
    [InlineData("File.WriteAllText(\"data/state.json\", \"{}\");")]
    [InlineData("File.WriteAllText(Environment.GetEnvironmentVariable(\"STATE\")!, \"{}\");")]
    [InlineData("File.WriteAllText(Path.Combine(AppContext.BaseDirectory, \"state.json\"), \"{}\");")]
    [InlineData("File.WriteAllText(\"C:\\\\data\\\\state.json\", \"{}\");")]
    [InlineData("var path = \"/app/data/a\"; path = \"/app/logs/b\"; File.WriteAllText(path, \"\");")]
    [InlineData("// File.WriteAllText(\"/app/data/state.json\", \"{}\");")]
    [InlineData("var text = \"File.WriteAllText(\\\"/app/data/state.json\\\")\";")]
    public Task Writes_that_may_succeed_or_cannot_be_told_are_silent(string statement) =>
        ForBody("        " + statement).RunAsync();

    [Theory]
    [InlineData("{readOnlyRootFilesystem: false}")]
    [InlineData("{runAsNonRoot: true}")]
    public Task A_root_filesystem_not_read_only_is_silent(string securityContext) =>
        ForBody("        File.WriteAllText(\"/app/data/state.json\", \"{}\");", Pod.Replace("{readOnlyRootFilesystem: true}", securityContext)).RunAsync();

    [Fact]
    public Task The_pod_security_context_has_no_read_only_root() =>
        ForBody(
            "        File.WriteAllText(\"/app/data/state.json\", \"{}\");",
            Pod.Replace("        securityContext: {readOnlyRootFilesystem: true}\n", string.Empty)
                .Replace("      volumes:", "      securityContext: {runAsNonRoot: true}\n      volumes:")).RunAsync();

    [Fact]
    public Task A_read_only_mount_of_an_empty_dir_does_not_cover() =>
        ForBody(
            "        {|#0:File.WriteAllText(\"/app/logs/x.log\", \"\")|};",
            Pod.Replace("{name: logs, mountPath: /app/logs}", "{name: logs, mountPath: /app/logs, readOnly: true}"))
            .Expect(InMount(0, "File.WriteAllText", "/app/logs/x.log", "/app/logs", "logs")).RunAsync();

    [Fact]
    public Task A_temp_directory_on_a_writable_mount_is_silent() =>
        ForBody("        var path = Path.GetTempFileName();\n        File.WriteAllText(Path.GetTempPath() + \"x.json\", \"{}\");")
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/runtime:8.0\nENV TMPDIR=/app/logs/tmp\n").RunAsync();

    [Fact]
    public Task A_temp_directory_that_cannot_be_told_is_silent() =>
        ForBody("        var path = Path.GetTempFileName();\n        File.WriteAllText(Path.GetTempPath() + \"x.json\", \"{}\");")
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/runtime:8.0\n")
            .WithProperty("PodAnalyzersIncludeDockerfile", "false").RunAsync();

    [Fact]
    public Task An_emptyDir_at_tmp_covers_temp_files() =>
        ForBody(
            "        var path = Path.GetTempFileName();",
            Pod.Replace("        - {name: config, mountPath: /app/config}\n", "        - {name: config, mountPath: /app/config}\n        - {name: logs, mountPath: /tmp, subPath: tmp}\n")).RunAsync();

    [Fact]
    public Task Containers_that_disagree_are_silent() =>
        ForBody(
            "        File.WriteAllText(\"/app/data/state.json\", \"{}\");",
            Pod + "---\n" + Pod.Replace("name: inventory}", "name: inventory-canary}").Replace("mountPath: /app/logs}", "mountPath: /app}")).RunAsync();

    [Fact]
    public Task Without_a_container_that_runs_the_project_it_is_silent() =>
        ForBody("        File.WriteAllText(\"/app/data/state.json\", \"{}\");", TwoContainers).RunAsync();

    [Fact]
    public Task Without_manifests_it_is_silent() =>
        new ReadOnlyFilesystemWriteTest(InMethod("        File.WriteAllText(\"/app/data/state.json\", \"{}\");")).RunAsync();
}
