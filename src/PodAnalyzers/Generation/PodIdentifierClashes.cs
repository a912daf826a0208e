using System;
using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Generation;

/// <summary>
/// Finds pod sources whose generated class would take a suffix because an earlier pod (in the
/// generator's order: file path, then document) already took the name.
/// </summary>
internal static class PodIdentifierClashes
{
    public static IEnumerable<(PodSource Pod, string Message)> Find(IEnumerable<ManifestFile> manifests)
    {
        var scope = GeneratedMemberNames.NewPodScope();
        var firstByIdentifier = new Dictionary<string, PodSource>(StringComparer.Ordinal);
        foreach (var pod in manifests.OrderBy(manifest => manifest.Path, StringComparer.Ordinal).SelectMany(manifest => manifest.PodSources))
        {
            var name = pod.Metadata.Name ?? pod.Metadata.GenerateName;
            if (name is null || name.Value.Length == 0)
            {
                continue;
            }

            var wanted = IdentifierNames.FromName(name.Value);
            var given = scope.Claim(name.Value);
            if (firstByIdentifier.TryGetValue(wanted, out var first) && given != wanted)
            {
                var firstName = (first.Metadata.Name ?? first.Metadata.GenerateName)!.Value;
                yield return (pod, $"Pod '{name.Value}' ({pod.FilePath}) and pod '{firstName}' ({first.FilePath}) both map to Pods.{wanted}; this one is generated as Pods.{given}");
            }
            else if (!firstByIdentifier.ContainsKey(wanted))
            {
                firstByIdentifier.Add(wanted, pod);
            }
        }
    }
}
