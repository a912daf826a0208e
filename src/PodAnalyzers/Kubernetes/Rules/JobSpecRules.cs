using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1092 for batch/v1: validateJobSpec (pkg/apis/batch/validation) over a Job's spec after
/// SetDefaults_Job, and over a CronJob's jobTemplate.spec, which nothing defaults; ValidateJob's
/// hostname check of an Indexed Job; validateCronJobSpec's startingDeadlineSeconds and history
/// limits. Enumerated values (completionMode, podReplacementPolicy, actions, operators, statuses)
/// are POD1080's; only their cross-field rules are checked here.
/// </summary>
internal static class JobSpecRules
{
    private const int MaxParallelismForIndexedJob = 100_000;
    private const int MaxFailedIndexesForIndexedJob = 100_000;
    private const int CompletionsSoftLimit = 100_000;
    private const int ParallelismLimitForHighCompletions = 10_000;
    private const int MaxFailedIndexesLimitForHighCompletions = 10_000;
    private const int MaxPodFailurePolicyRules = 20;
    private const int MaxOnExitCodesValues = 255;
    private const int MaxOnPodConditionsPatterns = 20;
    private const int MaxManagedByLength = 63;
    private const int MaxSucceededIndexesLength = 64 * 1024;
    private const int MaxSuccessPolicyRules = 20;

    public static void CheckJob(PodSource pod, FieldNode spec, WorkloadFieldReader reader)
    {
        var job = JobSpecFields.Read(spec, reader, defaulted: true);
        var name = pod.Metadata.Name;
        if (reader.Undecodable)
        {
            return;
        }

        CheckJobSpec(job, pod.Spec, reader);

        // ValidateJob: the controller names the Pods of an Indexed Job "<name>-<index>", and their hostname is that label.
        if (job.CompletionMode == "Indexed" && job.Completions is { Value: > 0 } completions && name is { IsWellTyped: true })
        {
            var hostname = name.Value + "-" + (completions.Value - 1).ToString(CultureInfo.InvariantCulture);
            if (DnsValidation.ValidateLabel(hostname).Count > 0)
            {
                reader.Report(name.Span, FieldErrors.Invalid("metadata.name", name.Value, "will not able to create pod with invalid DNS label: " + hostname));
            }
        }
    }

    public static void CheckCronJob(PodSource pod, FieldNode spec, WorkloadFieldReader reader)
    {
        var startingDeadlineSeconds = reader.Int64(spec.Field("startingDeadlineSeconds"));
        var jobTemplate = spec.Field("jobTemplate");
        reader.Struct(jobTemplate);
        var jobSpec = jobTemplate.Field("spec");
        reader.Struct(jobSpec);
        var job = JobSpecFields.Read(jobSpec, reader, defaulted: false);
        var successful = reader.Int32(spec.Field("successfulJobsHistoryLimit"));
        var failed = reader.Int32(spec.Field("failedJobsHistoryLimit"));
        if (reader.Undecodable)
        {
            return;
        }

        reader.NonNegative("spec.startingDeadlineSeconds", startingDeadlineSeconds);
        CheckJobSpec(job, pod.Spec, reader);
        reader.NonNegative("spec.successfulJobsHistoryLimit", successful);
        reader.NonNegative("spec.failedJobsHistoryLimit", failed);
    }

    private static void CheckJobSpec(JobSpecFields job, PodSpec template, WorkloadFieldReader reader)
    {
        var path = job.Node.Path;
        reader.NonNegative(path + ".parallelism", job.Parallelism);
        reader.NonNegative(path + ".completions", job.Completions);
        reader.NonNegative(path + ".activeDeadlineSeconds", job.ActiveDeadlineSeconds);
        reader.NonNegative(path + ".backoffLimit", job.BackoffLimit);
        reader.NonNegative(path + ".ttlSecondsAfterFinished", job.TtlSecondsAfterFinished);
        reader.NonNegative(path + ".backoffLimitPerIndex", job.BackoffLimitPerIndex);
        if (job.MaxFailedIndexes is { } maxFailed)
        {
            reader.NonNegative(path + ".maxFailedIndexes", maxFailed);
            if (job.BackoffLimitPerIndex is null)
            {
                reader.Report(maxFailed.Span, FieldErrors.Required(path + ".backoffLimitPerIndex", "when maxFailedIndexes is specified"));
            }
        }

        if (job.ManagedBy is { } managedBy)
        {
            CheckManagedBy(path + ".managedBy", managedBy, reader);
        }

        CheckCompletionMode(job, reader);
        if (job.PodFailurePolicy is { } podFailurePolicy)
        {
            CheckPodFailurePolicy(job, podFailurePolicy, template, reader);
        }

        if (job.SuccessPolicy is { } successPolicy)
        {
            CheckSuccessPolicy(job, successPolicy, reader);
        }

        // validatePodReplacementPolicy: with a podFailurePolicy only Failed; other unsupported values are POD1080's.
        if (job.PodFailurePolicy is not null && job.PodReplacementPolicy is { Value: "TerminatingOrFailed" } replacement)
        {
            reader.Report(replacement.Span, FieldErrors.NotSupported(path + ".podReplacementPolicy", replacement.Value, new[] { "Failed" }));
        }
    }

    private static void CheckCompletionMode(JobSpecFields job, WorkloadFieldReader reader)
    {
        var path = job.Node.Path;
        if (job.CompletionMode == "Indexed")
        {
            if (job.Completions is null)
            {
                reader.Report(job.CompletionModeSpan, FieldErrors.Required(path + ".completions", "when completion mode is Indexed"));
            }

            if (job.Parallelism is { Value: > MaxParallelismForIndexedJob } parallelism)
            {
                reader.Report(parallelism.Span, WorkloadFieldReader.Invalid(path + ".parallelism", parallelism.Value, "must be less than or equal to 100000 when completion mode is Indexed"));
            }

            if (job.Completions is { } completions && job.MaxFailedIndexes is { } aboveCompletions && aboveCompletions.Value > completions.Value)
            {
                reader.Report(aboveCompletions.Span, WorkloadFieldReader.Invalid(path + ".maxFailedIndexes", aboveCompletions.Value, "must be less than or equal to completions"));
            }

            if (job.MaxFailedIndexes is { Value: > MaxFailedIndexesForIndexedJob } tooMany)
            {
                reader.Report(tooMany.Span, WorkloadFieldReader.Invalid(path + ".maxFailedIndexes", tooMany.Value, "must be less than or equal to 100000"));
            }

            if (job.Completions is { Value: > CompletionsSoftLimit } many && job.BackoffLimitPerIndex is not null)
            {
                const string Detail = " when completions are above 100000 and used with backoff limit per index";
                if (job.MaxFailedIndexes is null)
                {
                    reader.Report(many.Span, FieldErrors.Required(path + ".maxFailedIndexes", "must be specified when completions is above 100000"));
                }

                if (job.Parallelism is { Value: > ParallelismLimitForHighCompletions } wide)
                {
                    reader.Report(wide.Span, WorkloadFieldReader.Invalid(path + ".parallelism", wide.Value, "must be less than or equal to 10000" + Detail));
                }

                if (job.MaxFailedIndexes is { Value: > MaxFailedIndexesLimitForHighCompletions } failedMany)
                {
                    reader.Report(failedMany.Span, WorkloadFieldReader.Invalid(path + ".maxFailedIndexes", failedMany.Value, "must be less than or equal to 10000" + Detail));
                }
            }
        }

        // An absent completionMode (a CronJob's template, which is not defaulted) counts as NonIndexed.
        if (job.CompletionMode is null or "NonIndexed")
        {
            if (job.BackoffLimitPerIndex is { } perIndex)
            {
                reader.Report(perIndex.Span, WorkloadFieldReader.Invalid(path + ".backoffLimitPerIndex", perIndex.Value, "requires indexed completion mode"));
            }

            if (job.MaxFailedIndexes is { } maxFailed)
            {
                reader.Report(maxFailed.Span, WorkloadFieldReader.Invalid(path + ".maxFailedIndexes", maxFailed.Value, "requires indexed completion mode"));
            }
        }
    }

    /// <summary>IsDomainPrefixedPath and the 63-byte limit; the field exists from 1.32 (JobManagedBy beta), PrepareForCreate drops it before.</summary>
    private static void CheckManagedBy(string path, Located<string> managedBy, WorkloadFieldReader reader)
    {
        if (!reader.Version.IsAtLeast(32))
        {
            return;
        }

        var value = managedBy.Value;
        var slash = value.IndexOf('/');
        if (value.Length == 0)
        {
            reader.Report(managedBy.Span, FieldErrors.Required(path));
        }
        else if (slash <= 0 || slash == value.Length - 1)
        {
            reader.Report(managedBy.Span, FieldErrors.Invalid(path, value, "must be a domain-prefixed path (such as \"acme.io/foo\")"));
        }
        else
        {
            var host = value.Substring(0, slash);
            foreach (var message in FieldErrors.Invalid(path, host, DnsValidation.ValidateSubdomain(host)))
            {
                reader.Report(managedBy.Span, message);
            }

            var rest = value.Substring(slash + 1);
            if (!IsHttpPath(rest))
            {
                reader.Report(managedBy.Span, FieldErrors.Invalid(path, rest, "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"));
            }
        }

        if (MessageFormat.ByteLength(value) > MaxManagedByLength)
        {
            reader.Report(managedBy.Span, path + ": Too long: may not be more than 63 bytes");
        }
    }

    private static void CheckPodFailurePolicy(JobSpecFields job, FieldNode policy, PodSpec template, WorkloadFieldReader reader)
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
    private static void CheckSuccessPolicy(JobSpecFields job, FieldNode policy, WorkloadFieldReader reader)
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

    /// <summary>httpPathRegexp: <c>^[A-Za-z0-9/\-._~%!$&amp;'()*+,;=:]+$</c>.</summary>
    private static bool IsHttpPath(string path)
    {
        foreach (var c in path)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' || "/-._~%!$&'()*+,;=:".IndexOf(c) >= 0))
            {
                return false;
            }
        }

        return path.Length > 0;
    }
}
