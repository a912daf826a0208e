using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1001 (label keys) and POD1002 (label values) in <c>metadata.labels</c> of the object and
/// of its pod template, <c>spec.nodeSelector</c> (ValidateLabels: the error path is the map), and
/// the <c>matchExpressions</c> of node affinity terms (ValidateNodeSelectorRequirement).
/// </summary>
internal static class LabelRules
{
    /// <summary>From 1.33 the values of required node-affinity expressions must be valid label values.</summary>
    private const int RequiredAffinityValuesMinor = 33;

    public static void Check(PodSource pod, RuleContext context)
    {
        CheckMap(pod.Metadata.Labels, context);
        if (pod.TemplateMetadata is { } template)
        {
            // ValidatePodTemplateSpecForStatefulSet writes the template's labels as "spec.template.labels".
            CheckMap(template.Labels, context, pod.Kind == "StatefulSet" ? "spec.template.labels" : null);
        }

        CheckMap(pod.Spec.NodeSelector, context);
        var checkValues = context.Version.IsAtLeast(RequiredAffinityValuesMinor);
        CheckTerms(pod.Spec.RequiredNodeSelectorTerms, checkValues, context);
        CheckTerms(pod.Spec.PreferredNodeSelectorTerms, checkValues: false, context);
    }

    /// <summary>
    /// The server's messages for a label key at <paramref name="path"/> (the map's path, or a node
    /// selector requirement's <c>.key</c>). The YAML rules and the C# analyzers (POD2010) share it.
    /// </summary>
    public static IReadOnlyList<string> KeyErrors(string path, string key, KubernetesVersion version) =>
        FieldErrors.Invalid(path, key, LabelValidation.ValidateKey(key, version));

    /// <summary>The server's messages for a label value at <paramref name="path"/>; shared like <see cref="KeyErrors"/>.</summary>
    public static IReadOnlyList<string> ValueErrors(string path, string value, KubernetesVersion version) =>
        FieldErrors.Invalid(path, value, LabelValidation.ValidateValue(value, version));

    private static void CheckMap(StringMap map, RuleContext context, string? serverPath = null)
    {
        var path = serverPath ?? map.Path;
        foreach (var entry in map.Entries)
        {
            foreach (var message in KeyErrors(path, entry.Key.Value, context.Version))
            {
                context.Report(Rule.InvalidLabelKey, entry.Key.Span, message);
            }

            if (entry.Value.IsWellTyped)
            {
                foreach (var message in ValueErrors(path, entry.Value.Value, context.Version))
                {
                    context.Report(Rule.InvalidLabelValue, entry.Value.Span, message);
                }
            }
        }
    }

    private static void CheckTerms(IReadOnlyList<NodeSelectorTerm> terms, bool checkValues, RuleContext context)
    {
        foreach (var term in terms)
        {
            foreach (var requirement in term.MatchExpressions)
            {
                if (requirement.Key is null || requirement.Key.IsWellTyped)
                {
                    var key = RuleContext.TextOf(requirement.Key);
                    foreach (var message in KeyErrors(requirement.Path + ".key", key, context.Version))
                    {
                        context.Report(Rule.InvalidLabelKey, requirement.Key?.Span ?? requirement.Span, message);
                    }
                }

                if (!checkValues)
                {
                    continue;
                }

                for (var i = 0; i < requirement.Values.Count; i++)
                {
                    var value = requirement.Values[i];
                    if (!value.IsWellTyped)
                    {
                        continue;
                    }

                    var path = requirement.Path + ".values[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    foreach (var message in ValueErrors(path, value.Value, context.Version))
                    {
                        context.Report(Rule.InvalidLabelValue, value.Span, message);
                    }
                }
            }
        }
    }
}
