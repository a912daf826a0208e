using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1004: a key that is almost a well-known node label (<c>kubernetes.io/Hostname</c>,
/// <c>topology.kubernetes.io/zones</c>), located on the key, or a value no node ever reports for
/// <c>kubernetes.io/os</c> / <c>kubernetes.io/arch</c> (<c>Linux</c>, <c>x86_64</c>), located on the value.
/// The server accepts both; no node ever matches them.
/// </summary>
internal static class WellKnownNodeLabelRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        foreach (var selected in SelectedNodeLabelKeys.KeysOf(pod.Spec))
        {
            if (NodeLabels.NearMissOf(selected.Key.Value) is { } intended)
            {
                context.Report(
                    Rule.MistypedNodeLabel,
                    selected.Key.Span,
                    $"{selected.Path}: {FieldErrors.GoQuote(selected.Key.Value)} is not a node label; did you mean {FieldErrors.GoQuote(intended)}? Label keys are case-sensitive, so no node matches the key as written");
            }
        }

        var spec = pod.Spec;
        foreach (var entry in spec.NodeSelector.Entries)
        {
            if (entry.Value.IsWellTyped)
            {
                CheckValue(FieldErrors.Key(spec.NodeSelector.Path, entry.Key.Value), entry.Key.Value, entry.Value, context);
            }
        }

        CheckTerms(spec.RequiredNodeSelectorTerms, context);
        CheckTerms(spec.PreferredNodeSelectorTerms, context);
    }

    private static void CheckTerms(IReadOnlyList<NodeSelectorTerm> terms, RuleContext context)
    {
        foreach (var term in terms)
        {
            foreach (var requirement in term.MatchExpressions)
            {
                if (requirement.Key is not { IsWellTyped: true } key || RuleContext.TextOf(requirement.Operator) is not ("In" or "NotIn"))
                {
                    continue;
                }

                for (var i = 0; i < requirement.Values.Count; i++)
                {
                    if (requirement.Values[i].IsWellTyped)
                    {
                        CheckValue(requirement.Path + ".values[" + i.ToString(CultureInfo.InvariantCulture) + "]", key.Value, requirement.Values[i], context);
                    }
                }
            }
        }
    }

    private static void CheckValue(string path, string key, Located<string> value, RuleContext context)
    {
        if (NodeLabels.ImpossibleValue(key, value.Value, out var intended) is not { } reported)
        {
            return;
        }

        var advice = intended is null ? string.Empty : $"; use {FieldErrors.GoQuote(intended)}";
        context.Report(
            Rule.MistypedNodeLabel,
            value.Span,
            $"{path}: {FieldErrors.GoQuote(value.Value)} is never the value of {key} ({reported}){advice}");
    }
}
