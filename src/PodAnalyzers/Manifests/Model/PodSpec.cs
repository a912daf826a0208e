using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>The fields of a pod spec that PodAnalyzers reads, each with its position.</summary>
internal sealed class PodSpec
{
    public PodSpec(string path, SourceSpan span, YamlMapping? node)
    {
        Path = path;
        Span = span;
        Node = new FieldNode(node, path, span);
    }

    /// <summary>The whole spec as written, for the rules that read beyond the typed fields below.</summary>
    public FieldNode Node { get; }

    /// <summary><c>spec</c>, <c>spec.template.spec</c> or <c>spec.jobTemplate.spec.template.spec</c>.</summary>
    public string Path { get; }

    /// <summary>The <c>spec</c> key, or the object's start when there is none.</summary>
    public SourceSpan Span { get; }

    public Located<string>? NodeName { get; set; }

    /// <summary><c>restartPolicy</c>; null when absent (the server defaults it to Always).</summary>
    public Located<string>? RestartPolicy { get; set; }

    public StringMap NodeSelector { get; set; } = StringMap.Empty;

    public Located<bool>? ShareProcessNamespace { get; set; }

    public Located<bool>? HostNetwork { get; set; }

    public Located<bool>? HostPID { get; set; }

    public Located<bool>? HostIPC { get; set; }

    public Located<bool>? HostUsers { get; set; }

    /// <summary><c>spec.os.name</c>.</summary>
    public Located<string>? OsName { get; set; }

    /// <summary>Where a non-empty <c>schedulingGates</c> list is written; null when there is none.</summary>
    public SourceSpan? SchedulingGatesSpan { get; set; }

    public IReadOnlyList<HostAlias> HostAliases { get; set; } = new HostAlias[0];

    public IReadOnlyList<Container> Containers { get; set; } = new Container[0];

    public IReadOnlyList<Container> InitContainers { get; set; } = new Container[0];

    public IReadOnlyList<Container> EphemeralContainers { get; set; } = new Container[0];

    public IReadOnlyList<Volume> Volumes { get; set; } = new Volume[0];

    /// <summary>
    /// A StatefulSet's <c>volumeClaimTemplates[].metadata.name</c>: its controller adds a volume of
    /// that name to every Pod it creates, so mounts may name them.
    /// </summary>
    public IReadOnlyList<string> ClaimTemplateVolumeNames { get; set; } = new string[0];

    /// <summary>Where <c>requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms</c> is written, when present.</summary>
    public SourceSpan? RequiredNodeSelectorTermsSpan { get; set; }

    public IReadOnlyList<NodeSelectorTerm> RequiredNodeSelectorTerms { get; set; } = new NodeSelectorTerm[0];

    /// <summary>The <c>preference</c> terms of <c>preferredDuringSchedulingIgnoredDuringExecution</c>.</summary>
    public IReadOnlyList<NodeSelectorTerm> PreferredNodeSelectorTerms { get; set; } = new NodeSelectorTerm[0];

    /// <summary><c>topologySpreadConstraints[]</c> that have a <c>topologyKey</c>.</summary>
    public IReadOnlyList<TopologySpreadConstraint> TopologySpreadConstraints { get; set; } = new TopologySpreadConstraint[0];

    /// <summary>All containers in the order the server validates them: regular, init, ephemeral.</summary>
    public IEnumerable<Container> AllContainers
    {
        get
        {
            foreach (var container in Containers)
            {
                yield return container;
            }

            foreach (var container in InitContainers)
            {
                yield return container;
            }

            foreach (var container in EphemeralContainers)
            {
                yield return container;
            }
        }
    }
}
