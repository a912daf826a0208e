using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1088 in <c>spec.affinity</c> (validateAffinity): the values a node-selector operator needs
/// (ValidateNodeSelectorRequirement), matchFields (ValidateNodeFieldSelectorRequirement), an
/// empty required node selector (ValidateNodeSelector), weights, and pod (anti-)affinity terms
/// (validatePodAffinityTerm). Label keys and values of node-affinity expressions are POD1001 and
/// POD1002; unsupported operators are POD1080.
/// </summary>
internal static class AffinityRules
{
    /// <summary>MatchLabelKeysInPodAffinity is on by default from 1.31; before, the fields are dropped unvalidated.</summary>
    private const int MatchLabelKeysMinor = 31;

    private const string WeightDetail = "must be in the range 1-100";

    private static readonly string[] PodAffinityKinds = { "podAffinity", "podAntiAffinity" };

    public static void Check(PodSource pod, RuleContext context)
    {
        var affinity = pod.Spec.Node.Field("affinity");
        if (affinity.Mapping is null)
        {
            return;
        }

        var nodeAffinity = affinity.Field("nodeAffinity");
        if (nodeAffinity.Mapping is not null)
        {
            CheckNodeAffinity(nodeAffinity, context);
        }

        foreach (var kind in PodAffinityKinds)
        {
            var podAffinity = affinity.Field(kind);
            if (podAffinity.Mapping is not null)
            {
                CheckPodAffinity(pod, podAffinity, context);
            }
        }
    }

    private static void CheckNodeAffinity(FieldNode nodeAffinity, RuleContext context)
    {
        var required = nodeAffinity.Field("requiredDuringSchedulingIgnoredDuringExecution");
        if (required.Mapping is not null)
        {
            var terms = required.Field("nodeSelectorTerms");
            if (!terms.IsPresent || terms.Sequence is { Items.Count: 0 })
            {
                context.Report(Rule.InvalidPodSpecField, terms.ValueSpan, FieldErrors.Required(terms.Path, "must have at least one node selector term"));
            }

            foreach (var term in terms.Items())
            {
                CheckNodeSelectorTerm(term, context);
            }
        }

        foreach (var preferred in nodeAffinity.Field("preferredDuringSchedulingIgnoredDuringExecution").Items())
        {
            if (preferred.Mapping is not null)
            {
                CheckWeight(preferred.Field("weight"), context);
                CheckNodeSelectorTerm(preferred.Field("preference"), context);
            }
        }
    }

    private static void CheckNodeSelectorTerm(FieldNode term, RuleContext context)
    {
        foreach (var requirement in term.Field("matchExpressions").Items())
        {
            if (requirement.Mapping is not null)
            {
                CheckNodeSelectorRequirement(requirement, context);
            }
        }

        foreach (var requirement in term.Field("matchFields").Items())
        {
            if (requirement.Mapping is not null)
            {
                CheckNodeFieldSelectorRequirement(requirement, context);
            }
        }
    }

    private static void CheckNodeSelectorRequirement(FieldNode requirement, RuleContext context)
    {
        var op = requirement.Field("operator");
        var values = requirement.Field("values");
        var count = LabelSelectorChecks.ValueCount(values);
        switch (op.StringOrEmpty)
        {
            case "In" or "NotIn" when count == 0:
                context.Report(Rule.InvalidPodSpecField, LabelSelectorChecks.MissingValuesSpan(values, op), FieldErrors.Required(values.Path, "must be specified when `operator` is 'In' or 'NotIn'"));
                break;
            case "Exists" or "DoesNotExist" when count > 0:
                context.Report(Rule.InvalidPodSpecField, values.ValueSpan, FieldErrors.Forbidden(values.Path, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                break;
            case "Gt" or "Lt" when count is not (1 or null):
                context.Report(Rule.InvalidPodSpecField, LabelSelectorChecks.MissingValuesSpan(values, op), FieldErrors.Required(values.Path, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                break;
        }
    }

    /// <summary>ValidateNodeFieldSelectorRequirement: only metadata.name, with exactly one node name.</summary>
    private static void CheckNodeFieldSelectorRequirement(FieldNode requirement, RuleContext context)
    {
        var op = requirement.Field("operator");
        var values = requirement.Field("values");
        if (op.StringOrEmpty is "In" or "NotIn" && LabelSelectorChecks.ValueCount(values) is not (1 or null))
        {
            context.Report(Rule.InvalidPodSpecField, LabelSelectorChecks.MissingValuesSpan(values, op), FieldErrors.Required(values.Path, "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
        }

        var key = requirement.Field("key");
        if (key.IsPresent && key.AsString() is null)
        {
            return;
        }

        if (key.StringOrEmpty != "metadata.name")
        {
            context.Report(Rule.InvalidPodSpecField, key.ValueSpan, FieldErrors.Invalid(key.Path, key.StringOrEmpty, "not a valid field selector key"));
            return;
        }

        foreach (var value in values.Items())
        {
            if (value.AsString() is { } name)
            {
                foreach (var message in NodeNameRules.NodeNameErrors(value.Path, name.Value))
                {
                    context.Report(Rule.InvalidPodSpecField, name.Span, message);
                }
            }
        }
    }

    private static void CheckPodAffinity(PodSource pod, FieldNode podAffinity, RuleContext context)
    {
        foreach (var term in podAffinity.Field("requiredDuringSchedulingIgnoredDuringExecution").Items())
        {
            if (term.Mapping is not null)
            {
                CheckPodAffinityTerm(pod, term, context);
            }
        }

        foreach (var weighted in podAffinity.Field("preferredDuringSchedulingIgnoredDuringExecution").Items())
        {
            if (weighted.Mapping is null)
            {
                continue;
            }

            CheckWeight(weighted.Field("weight"), context);
            var term = weighted.Field("podAffinityTerm");
            if (!term.IsPresent || term.Mapping is not null)
            {
                CheckPodAffinityTerm(pod, term, context);
            }
        }
    }

    private static void CheckWeight(FieldNode weight, RuleContext context)
    {
        if (weight.IsPresent && weight.AsInteger() is not { Value: >= int.MinValue and <= int.MaxValue })
        {
            return;
        }

        var value = weight.AsInteger()?.Value ?? 0;
        if (value is <= 0 or > 100)
        {
            context.Report(Rule.InvalidPodSpecField, weight.ValueSpan, FieldErrors.Invalid(weight.Path, (int)value, WeightDetail));
        }
    }

    /// <summary>validatePodAffinityTerm, in its order.</summary>
    private static void CheckPodAffinityTerm(PodSource pod, FieldNode term, RuleContext context)
    {
        var selector = term.Field("labelSelector");
        LabelSelectorChecks.Check(selector, context);
        LabelSelectorChecks.Check(term.Field("namespaceSelector"), context);

        // The server names every entry by the list's singular field, without an index, so a
        // repeated bad name gives one message (ErrorList.ToAggregate drops repeats).
        var namespacePath = term.Path + ".namespace";
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in term.Field("namespaces").Items())
        {
            if (name.AsString() is { } text && reported.Add(text.Value))
            {
                foreach (var message in FieldErrors.Invalid(namespacePath, text.Value, DnsValidation.ValidateLabel(text.Value)))
                {
                    context.Report(Rule.InvalidPodSpecField, text.Span, message);
                }
            }
        }

        if (context.Version.IsAtLeast(MatchLabelKeysMinor))
        {
            MatchLabelKeyChecks.CheckPodAffinityTerm(pod, term, selector, context);
        }

        var topologyKey = term.Field("topologyKey");
        if (topologyKey.IsPresent && topologyKey.AsString() is null)
        {
            return;
        }

        var key = topologyKey.StringOrEmpty;
        if (key.Length == 0)
        {
            context.Report(Rule.InvalidPodSpecField, topologyKey.ValueSpan, FieldErrors.Required(topologyKey.Path, "can not be empty"));
        }

        foreach (var message in LabelRules.KeyErrors(topologyKey.Path, key, context.Version))
        {
            context.Report(Rule.InvalidPodSpecField, topologyKey.ValueSpan, message);
        }
    }
}
