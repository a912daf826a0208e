using System.Globalization;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1092 for batch/v1: validateJobSpec (pkg/apis/batch/validation) over a Job's spec after
/// SetDefaults_Job, and over a CronJob's jobTemplate.spec, which nothing defaults; ValidateJob's
/// hostname check of an Indexed Job; validateCronJobSpec's startingDeadlineSeconds and history
/// limits. The podFailurePolicy and successPolicy rules are <see cref="JobPolicyRules"/>.
/// Enumerated values (completionMode, podReplacementPolicy, actions, operators, statuses) are
/// POD1080's; only their cross-field rules are checked here.
/// </summary>
internal static class JobSpecRules
{
    private const int MaxParallelismForIndexedJob = 100_000;
    private const int MaxFailedIndexesForIndexedJob = 100_000;
    private const int CompletionsSoftLimit = 100_000;
    private const int ParallelismLimitForHighCompletions = 10_000;
    private const int MaxFailedIndexesLimitForHighCompletions = 10_000;
    private const int MaxManagedByLength = 63;

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
            JobPolicyRules.CheckPodFailurePolicy(job, podFailurePolicy, template, reader);
        }

        if (job.SuccessPolicy is { } successPolicy)
        {
            JobPolicyRules.CheckSuccessPolicy(job, successPolicy, reader);
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
