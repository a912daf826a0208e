using System;
using System.Globalization;

namespace PodAnalyzers.Kubernetes;

/// <summary>
/// The Kubernetes minor version whose API-server behaviour the rules reproduce
/// (message wording and strictness changed between releases).
/// </summary>
internal readonly struct KubernetesVersion : IEquatable<KubernetesVersion>, IComparable<KubernetesVersion>
{
    public static readonly KubernetesVersion Oldest = new(30);
    public static readonly KubernetesVersion Newest = new(36);
    public static readonly KubernetesVersion Default = Newest;

    public KubernetesVersion(int minor) => Minor = minor;

    /// <summary>The minor version of Kubernetes 1.x.</summary>
    public int Minor { get; }

    public bool IsAtLeast(int minor) => Minor >= minor;

    /// <summary>Parses "1.33" (also "v1.33" and "1.33.2"); only supported versions are accepted.</summary>
    public static bool TryParse(string? text, out KubernetesVersion version)
    {
        version = Default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("v", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(1);
        }

        var parts = trimmed.Split('.');
        if (parts.Length is < 2 or > 3 || parts[0] != "1")
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        var minor = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        if (minor < Oldest.Minor || minor > Newest.Minor)
        {
            return false;
        }

        version = new KubernetesVersion(minor);
        return true;
    }

    public bool Equals(KubernetesVersion other) => Minor == other.Minor;

    public override bool Equals(object? obj) => obj is KubernetesVersion other && Equals(other);

    public override int GetHashCode() => Minor;

    public int CompareTo(KubernetesVersion other) => Minor.CompareTo(other.Minor);

    public override string ToString() => "1." + Minor.ToString(CultureInfo.InvariantCulture);
}
