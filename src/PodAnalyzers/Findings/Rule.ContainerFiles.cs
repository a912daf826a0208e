namespace PodAnalyzers.Findings;

/// <summary>POD2025: writes the container running the project cannot make (docs/code-and-manifests.md).</summary>
internal sealed partial record Rule
{
    public static readonly Rule ReadOnlyFilesystemWrite = new(
        "POD2025",
        "Write to the container's read-only root filesystem",
        RuleCategory.Code,
        Severity.Warning,
        "The container running the project has securityContext.readOnlyRootFilesystem: true, and the code writes (File, FileInfo, FileStream and StreamWriter writes, Directory.CreateDirectory, Path.GetTempFileName) to a path known at compile time that no writable volumeMount of the container covers. In the Pod the write fails with 'Read-only file system'. Path.GetTempPath() is TMPDIR of the container or Dockerfile, else /tmp; a relative path counts only when the container's workingDir or the Dockerfile's WORKDIR is known. Silent when any of that, or the container, cannot be told.");
}
