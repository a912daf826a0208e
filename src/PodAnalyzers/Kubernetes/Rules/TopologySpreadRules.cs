using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1088 in <c>spec.topologySpreadConstraints</c> (validateTopologySpreadConstraints): maxSkew
/// above zero, a topologyKey, no two constraints with one {topologyKey, whenUnsatisfiable},
/// minDomains above zero and only with DoNotSchedule, matchLabelKeys, and the labelSelector.
/// Unsupported whenUnsatisfiable, nodeAffinityPolicy and nodeTaintsPolicy values are POD1080's.
/// </summary>
internal static class TopologySpreadRules
{
    private const string NotPositive = "must be greater than zero";

    public static void Check(PodSource pod, RuleContext context)
    {
        var constraints = new List<FieldNode>();
        foreach (var item in pod.Spec.Node.Field("topologySpreadConstraints").Items())
        {
            if (item.Mapping is not null)
            {
                constraints.Add(item);
            }
        }

        for (var i = 0; i < constraints.Count; i++)
        {
            var constraint = constraints[i];
            var maxSkew = Int32(constraint.Field("maxSkew"));
            if (maxSkew is <= 0)
            {
                context.Report(Rule.InvalidPodSpecField, constraint.Field("maxSkew").ValueSpan, FieldErrors.Invalid(constraint.Path + ".maxSkew", maxSkew.Value, NotPositive));
            }

            var topologyKey = constraint.Field("topologyKey");
            if (Text(topologyKey) is "")
            {
                context.Report(Rule.InvalidPodSpecField, topologyKey.ValueSpan, FieldErrors.Required(topologyKey.Path, "can not be empty"));
            }

            CheckNotRepeated(constraints, i, context);
            CheckMinDomains(constraint, context);
            MatchLabelKeyChecks.CheckTopologySpread(constraint, context);
            LabelSelectorChecks.Check(constraint.Field("labelSelector"), context);
        }
    }

    /// <summary>ValidateSpreadConstraintNotRepeat: reported once on each constraint that a later one repeats.</summary>
    private static void CheckNotRepeated(List<FieldNode> constraints, int index, RuleContext context)
    {
        var constraint = constraints[index];
        if (Text(constraint.Field("topologyKey")) is not { } key || Text(constraint.Field("whenUnsatisfiable")) is not { } action)
        {
            return;
        }

        for (var j = index + 1; j < constraints.Count; j++)
        {
            if (Text(constraints[j].Field("topologyKey")) == key && Text(constraints[j].Field("whenUnsatisfiable")) == action)
            {
                context.Report(Rule.InvalidPodSpecField, constraint.KeySpan, FieldErrors.Duplicate(constraint.Path + ".{topologyKey, whenUnsatisfiable}", "{" + key + ", " + action + "}"));
                return;
            }
        }
    }

    /// <summary>validateMinDomains: only when minDomains is set.</summary>
    private static void CheckMinDomains(FieldNode constraint, RuleContext context)
    {
        var field = constraint.Field("minDomains");
        if (!field.IsPresent || Int32(field) is not { } minDomains || Text(constraint.Field("whenUnsatisfiable")) is not { } action)
        {
            return;
        }

        if (minDomains <= 0)
        {
            context.Report(Rule.InvalidPodSpecField, field.ValueSpan, FieldErrors.Invalid(field.Path, minDomains, NotPositive));
        }

        if (action != "DoNotSchedule")
        {
            context.Report(Rule.InvalidPodSpecField, field.ValueSpan, FieldErrors.Invalid(field.Path, minDomains, "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + action));
        }
    }

    /// <summary>An int32 field: 0 when absent or null, null when of another type or out of range (a decoding error).</summary>
    private static int? Int32(FieldNode field)
    {
        if (!field.IsPresent)
        {
            return 0;
        }

        return field.AsInteger() is { Value: >= int.MinValue and <= int.MaxValue } number ? (int)number.Value : null;
    }

    /// <summary>A string field: "" when absent or null, null when of another type.</summary>
    private static string? Text(FieldNode field) => field.IsPresent ? field.AsString()?.Value : string.Empty;
}
