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
}
