using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1092: a JobSpec's podFailurePolicy (validatePodFailurePolicy and its rule checks) and
/// successPolicy (validateSuccessPolicy, validateSuccessPolicyRule) in pkg/apis/batch/validation.
/// The action, operator and status enums are POD1080's; a missing action or operator is reported here.
/// </summary>
internal static class JobPolicyRules
{
    private const int MaxPodFailurePolicyRules = 20;
    private const int MaxOnExitCodesValues = 255;
    private const int MaxOnPodConditionsPatterns = 20;
    private const int MaxSucceededIndexesLength = 64 * 1024;
    private const int MaxSuccessPolicyRules = 20;

    public static void CheckPodFailurePolicy(JobSpecFields job, FieldNode policy, PodSpec template, WorkloadFieldReader reader)
    {
        var rules = policy.Field("rules");
        var count = rules.Sequence?.Items.Count ?? 0;
        if (count > MaxPodFailurePolicyRules)
        {
            reader.Report(rules.KeySpan, TooMany(rules.Path, count, MaxPodFailurePolicyRules));
        }

        var containerNames = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var container in template.Containers)
        {
            containerNames.Add(container.Name?.Value ?? string.Empty);
        }

        foreach (var container in template.InitContainers)
        {
            containerNames.Add(container.Name?.Value ?? string.Empty);
        }

        foreach (var rule in rules.Items())
        {
            CheckPodFailurePolicyRule(job, rule, containerNames, reader);
        }
    }

    private static void CheckPodFailurePolicyRule(JobSpecFields job, FieldNode rule, HashSet<string> containerNames, WorkloadFieldReader reader)
    {
        var action = rule.Field("action");
        var actionText = action.AsString();
        if (actionText is null or { Value.Length: 0 })
        {
            reader.Report(action.ValueSpan, FieldErrors.Required(action.Path, "valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]"));
        }
        else if (actionText.Value == "FailIndex" && job.BackoffLimitPerIndex is null)
        {
            reader.Report(actionText.Span, FieldErrors.Invalid(action.Path, actionText.Value, "requires the backoffLimitPerIndex to be set"));
        }

        var onExitCodes = rule.Field("onExitCodes");
        if (onExitCodes.Mapping is not null)
        {
            CheckOnExitCodes(onExitCodes, containerNames, reader);
        }

        var onPodConditions = rule.Field("onPodConditions");
        var patterns = onPodConditions.Sequence?.Items.Count ?? 0;
        if (patterns > 0)
        {
            if (patterns > MaxOnPodConditionsPatterns)
            {
                reader.Report(onPodConditions.KeySpan, TooMany(onPodConditions.Path, patterns, MaxOnPodConditionsPatterns));
            }

            foreach (var pattern in onPodConditions.Items())
            {
                var type = pattern.Field("type");
                foreach (var message in LabelRules.KeyErrors(type.Path, type.StringOrEmpty, reader.Version))
                {
                    reader.Report(type.ValueSpan, message);
                }
            }
        }

        if (onExitCodes.Mapping is not null && patterns > 0)
        {
            reader.Report(rule.KeySpan, rule.Path + ": Invalid value: specifying both OnExitCodes and OnPodConditions is not supported");
        }
        else if (onExitCodes.Mapping is null && patterns == 0)
        {
            reader.Report(rule.KeySpan, rule.Path + ": Invalid value: specifying one of OnExitCodes and OnPodConditions is required");
        }
    }

    private static void CheckOnExitCodes(FieldNode onExitCodes, HashSet<string> containerNames, WorkloadFieldReader reader)
    {
        var op = onExitCodes.Field("operator");
        var opText = op.StringOrEmpty;
        if (opText.Length == 0)
        {
            reader.Report(op.ValueSpan, FieldErrors.Required(op.Path, "valid values: [\"In\" \"NotIn\"]"));
        }

        var containerName = onExitCodes.Field("containerName");
        if (containerName.AsString() is { } name && !containerNames.Contains(name.Value))
        {
            reader.Report(name.Span, FieldErrors.Invalid(containerName.Path, name.Value, "must be one of the container or initContainer names in the pod template"));
        }

        var values = onExitCodes.Field("values");
        var items = new List<FieldNode>(values.Items());
        if (items.Count == 0)
        {
            reader.Report(values.ValueSpan, FieldErrors.InvalidPrinted(values.Path, PrintCodes(values, items, reader.Version), "at least one value is required"));
        }
        else if (items.Count > MaxOnExitCodesValues)
        {
            reader.Report(values.KeySpan, TooMany(values.Path, items.Count, MaxOnExitCodesValues));
        }

        var ordered = true;
        var seen = new HashSet<long>();
        long previous = 0;
        for (var j = 0; j < items.Count; j++)
        {
            var code = ExitCode(items[j]);
            if (opText == "In" && code == 0)
            {
                reader.Report(items[j].ValueSpan, WorkloadFieldReader.Invalid(items[j].Path, 0, "must not be 0 for the In operator"));
            }

            if (!seen.Add(code))
            {
                reader.Report(items[j].ValueSpan, items[j].Path + ": Duplicate value: " + code.ToString(CultureInfo.InvariantCulture));
            }

            ordered &= j == 0 || previous <= code;
            previous = code;
        }

        if (!ordered)
        {
            reader.Report(values.KeySpan, FieldErrors.InvalidPrinted(values.Path, PrintCodes(values, items, reader.Version), "must be ordered"));
        }
    }

    /// <summary>validateSuccessPolicy; the field exists from 1.31 (JobSuccessPolicy beta).</summary>
    public static void CheckSuccessPolicy(JobSpecFields job, FieldNode policy, WorkloadFieldReader reader)
    {
        if (!reader.Version.IsAtLeast(31))
        {
            return;
        }

        var rules = policy.Field("rules");
        var items = new List<FieldNode>(rules.Items());
        if (job.CompletionMode != "Indexed")
        {
            // Up to 1.33 the server prints the struct with %#v, pointer addresses included.
            if (reader.Version.IsAtLeast(34))
            {
                reader.Report(policy.KeySpan, FieldErrors.InvalidPrinted(policy.Path, PrintSuccessPolicy(rules, items), "requires indexed completion mode"));
            }

            return;
        }

        var completions = job.Completions;
        if (completions is null)
        {
            // The server dereferences the absent completions of a rule that has a field: an internal error, not a validation message.
            foreach (var rule in items)
            {
                if (rule.Field("succeededIndexes").IsPresent || rule.Field("succeededCount").IsPresent)
                {
                    return;
                }
            }
        }

        if (items.Count == 0)
        {
            reader.Report(rules.ValueSpan, FieldErrors.Required(rules.Path, "at least one rules must be specified when the successPolicy is specified"));
        }
        else if (items.Count > MaxSuccessPolicyRules)
        {
            reader.Report(rules.KeySpan, TooMany(rules.Path, items.Count, MaxSuccessPolicyRules));
        }

        foreach (var rule in items)
        {
            CheckSuccessPolicyRule(rule, completions?.Value ?? 0, reader);
        }
    }

    private static void CheckSuccessPolicyRule(FieldNode rule, long completions, WorkloadFieldReader reader)
    {
        var indexesField = rule.Field("succeededIndexes");
        var countField = rule.Field("succeededCount");
        var indexes = indexesField.AsString();
        var count = countField.AsInteger();
        if (indexes is null && count is null)
        {
            reader.Report(rule.KeySpan, FieldErrors.Required(rule.Path, "at least one of succeededCount or succeededIndexes must be specified"));
        }

        long total = 0;
        if (indexes is not null)
        {
            if (MessageFormat.ByteLength(indexes.Value) > MaxSucceededIndexesLength)
            {
                var detail = reader.Version.IsAtLeast(32) ? "may not be more than 65536 bytes" : "must have at most 65536 bytes";
                reader.Report(indexes.Span, indexesField.Path + ": Too long: " + detail);
            }

            if (JobIndexes.FormatError(indexes.Value, completions, out total) is { } error)
            {
                reader.Report(indexes.Span, FieldErrors.Invalid(indexesField.Path, indexes.Value, "error parsing succeededIndexes: " + error));
            }
        }

        if (count is not null)
        {
            reader.NonNegative(countField.Path, count);
            if (count.Value > completions)
            {
                reader.Report(count.Span, WorkloadFieldReader.Invalid(countField.Path, count.Value, "must be less than or equal to " + completions.ToString(CultureInfo.InvariantCulture) + " (the number of specified completions)"));
            }

            if (indexes is not null && count.Value > total)
            {
                reader.Report(count.Span, WorkloadFieldReader.Invalid(countField.Path, count.Value, "must be less than or equal to " + total.ToString(CultureInfo.InvariantCulture) + " (the number of indexes in the specified succeededIndexes field)"));
            }
        }
    }

    /// <summary>A podFailurePolicy exit code; a null item decodes as 0.</summary>
    private static long ExitCode(FieldNode item) => item.AsInteger()?.Value ?? 0;

    /// <summary>The []int32 of onExitCodes.values: JSON from 1.34, %#v before (nil when the list is not written).</summary>
    private static string PrintCodes(FieldNode values, List<FieldNode> items, KubernetesVersion version)
    {
        var json = version.IsAtLeast(34);
        if (values.Sequence is null)
        {
            return json ? "null" : "[]int32(nil)";
        }

        var builder = new StringBuilder(json ? "[" : "[]int32{");
        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : json ? "," : ", ").Append(ExitCode(items[i]).ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append(json ? "]" : "}").ToString();
    }

    /// <summary>The internal batch.SuccessPolicy as json.Marshal prints it (no json tags: Go field names).</summary>
    private static string PrintSuccessPolicy(FieldNode rules, List<FieldNode> items)
    {
        if (rules.Sequence is null)
        {
            return "{\"Rules\":null}";
        }

        var builder = new StringBuilder("{\"Rules\":[");
        for (var i = 0; i < items.Count; i++)
        {
            var indexes = items[i].Field("succeededIndexes").AsString();
            var count = items[i].Field("succeededCount").AsInteger();
            builder.Append(i == 0 ? "{" : ",{")
                .Append("\"SucceededIndexes\":").Append(indexes is null ? "null" : GoValues.JsonQuote(indexes.Value))
                .Append(",\"SucceededCount\":").Append(count is null ? "null" : count.Value.ToString(CultureInfo.InvariantCulture))
                .Append('}');
        }

        return builder.Append("]}").ToString();
    }

    /// <summary>field.TooMany: the actual count, then the limit.</summary>
    private static string TooMany(string path, int actual, int limit) =>
        path + ": Too many: " + actual.ToString(CultureInfo.InvariantCulture) + ": must have at most " + limit.ToString(CultureInfo.InvariantCulture) + " items";
}
