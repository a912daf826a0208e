using System;

namespace PodAnalyzers.HostsFile;

/// <summary>
/// Recognises the hosts file in a path known at compile time. Windows forms are matched case
/// insensitively with either slash; <c>%SystemRoot%</c> and <c>%windir%</c> stand for the Windows
/// directory (the constant evaluator writes <see cref="SystemRoot"/> for
/// <c>Environment.GetFolderPath(SpecialFolder.Windows)</c> and friends).
/// </summary>
internal static class HostsPaths
{
    public const string LinuxPath = "/etc/hosts";

    /// <summary>
    /// The Windows directory, symbolically: what <c>%SystemRoot%</c> becomes once expanded (by
    /// <c>Environment.ExpandEnvironmentVariables</c> or cmd.exe). An unexpanded <c>%SystemRoot%</c>
    /// is a relative path, not the hosts file.
    /// </summary>
    public const string SystemRoot = "\u0001SystemRoot\u0001";

    /// <summary>The symbolic System32 directory (<c>SpecialFolder.System</c>).</summary>
    public const string System32 = SystemRoot + "\\System32";

    public static bool IsHostsFile(string? path)
    {
        if (path is null || path.Length == 0 || path.Length > 260)
        {
            return false;
        }

        var normalized = Collapse(path.Trim().Replace('\\', '/'));
        if (normalized == LinuxPath)
        {
            return true;
        }

        var lower = normalized.ToLowerInvariant();
        const string tail = "/system32/drivers/etc/hosts";
        if (!lower.EndsWith(tail, StringComparison.Ordinal))
        {
            return false;
        }

        var root = lower.Substring(0, lower.Length - tail.Length);
        return root == SystemRoot.ToLowerInvariant()
            || (root.Length == 10 && root[0] is >= 'a' and <= 'z' && root.Substring(1) == ":/windows");
    }

    /// <summary>Replaces <c>%SystemRoot%</c> and <c>%windir%</c> (any case) with <see cref="SystemRoot"/>.</summary>
    public static string ExpandSystemRoot(string value)
    {
        foreach (var variable in new[] { "%SystemRoot%", "%windir%" })
        {
            int index;
            while ((index = value.IndexOf(variable, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                value = value.Substring(0, index) + SystemRoot + value.Substring(index + variable.Length);
            }
        }

        return value;
    }

    /// <summary>A path as a message shows it: the symbolic Windows directory as <c>%SystemRoot%</c>.</summary>
    public static string Display(string path) => path.Replace(SystemRoot, "%SystemRoot%");

    /// <summary><c>Path.Combine</c> on normalised parts: a rooted part restarts the path.</summary>
    public static string Combine(string left, string right)
    {
        if (right.Length == 0)
        {
            return left;
        }

        if (left.Length == 0 || IsRooted(right))
        {
            return right;
        }

        return Join(left, right);
    }

    /// <summary><c>Path.Join</c>: concatenation with one separator.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        var leftEnds = left[left.Length - 1] is '/' or '\\';
        var rightStarts = right[0] is '/' or '\\';
        return leftEnds || rightStarts ? left + right : left + "/" + right;
    }

    private static bool IsRooted(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && path[1] == ':') || path.StartsWith(SystemRoot, StringComparison.Ordinal);

    private static string Collapse(string path)
    {
        while (path.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            path = path.Replace("//", "/");
        }

        return path.Replace("/./", "/");
    }
}
