using System.Collections.Generic;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// The fields of a batch/v1 JobSpec that validateJobSpec reads, after SetDefaults_Job when the spec
/// is a Job's (a CronJob's jobTemplate.spec is not defaulted). Reading marks the reader undecodable
/// for a value of the wrong shape anywhere in them, podFailurePolicy and successPolicy included.
/// </summary>
internal sealed class JobSpecFields
{
    private JobSpecFields(FieldNode node) => Node = node;

    public FieldNode Node { get; }

    public Located<long>? Parallelism { get; private set; }

    public Located<long>? Completions { get; private set; }

    public Located<long>? ActiveDeadlineSeconds { get; private set; }

    public Located<long>? BackoffLimit { get; private set; }

    public Located<long>? TtlSecondsAfterFinished { get; private set; }

    public Located<long>? BackoffLimitPerIndex { get; private set; }

    public Located<long>? MaxFailedIndexes { get; private set; }

    public Located<string>? ManagedBy { get; private set; }

    /// <summary>The completion mode after defaulting; null for a CronJob's template that does not set it.</summary>
    public string? CompletionMode { get; private set; }

    /// <summary>Where the completion mode is written, or the spec's key.</summary>
    public SourceSpan CompletionModeSpan { get; private set; }

    public Located<string>? PodReplacementPolicy { get; private set; }

    /// <summary>podFailurePolicy when it is a mapping (Go: a non-nil pointer).</summary>
    public FieldNode? PodFailurePolicy { get; private set; }

    public FieldNode? SuccessPolicy { get; private set; }

    public static JobSpecFields Read(FieldNode spec, WorkloadFieldReader reader, bool defaulted)
    {
        var fields = new JobSpecFields(spec)
        {
            Parallelism = reader.Int32(spec.Field("parallelism")),
            Completions = reader.Int32(spec.Field("completions")),
            ActiveDeadlineSeconds = reader.Int64(spec.Field("activeDeadlineSeconds")),
            BackoffLimit = reader.Int32(spec.Field("backoffLimit")),
            TtlSecondsAfterFinished = reader.Int32(spec.Field("ttlSecondsAfterFinished")),
            BackoffLimitPerIndex = reader.Int32(spec.Field("backoffLimitPerIndex")),
            MaxFailedIndexes = reader.Int32(spec.Field("maxFailedIndexes")),
            ManagedBy = reader.Text(spec.Field("managedBy")),
            PodReplacementPolicy = reader.Text(spec.Field("podReplacementPolicy")),
        };
        var completionMode = spec.Field("completionMode");
        var mode = reader.Text(completionMode);
        fields.CompletionMode = mode?.Value;
        fields.CompletionModeSpan = completionMode.ValueSpan;
        if (defaulted)
        {
            // SetDefaults_Job: both counts absent means 1 and 1; an absent parallelism is 1; an absent completionMode NonIndexed.
            if (fields.Completions is null && fields.Parallelism is null)
            {
                fields.Completions = new Located<long>(1, spec.KeySpan);
            }

            fields.Parallelism ??= new Located<long>(1, spec.KeySpan);

            fields.CompletionMode ??= "NonIndexed";
        }

        var podFailurePolicy = spec.Field("podFailurePolicy");
        if (reader.Struct(podFailurePolicy))
        {
            fields.PodFailurePolicy = podFailurePolicy;
            ReadPodFailurePolicy(podFailurePolicy, reader);
        }

        var successPolicy = spec.Field("successPolicy");
        if (reader.Struct(successPolicy))
        {
            fields.SuccessPolicy = successPolicy;
            foreach (var rule in List(successPolicy.Field("rules"), reader))
            {
                reader.Text(rule.Field("succeededIndexes"));
                reader.Int32(rule.Field("succeededCount"));
            }
        }

        return fields;
    }

    private static void ReadPodFailurePolicy(FieldNode policy, WorkloadFieldReader reader)
    {
        foreach (var rule in List(policy.Field("rules"), reader))
        {
            reader.Text(rule.Field("action"));
            var onExitCodes = rule.Field("onExitCodes");
            if (reader.Struct(onExitCodes))
            {
                reader.Text(onExitCodes.Field("operator"));
                reader.Text(onExitCodes.Field("containerName"));
                var values = onExitCodes.Field("values");
                if (values.IsPresent && values.Sequence is null)
                {
                    reader.MarkUndecodable();
                }

                foreach (var value in values.Items())
                {
                    reader.Int32(value);
                }
            }

            foreach (var pattern in List(rule.Field("onPodConditions"), reader))
            {
                reader.Text(pattern.Field("type"));
                reader.Text(pattern.Field("status"));
            }
        }
    }

    /// <summary>The mapping items of a list of structs; anything else marks the reader undecodable.</summary>
    private static IEnumerable<FieldNode> List(FieldNode list, WorkloadFieldReader reader)
    {
        if (list.IsPresent && list.Sequence is null)
        {
            reader.MarkUndecodable();
            yield break;
        }

        foreach (var item in list.Items())
        {
            if (item.Mapping is null)
            {
                reader.MarkUndecodable();
                continue;
            }

            yield return item;
        }
    }
}
