using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>Well-known node label keys and the deprecated ones the API server warns about.</summary>
internal static class NodeLabels
{
    public const string Hostname = "kubernetes.io/hostname";
    public const string OS = "kubernetes.io/os";
    public const string Arch = "kubernetes.io/arch";
    public const string Zone = "topology.kubernetes.io/zone";
    public const string Region = "topology.kubernetes.io/region";
    public const string InstanceType = "node.kubernetes.io/instance-type";
    public const string WindowsBuild = "node.kubernetes.io/windows-build";

    /// <summary>Keys the kubelet or cloud providers set on nodes and that selectors commonly use.</summary>
    public static readonly IReadOnlyList<string> WellKnownKeys = new[] { Hostname, OS, Arch, Zone, Region, InstanceType, WindowsBuild };

    // The API server's whole deprecatedNodeLabels table (pkg/api/node/util.go); it warns for no other key.
    private static readonly Dictionary<string, string> Deprecated = new(System.StringComparer.Ordinal)
    {
        ["beta.kubernetes.io/arch"] = "deprecated since v1.14; use \"kubernetes.io/arch\" instead",
        ["beta.kubernetes.io/os"] = "deprecated since v1.14; use \"kubernetes.io/os\" instead",
        ["failure-domain.beta.kubernetes.io/region"] = "deprecated since v1.17; use \"topology.kubernetes.io/region\" instead",
        ["failure-domain.beta.kubernetes.io/zone"] = "deprecated since v1.17; use \"topology.kubernetes.io/zone\" instead",
        ["beta.kubernetes.io/instance-type"] = "deprecated since v1.17; use \"node.kubernetes.io/instance-type\" instead",
    };

    // Not in the server's table, so the server says nothing: kubeadm labelled control-plane nodes
    // "node-role.kubernetes.io/master" until v1.24 and "node-role.kubernetes.io/control-plane" since,
    // so a selector on the old key matches no node of a current cluster. PodAnalyzers' own wording.
    // (app.kubernetes.io/created-by and scheduler.alpha.kubernetes.io/preferAvoidPods are not node
    // labels at all, an app label and a node annotation: they are deliberately not listed.)
    private static readonly Dictionary<string, string> Retired = new(System.StringComparer.Ordinal)
    {
        ["node-role.kubernetes.io/master"] = "no longer set on nodes since kubeadm v1.24; use \"node-role.kubernetes.io/control-plane\" instead",
    };

    // Go's GOOS and GOARCH lists (go/build syslist.go): the kubelet sets kubernetes.io/os and kubernetes.io/arch to them.
    private static readonly HashSet<string> GoOperatingSystems = new(System.StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
        "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    private static readonly HashSet<string> GoArchitectures = new(System.StringComparer.Ordinal)
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le",
        "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    };

    // What uname, Docker or distributions call an architecture, and Go's name for it.
    private static readonly Dictionary<string, string> ArchitectureAliases = new(System.StringComparer.Ordinal)
    {
        ["x86_64"] = "amd64", ["x86-64"] = "amd64", ["x64"] = "amd64", ["aarch64"] = "arm64", ["armv8"] = "arm64",
        ["arm64v8"] = "arm64", ["armv7"] = "arm", ["armv7l"] = "arm", ["armhf"] = "arm", ["armv6l"] = "arm", ["i386"] = "386",
        ["i686"] = "386", ["x86"] = "386", ["ppc64el"] = "ppc64le",
    };

    /// <summary>The server's warning text for a deprecated node label key (case-sensitive, as the server matches).</summary>
    public static bool TryGetDeprecation(string key, out string message)
    {
        if (Deprecated.TryGetValue(key, out var found))
        {
            message = found;
            return true;
        }

        message = string.Empty;
        return false;
    }

    /// <summary>
    /// PodAnalyzers' own warning for a key the server does not warn about but no current node
    /// carries any more (<c>node-role.kubernetes.io/master</c>).
    /// </summary>
    public static bool TryGetRetirement(string key, out string message)
    {
        if (Retired.TryGetValue(key, out var found))
        {
            message = found;
            return true;
        }

        message = string.Empty;
        return false;
    }

    /// <summary>
    /// The well-known key that <paramref name="key"/> almost is, or null: the same prefix (ignoring
    /// case) and a name that differs only by case, '-', '_', '.' or at most two edits
    /// (<c>kubernetes.io/Hostname</c>, <c>kubernetes.io/host-name</c>, <c>topology.kubernetes.io/zones</c>).
    /// </summary>
    public static string? NearMissOf(string key)
    {
        if (key.Length == 0 || IsWellKnown(key) || Deprecated.ContainsKey(key) || Retired.ContainsKey(key))
        {
            return null;
        }

        var slash = key.LastIndexOf('/');
        var prefix = slash < 0 ? string.Empty : key.Substring(0, slash).ToLowerInvariant();
        var name = key.Substring(slash + 1).ToLowerInvariant();
        foreach (var wellKnown in WellKnownKeys)
        {
            var wellKnownSlash = wellKnown.LastIndexOf('/');
            if (prefix != wellKnown.Substring(0, wellKnownSlash))
            {
                continue;
            }

            var wellKnownName = wellKnown.Substring(wellKnownSlash + 1);
            if (Squeeze(name) == Squeeze(wellKnownName) || EditDistance(name, wellKnownName) <= AllowedEdits(wellKnownName))
            {
                return wellKnown;
            }
        }

        return null;
    }

    /// <summary>
    /// Why no node ever has <paramref name="value"/> for the well-known <paramref name="key"/>
    /// (<c>kubernetes.io/os</c>, <c>kubernetes.io/arch</c>), with the value meant when it can tell; null when the value is possible.
    /// </summary>
    public static string? ImpossibleValue(string key, string value, out string? intended)
    {
        intended = null;
        HashSet<string> known;
        string reported;
        switch (key)
        {
            case OS:
                known = GoOperatingSystems;
                reported = "nodes report \"linux\" or \"windows\"";
                break;
            case Arch:
                known = GoArchitectures;
                reported = "nodes report Go architecture names such as \"amd64\", \"arm64\", \"arm\", \"ppc64le\", \"s390x\"";
                break;
            default:
                return null;
        }

        if (known.Contains(value))
        {
            return null;
        }

        var lower = value.ToLowerInvariant();
        if (known.Contains(lower))
        {
            intended = lower;
        }
        else if (key == Arch && ArchitectureAliases.TryGetValue(lower, out var alias))
        {
            intended = alias;
        }

        return reported;
    }

    private static bool IsWellKnown(string key)
    {
        foreach (var wellKnown in WellKnownKeys)
        {
            if (wellKnown == key)
            {
                return true;
            }
        }

        return false;
    }

    // Short names would match unrelated keys: "os" allows no edit, "arch" and "zone" one.
    private static int AllowedEdits(string name) => name.Length <= 3 ? 0 : name.Length <= 5 ? 1 : 2;

    private static string Squeeze(string name) => name.Replace("-", string.Empty).Replace("_", string.Empty).Replace(".", string.Empty);

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = System.Math.Min(System.Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
