using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// A Pod, or a workload's pod template: one document (or one <c>List</c> item) that will become Pods.
/// </summary>
/// <param name="DocumentIndex">0-based index of the document in its file.</param>
/// <param name="Kind"><c>Pod</c>, <c>Deployment</c>, <c>CronJob</c>, ...</param>
/// <param name="ObjectSpan">The whole object (document root or List item).</param>
/// <param name="Metadata">The object's own metadata (the workload's, for a workload).</param>
/// <param name="TemplateMetadata">The pod template's metadata; null for a Pod.</param>
internal sealed record PodSource(
    string FilePath,
    int DocumentIndex,
    string Kind,
    SourceSpan ObjectSpan,
    ObjectMetadata Metadata,
    ObjectMetadata? TemplateMetadata,
    PodSpec Spec)
{
    /// <summary>The metadata the Pods get: the template's for a workload, else the object's.</summary>
    public ObjectMetadata PodMetadata => TemplateMetadata ?? Metadata;

    public bool IsWorkload => TemplateMetadata is not null;

    /// <summary>A CronJob's schedule fields; null for every other kind.</summary>
    public CronJobSchedule? CronJob { get; init; }

    /// <summary>The whole object as written (path "", the <c>kind</c> value for what is missing), for the workload rules.</summary>
    public FieldNode Root { get; init; }

    /// <summary>The workload's selector and apiVersion; null for a Pod.</summary>
    public WorkloadSpec? Workload { get; init; }
}
