namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Sysctl names as the API server checks them (IsValidSysctlName in core validation) and the
/// kernel namespace a name belongs to (k8s.io/component-helpers/node/util/sysctl GetNamespace).
/// </summary>
internal static class SysctlNames
{
    public const int MaxLength = 253;

    /// <summary>The regexp as the server prints it (<c>sysctlContainSlashRegexp</c>, anchored).</summary>
    public const string Pattern = @"^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";

    public static string InvalidMessage { get; } =
        "must have at most " + MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters and match regex " + Pattern;

    /// <summary>Segments of <c>[a-z0-9]([-_a-z0-9]*[a-z0-9])?</c> separated by '.' or '/', at most 253 bytes.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || MessageFormat.ByteLength(name) > MaxLength)
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] is not ('.' or '/'))
            {
                continue;
            }

            if (!IsSegment(name, start, i))
            {
                return false;
            }

            start = i + 1;
        }

        return true;
    }

    /// <summary>
    /// "Net" or "IPC" for a sysctl the kernel scopes to the network or IPC namespace, else null.
    /// The name is first normalized (a slash-separated name has its '.' and '/' swapped) and cut at
    /// the first '*'.
    /// </summary>
    public static string? KernelNamespace(string name)
    {
        var normalized = Normalize(name);
        var star = normalized.IndexOf('*');
        if (star >= 0)
        {
            normalized = normalized.Substring(0, star);
        }

        switch (normalized)
        {
            case "kernel.sem":
            case "kernel.shmall":
            case "kernel.shmmax":
            case "kernel.shmmni":
            case "kernel.shm_rmid_forced":
            case "kernel.shm":
            case "kernel.msgmax":
            case "kernel.msgmnb":
            case "kernel.msgmni":
            case "kernel.msg":
                return "IPC";
        }

        if (normalized.StartsWith("net.", System.StringComparison.Ordinal))
        {
            return "Net";
        }

        return normalized.StartsWith("fs.mqueue.", System.StringComparison.Ordinal) ? "IPC" : null;
    }

    /// <summary>NormalizeName: <c>net/ipv4/conf/eno2.100/rp_filter</c> becomes <c>net.ipv4.conf.eno2/100.rp_filter</c>.</summary>
    private static string Normalize(string name)
    {
        var separator = name.IndexOfAny(new[] { '.', '/' });
        if (separator < 0 || name[separator] == '.')
        {
            return name;
        }

        var swapped = name.ToCharArray();
        for (var i = 0; i < swapped.Length; i++)
        {
            swapped[i] = swapped[i] switch
            {
                '.' => '/',
                '/' => '.',
                _ => swapped[i],
            };
        }

        return new string(swapped);
    }

    private static bool IsSegment(string name, int start, int end)
    {
        if (end <= start || !Ascii.IsLowerOrDigit(name[start]) || !Ascii.IsLowerOrDigit(name[end - 1]))
        {
            return false;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            if (!Ascii.IsLowerOrDigit(name[i]) && name[i] is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
