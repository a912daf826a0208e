using System;
using System.Collections.Generic;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// Paths inside a Linux container, as the code writes them and as mounts cover them. The constant
/// evaluator writes <see cref="TempDirectory"/> for <c>Path.GetTempPath()</c>: which directory that
/// is depends on the container (<c>TMPDIR</c>), so it is resolved per container.
/// </summary>
internal static class ContainerPaths
{
    /// <summary>The temp directory, symbolically (<c>Path.GetTempPath()</c> ends with a separator: this does not).</summary>
    public const string TempDirectory = "\u0001TempPath\u0001";

    /// <summary>
    /// The path with <c>.</c>, <c>..</c>, repeated and trailing separators removed; null when it is
    /// not an absolute Linux path this can be sure of (relative, a backslash, a symbolic part, a
    /// <c>..</c> above the root).
    /// </summary>
    public static string? Normalize(string path)
    {
        if (path.Length == 0 || path[0] != '/' || path.IndexOf('\\') >= 0 || path.IndexOf('\0') >= 0 || path.IndexOf('\u0001') >= 0)
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return "/" + string.Join("/", segments);
    }

    /// <summary>
    /// The written path made absolute: the temp directory put in, a relative path put under the
    /// working directory; null when either is needed and unknown, or the result is not sure.
    /// </summary>
    public static string? Resolve(string written, string? tempDirectory, string? workingDirectory)
    {
        if (written.StartsWith(TempDirectory, StringComparison.Ordinal))
        {
            return tempDirectory is null ? null : Normalize(tempDirectory + "/" + written.Substring(TempDirectory.Length));
        }

        if (written.Length == 0 || written[0] == '/')
        {
            return Normalize(written);
        }

        // "C:/x" or "~/x" are not paths a Linux process resolves against its working directory as meant.
        if (written.IndexOf(':') >= 0 || written[0] == '~' || workingDirectory is null)
        {
            return null;
        }

        return Normalize(workingDirectory + "/" + written);
    }

    /// <summary>Whether <paramref name="directory"/> is <paramref name="path"/> or one of its ancestors, on a segment boundary (both normalised).</summary>
    public static bool Covers(string directory, string path) =>
        directory == "/"
        || path == directory
        || (path.StartsWith(directory, StringComparison.Ordinal) && path[directory.Length] == '/');

    /// <summary>The directory holding the path; <c>/</c> for a top-level entry (normalised paths).</summary>
    public static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path.Substring(0, slash);
    }
}
