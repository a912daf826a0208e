using System;
using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.Generation;

/// <summary>
/// The order in which the plan names things: manifests by path (ordinal), so no name depends on
/// the order of the AdditionalFiles; a path listed twice counts once (its first listing).
/// </summary>
internal static class PlanOrder
{
    public static IReadOnlyList<TManifest> Of<TManifest>(IEnumerable<TManifest> manifests, Func<TManifest, string> pathOf)
    {
        var list = manifests as IReadOnlyList<TManifest> ?? manifests.ToList();
        return IsInPlanOrder(list, pathOf)
            ? list
            : list.GroupBy(pathOf, StringComparer.Ordinal).Select(group => group.First()).OrderBy(pathOf, StringComparer.Ordinal).ToList();
    }

    // The generator orders its manifests once and names pod classes from the ordered list: no second sort.
    private static bool IsInPlanOrder<TManifest>(IReadOnlyList<TManifest> manifests, Func<TManifest, string> pathOf)
    {
        for (var i = 1; i < manifests.Count; i++)
        {
            if (string.CompareOrdinal(pathOf(manifests[i - 1]), pathOf(manifests[i])) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
