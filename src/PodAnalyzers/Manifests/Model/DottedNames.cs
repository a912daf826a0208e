using System.Collections.Concurrent;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// The names of a dotted walk (<c>"securityContext.seccompProfile"</c>), split once per distinct
/// walk: rules pass the same few literals for every container of every document.
/// </summary>
internal static class DottedNames
{
    private static readonly ConcurrentDictionary<string, string[]> Splits = new();

    public static string[] Split(string dottedNames) => Splits.GetOrAdd(dottedNames, names => names.Split('.'));
}
