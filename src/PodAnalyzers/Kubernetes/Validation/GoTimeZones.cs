using System;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Go's <c>time.LoadLocation</c> as the API server runs it: kube-apiserver imports
/// <c>time/tzdata</c>, so the names it accepts are those of the IANA database Go embeds, whatever
/// the host has. The names are a generated table (eng/tzdata), never the host's
/// <c>TimeZoneInfo</c>, so the verdict is the same on every machine.
/// </summary>
internal static partial class GoTimeZones
{
    /// <summary>The error of <c>time.LoadLocation</c>, or null when Go finds the location.</summary>
    public static string? LoadLocationError(string name)
    {
        // "" and "UTC" are UTC and "Local" the local zone, before any lookup.
        if (name.Length == 0 || name == "UTC" || name == "Local")
        {
            return null;
        }

        if (name.IndexOf("..", StringComparison.Ordinal) >= 0 || name[0] == '/' || name[0] == '\\')
        {
            return "time: invalid location name";
        }

        return IsKnown(name) ? null : "unknown time zone " + name;
    }

    /// <summary>Whether the database has a zone or link of that exact name (case-sensitive, as Go's lookup is).</summary>
    public static bool IsKnown(string name) => Array.BinarySearch(Names, name, StringComparer.Ordinal) >= 0;
}
