using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// matchLabelKeys and mismatchLabelKeys of pod-affinity terms
/// (validateMatchLabelKeysAndMismatchLabelKeys) and matchLabelKeys of topology spread
/// constraints (validateMatchLabelKeysInTopologySpread).
/// </summary>
internal static class MatchLabelKeyChecks
{
    /// <remarks>
    /// Before validating a Pod, the server merges each key the Pod has a label for into the
    /// term's labelSelector as a matchExpression (mutatePodAffinity, Pods only; a template is
    /// validated as written): a key then also written in the selector is "in both".
    /// </remarks>
    public static void CheckPodAffinityTerm(PodSource pod, FieldNode term, FieldNode selector, RuleContext context)
    {
        var matchLabelKeys = term.Field("matchLabelKeys");
        var mismatchLabelKeys = term.Field("mismatchLabelKeys");
        if (StringLists.Of(matchLabelKeys) is not { } matchKeys || StringLists.Of(mismatchLabelKeys) is not { } mismatchKeys
            || (selector.IsPresent && selector.Mapping is null))
        {
            return;
        }

        CheckKeys(matchLabelKeys, matchKeys, selector, context);
        CheckKeys(mismatchLabelKeys, mismatchKeys, selector, context);

        if (selector.IsPresent)
        {
            var indexOfKey = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (var i = 0; i < matchKeys.Count; i++)
            {
                indexOfKey[matchKeys[i].Value] = i;
            }

            var selectorKeys = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var entry in selector.Field("matchLabels").Entries())
            {
                selectorKeys.Add(entry.Key.Value);
            }

            foreach (var key in ExpressionKeys(pod, selector, matchKeys, mismatchKeys))
            {
                if (indexOfKey.TryGetValue(key, out var index) && selectorKeys.Contains(key))
                {
                    context.Report(Rule.InvalidPodSpecField, matchKeys[index].Span, FieldErrors.Invalid(FieldErrors.Index(term.Path, index), key, "exists in both matchLabelKeys and labelSelector"));
                }

                selectorKeys.Add(key);
            }
        }

        var mismatch = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var key in mismatchKeys)
        {
            mismatch.Add(key.Value);
        }

        for (var i = 0; i < matchKeys.Count; i++)
        {
            if (mismatch.Contains(matchKeys[i].Value))
            {
                context.Report(Rule.InvalidPodSpecField, matchKeys[i].Span, FieldErrors.Invalid(FieldErrors.Index(matchLabelKeys.Path, i), matchKeys[i].Value, "exists in both matchLabelKeys and mismatchLabelKeys"));
            }
        }
    }

    /// <summary>
    /// validateMatchLabelKeysInTopologySpread without its "exists in both" check, which the
    /// selector merge of 1.33 and later (MatchLabelKeysInPodTopologySpreadSelectorMerge) reshaped.
    /// </summary>
    public static void CheckTopologySpread(FieldNode constraint, RuleContext context)
    {
        var matchLabelKeys = constraint.Field("matchLabelKeys");
        var selector = constraint.Field("labelSelector");
        if (StringLists.Of(matchLabelKeys) is not { Count: > 0 } keys || (selector.IsPresent && selector.Mapping is null))
        {
            return;
        }

        if (!selector.IsPresent)
        {
            context.Report(Rule.InvalidPodSpecField, matchLabelKeys.ValueSpan, FieldErrors.Forbidden(matchLabelKeys.Path, "must not be specified when labelSelector is not set"));
        }

        ReportKeyErrors(matchLabelKeys, keys, context);
    }

    /// <summary>validateLabelKeys: a selector is required, and every key is a label key.</summary>
    private static void CheckKeys(FieldNode list, List<Located<string>> keys, FieldNode selector, RuleContext context)
    {
        if (keys.Count == 0)
        {
            return;
        }

        if (!selector.IsPresent)
        {
            context.Report(Rule.InvalidPodSpecField, list.ValueSpan, FieldErrors.Forbidden(list.Path, "must not be specified when labelSelector is not set"));
            return;
        }

        ReportKeyErrors(list, keys, context);
    }

    private static void ReportKeyErrors(FieldNode list, List<Located<string>> keys, RuleContext context)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            foreach (var message in LabelRules.KeyErrors(FieldErrors.Index(list.Path, i), keys[i].Value, context.Version))
            {
                context.Report(Rule.InvalidPodSpecField, keys[i].Span, message);
            }
        }
    }

    /// <summary>The selector's matchExpressions keys, then (for a Pod) the ones the server merges in.</summary>
    private static IEnumerable<string> ExpressionKeys(PodSource pod, FieldNode selector, List<Located<string>> matchKeys, List<Located<string>> mismatchKeys)
    {
        foreach (var requirement in selector.Field("matchExpressions").Items())
        {
            yield return requirement.Field("key").StringOrEmpty;
        }

        if (pod.IsWorkload)
        {
            yield break;
        }

        foreach (var key in matchKeys)
        {
            if (HasLabel(pod, key.Value))
            {
                yield return key.Value;
            }
        }

        foreach (var key in mismatchKeys)
        {
            if (HasLabel(pod, key.Value))
            {
                yield return key.Value;
            }
        }
    }

    private static bool HasLabel(PodSource pod, string key)
    {
        foreach (var entry in pod.Metadata.Labels.Entries)
        {
            if (entry.Key.Value == key && entry.Value.IsWellTyped)
            {
                return true;
            }
        }

        return false;
    }
}
