namespace PodAnalyzers.Findings;

/// <summary>POD2025 and POD2026: writes the container cannot make, literals the generated constants name (docs/code-and-manifests.md).</summary>
internal sealed partial record Rule
{
    public static readonly Rule ReadOnlyFilesystemWrite = new(
        "POD2025",
        "Write to the container's read-only root filesystem",
        RuleCategory.Code,
        Severity.Warning,
        "The container running the project has securityContext.readOnlyRootFilesystem: true, and the code writes (File, FileInfo, FileStream and StreamWriter writes other than deletes, Directory.CreateDirectory, Path.GetTempFileName) to a path known at compile time that no writable volumeMount of the container covers. In the Pod the write fails with 'Read-only file system'. Path.GetTempPath() is TMPDIR of the container or Dockerfile, else /tmp; a relative path counts only when the container's workingDir or the Dockerfile's WORKDIR is known. Silent when any of that, or the container, cannot be told.");

    public static readonly Rule LiteralOfGeneratedConstant = new(
        "POD2026",
        "Literal the generated constants already name",
        RuleCategory.Code,
        Severity.Info,
        "An env name string literal passed to Environment.GetEnvironmentVariable that the container running the project declares in its env, or a port literal passed to Kestrel's Listen, ListenAnyIP or ListenLocalhost that is one of its containerPorts: the generated constants name it (Pods.<pod>.Containers.<container>.Env.<name>, .Ports.<name>). The code fix replaces the literal with the constant, qualified as the file's usings allow. Silent when the constant is not generated or not accessible, and when the chosen containers disagree.");
}
