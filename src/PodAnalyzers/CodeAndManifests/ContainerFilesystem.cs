using System;
using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>A write the container refuses: to its read-only root filesystem, or into a read-only mount.</summary>
/// <param name="Path">The absolute path written.</param>
/// <param name="MountPath">The read-only mount the path is under; null for the root filesystem.</param>
/// <param name="VolumeName">The volume of that mount.</param>
internal sealed record ReadOnlyWrite(string Path, string? MountPath, string? VolumeName);

/// <summary>
/// Where a container with <c>securityContext.readOnlyRootFilesystem: true</c> can write: under its
/// writable <c>volumeMounts</c> (the deepest mount covering a path decides; <c>readOnly: true</c>
/// mounts and configMap, secret, downwardAPI, projected and image volumes are read-only) and under
/// what Kubernetes mounts itself (<c>/dev</c>, <c>/proc</c>, <c>/sys</c>, the files kubelet
/// manages in <c>/etc</c>, the service account token, the termination message path). The temp
/// directory is <c>TMPDIR</c> of the container's env, else of the Dockerfile, else <c>/tmp</c>; a
/// relative path is resolved against the container's <c>workingDir</c>, else the Dockerfile's
/// <c>WORKDIR</c>. Whatever is not known makes the answer "writable": nothing is reported on a guess.
/// </summary>
internal sealed class ContainerFilesystem
{
    private const string TempVariable = "TMPDIR";
    private const string DefaultTempDirectory = "/tmp";

    private static readonly string[] ReadOnlyVolumeSources = { "configMap", "secret", "downwardAPI", "projected", "image" };

    private static readonly string[] PlatformPaths =
    {
        "/dev", "/proc", "/sys", "/etc/hosts", "/etc/hostname", "/etc/resolv.conf",
        "/var/run/secrets/kubernetes.io", "/run/secrets/kubernetes.io",
    };

    private readonly IReadOnlyList<Mount>? mounts;
    private readonly string? terminationMessagePath;

    private ContainerFilesystem(bool readOnlyRoot, IReadOnlyList<Mount>? mounts, string? terminationMessagePath, string? tempDirectory, string? workingDirectory)
    {
        ReadOnlyRoot = readOnlyRoot;
        this.mounts = mounts;
        this.terminationMessagePath = terminationMessagePath;
        TempDirectory = tempDirectory;
        WorkingDirectory = workingDirectory;
    }

    /// <summary><c>securityContext.readOnlyRootFilesystem: true</c>.</summary>
    public bool ReadOnlyRoot { get; }

    /// <summary>What <c>Path.GetTempPath()</c> returns in the container, without the trailing separator; null when unknown.</summary>
    public string? TempDirectory { get; }

    /// <summary>The process's working directory; null when unknown.</summary>
    public string? WorkingDirectory { get; }

    /// <param name="environment">The chosen containers' environment: a <c>TMPDIR</c> from an envFrom source, or any variable from a source outside the project, makes the temp directory unknown.</param>
    /// <param name="dockerfilesKnown">False when the Dockerfile is switched off: its ENV and WORKDIR are unknown.</param>
    public static ContainerFilesystem Of(SelectedContainer selected, ContainerEnvironment environment, IReadOnlyList<Dockerfile> dockerfiles, bool dockerfilesKnown)
    {
        var node = selected.Node();
        var readOnlyRoot = node.At("securityContext.readOnlyRootFilesystem").AsBool()?.Value == true;
        var termination = node.Field("terminationMessagePath").AsString()?.Value;
        return new ContainerFilesystem(
            readOnlyRoot,
            Mounts(selected),
            termination is null ? null : ContainerPaths.Normalize(termination),
            TempDirectoryOf(selected, environment, dockerfiles, dockerfilesKnown),
            WorkingDirectoryOf(selected, dockerfiles, dockerfilesKnown));
    }

    /// <summary>The write the container refuses at <paramref name="written"/> (as the code evaluates it); null when it may succeed or cannot be told.</summary>
    public ReadOnlyWrite? RefusedWrite(string written)
    {
        if (!ReadOnlyRoot || mounts is null || ContainerPaths.Resolve(written, TempDirectory, WorkingDirectory) is not { } path)
        {
            return null;
        }

        if (PlatformPaths.Any(platform => ContainerPaths.Covers(platform, path)) || path == terminationMessagePath)
        {
            return null;
        }

        Mount? deepest = null;
        foreach (var mount in mounts)
        {
            if (ContainerPaths.Covers(mount.Path, path) && (deepest is null || mount.Path.Length > deepest.Path.Length))
            {
                deepest = mount;
            }
        }

        return deepest switch
        {
            null => new ReadOnlyWrite(path, null, null),
            { Writable: true } => null,
            _ => new ReadOnlyWrite(path, deepest.Path, deepest.Volume),
        };
    }

    /// <summary>The container's mounts; null when one cannot be read for sure (no mountPath, a relative one).</summary>
    private static IReadOnlyList<Mount>? Mounts(SelectedContainer selected)
    {
        var volumeSources = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var volume in selected.Pod.Spec.Volumes)
        {
            if (volume.Name is { } name)
            {
                volumeSources[name.Value] = volume.Sources.Select(source => source.Value).ToList();
            }
        }

        var mounts = new List<Mount>();
        foreach (var item in selected.Node().Field("volumeMounts").Items())
        {
            if (item.Field("mountPath").AsString() is not { } mountPath || ContainerPaths.Normalize(mountPath.Value) is not { } path)
            {
                return null;
            }

            var volume = item.Field("name").AsString()?.Value;
            var readOnlySource = volume is not null && volumeSources.TryGetValue(volume, out var sources) && sources.Any(source => ReadOnlyVolumeSources.Contains(source));
            var writable = item.Field("readOnly").AsBool()?.Value != true && !readOnlySource;
            mounts.Add(new Mount(path, volume, writable));
        }

        return mounts;
    }

    private static string? TempDirectoryOf(SelectedContainer selected, ContainerEnvironment environment, IReadOnlyList<Dockerfile> dockerfiles, bool dockerfilesKnown)
    {
        // Kubernetes keeps the last of duplicate env entries.
        var variable = selected.Container.Env.LastOrDefault(env => env.Name?.Value == TempVariable);
        if (variable is not null)
        {
            return variable.HasValueFrom ? null : TempValue(variable.Value?.Value ?? string.Empty);
        }

        var fromDockerfiles = dockerfiles.Select(dockerfile => dockerfile.FinalEnv(TempVariable)).Distinct(StringComparer.Ordinal).ToList();
        if (environment.IsOpen || !dockerfilesKnown || fromDockerfiles.Count > 1
            || (environment.Names.Contains(TempVariable) && fromDockerfiles.All(value => value is null)))
        {
            return null;
        }

        return fromDockerfiles.Count == 1 && fromDockerfiles[0] is { } value ? TempValue(value) : DefaultTempDirectory;
    }

    /// <summary>.NET on Linux: an empty TMPDIR means <c>/tmp</c>; a value with variables or a relative one is not known here.</summary>
    private static string? TempValue(string value) =>
        value.Length == 0 ? DefaultTempDirectory : value.IndexOf('$') >= 0 ? null : ContainerPaths.Normalize(value);

    private static string? WorkingDirectoryOf(SelectedContainer selected, IReadOnlyList<Dockerfile> dockerfiles, bool dockerfilesKnown)
    {
        var workingDir = selected.Node().Field("workingDir");
        if (workingDir.IsPresent)
        {
            return workingDir.AsString() is { } value && value.Value.IndexOf('$') < 0 ? ContainerPaths.Normalize(value.Value) : null;
        }

        var fromDockerfiles = dockerfiles.Select(dockerfile => dockerfile.WorkingDirectory()).Distinct(StringComparer.Ordinal).ToList();
        return dockerfilesKnown && fromDockerfiles.Count == 1 && fromDockerfiles[0] is { } directory ? ContainerPaths.Normalize(directory) : null;
    }

    private sealed record Mount(string Path, string? Volume, bool Writable);
}
