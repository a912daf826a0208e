using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// A Pod, or a workload's pod template: one document (or one <c>List</c> item) that will become Pods.
/// </summary>
internal sealed class PodSource
{
    public PodSource(
        string filePath,
        int documentIndex,
        string kind,
        SourceSpan objectSpan,
        ObjectMetadata metadata,
        ObjectMetadata? templateMetadata,
        PodSpec spec)
    {
        FilePath = filePath;
        DocumentIndex = documentIndex;
        Kind = kind;
        ObjectSpan = objectSpan;
        Metadata = metadata;
        TemplateMetadata = templateMetadata;
        Spec = spec;
    }

    public string FilePath { get; }

    /// <summary>0-based index of the document in its file.</summary>
    public int DocumentIndex { get; }

    /// <summary><c>Pod</c>, <c>Deployment</c>, <c>CronJob</c>, ...</summary>
    public string Kind { get; }

    /// <summary>The whole object (document root or List item).</summary>
    public SourceSpan ObjectSpan { get; }

    /// <summary>The object's own metadata (the workload's, for a workload).</summary>
    public ObjectMetadata Metadata { get; }

    /// <summary>The pod template's metadata; null for a Pod.</summary>
    public ObjectMetadata? TemplateMetadata { get; }

    public PodSpec Spec { get; }

    /// <summary>The metadata the Pods get: the template's for a workload, else the object's.</summary>
    public ObjectMetadata PodMetadata => TemplateMetadata ?? Metadata;

    public bool IsWorkload => TemplateMetadata is not null;
}
