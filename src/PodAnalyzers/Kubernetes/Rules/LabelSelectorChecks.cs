using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// metav1validation.ValidateLabelSelector over a written selector (pod-affinity terms, topology
/// spread constraints) with AllowInvalidLabelValueInSelector false, as on every create. An
/// unsupported operator is POD1080's; the rest of the requirement is still checked, as the
/// server does.
/// </summary>
internal static class LabelSelectorChecks
{
    public static void Check(FieldNode selector, RuleContext context)
    {
        if (selector.Mapping is null)
        {
            return;
        }

        // ValidateLabels reports at the map's path, never at path[key].
        var matchLabels = selector.Field("matchLabels");
        foreach (var entry in matchLabels.Entries())
        {
            foreach (var message in LabelRules.KeyErrors(matchLabels.Path, entry.Key.Value, context.Version))
            {
                context.Report(Rule.InvalidPodSpecField, entry.Key.Span, message);
            }

            if (entry.Value.AsString() is { } value)
            {
                foreach (var message in LabelRules.ValueErrors(matchLabels.Path, value.Value, context.Version))
                {
                    context.Report(Rule.InvalidPodSpecField, value.Span, message);
                }
            }
        }

        foreach (var requirement in selector.Field("matchExpressions").Items())
        {
            if (requirement.Mapping is not null)
            {
                CheckRequirement(requirement, context);
            }
        }
    }

    private static void CheckRequirement(FieldNode requirement, RuleContext context)
    {
        var op = requirement.Field("operator");
        var values = requirement.Field("values");
        var count = ValueCount(values);
        switch (op.StringOrEmpty)
        {
            case "In" or "NotIn" when count == 0:
                context.Report(Rule.InvalidPodSpecField, MissingValuesSpan(values, op), FieldErrors.Required(values.Path, "must be specified when `operator` is 'In' or 'NotIn'"));
                break;
            case "Exists" or "DoesNotExist" when count > 0:
                context.Report(Rule.InvalidPodSpecField, values.ValueSpan, FieldErrors.Forbidden(values.Path, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                break;
        }

        var key = requirement.Field("key");
        if (!key.IsPresent || key.AsString() is not null)
        {
            foreach (var message in LabelRules.KeyErrors(key.Path, key.StringOrEmpty, context.Version))
            {
                context.Report(Rule.InvalidPodSpecField, key.ValueSpan, message);
            }
        }

        foreach (var value in values.Items())
        {
            if (value.AsString() is { } text)
            {
                foreach (var message in LabelRules.ValueErrors(value.Path, text.Value, context.Version))
                {
                    context.Report(Rule.InvalidPodSpecField, text.Span, message);
                }
            }
        }
    }

    /// <summary>How many values a requirement lists: 0 when absent or null, null when not a list (a decoding error).</summary>
    public static int? ValueCount(FieldNode values) =>
        !values.IsPresent ? 0 : values.Sequence?.Items.Count;

    /// <summary>Where a "values: Required" lands: the empty list when written, else the operator that requires it.</summary>
    public static SourceSpan MissingValuesSpan(FieldNode values, FieldNode op) =>
        values.IsPresent ? values.ValueSpan : op.KeySpan;
}
