using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>Reads a pod spec mapping into <see cref="PodSpec"/>.</summary>
internal sealed class PodSpecReader
{
    private const string RequiredAffinity = "requiredDuringSchedulingIgnoredDuringExecution";
    private const string PreferredAffinity = "preferredDuringSchedulingIgnoredDuringExecution";

    private readonly FieldReader fields;

    public PodSpecReader(FieldReader fields) => this.fields = fields;

    public PodSpec Read(YamlMapping? spec, string path, SourceSpan span)
    {
        var pod = new PodSpec(path, span, spec);
        if (spec is null)
        {
            return pod;
        }

        pod.NodeName = fields.String(spec, "nodeName", path);
        pod.RestartPolicy = fields.String(spec, "restartPolicy", path);
        pod.NodeSelector = fields.StringMap(spec, "nodeSelector", path);
        pod.ShareProcessNamespace = fields.Bool(spec, "shareProcessNamespace", path);
        pod.HostNetwork = fields.Bool(spec, "hostNetwork", path);
        pod.HostPID = fields.Bool(spec, "hostPID", path);
        pod.HostIPC = fields.Bool(spec, "hostIPC", path);
        pod.HostUsers = fields.Bool(spec, "hostUsers", path);
        if (fields.Mapping(spec, "os", path) is { } os)
        {
            pod.OsName = fields.String(os, "name", path + ".os");
        }

        if (spec.Find("schedulingGates") is { Value: YamlSequence { Items.Count: > 0 } } gates)
        {
            pod.SchedulingGatesSpan = gates.Key.Span;
        }

        pod.HostAliases = ReadList(spec, "hostAliases", path, ReadHostAlias);
        pod.Containers = ReadList(spec, "containers", path, (node, itemPath) => ReadContainer(node, itemPath, ContainerKind.Regular));
        pod.InitContainers = ReadList(spec, "initContainers", path, (node, itemPath) => ReadContainer(node, itemPath, ContainerKind.Init));
        pod.EphemeralContainers = ReadList(spec, "ephemeralContainers", path, (node, itemPath) => ReadContainer(node, itemPath, ContainerKind.Ephemeral));
        pod.Volumes = ReadList(spec, "volumes", path, ReadVolume);
        ReadNodeAffinity(spec, path, pod);
        pod.TopologySpreadConstraints = ReadTopologySpreadConstraints(spec, path);
        return pod;
    }

    private IReadOnlyList<T> ReadList<T>(YamlMapping parent, string key, string parentPath, System.Func<YamlMapping, string, T> read)
    {
        var items = fields.Sequence(parent, key, parentPath);
        var listPath = items.Count == 0 ? parentPath : parentPath + "." + key;
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = listPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (fields.AsMapping(items[i], itemPath) is { } item)
            {
                result.Add(read(item, itemPath));
            }
        }

        return result;
    }

    private HostAlias ReadHostAlias(YamlMapping alias, string path) =>
        new(path, alias.Span, fields.String(alias, "ip", path), fields.StringList(alias, "hostnames", path));

    private Container ReadContainer(YamlMapping container, string path, ContainerKind kind) =>
        new(
            kind,
            path,
            container.Span,
            fields.String(container, "name", path),
            fields.String(container, "image", path),
            ReadList(container, "ports", path, ReadPort),
            ReadList(container, "env", path, ReadEnvVar),
            ReadList(container, "volumeMounts", path, ReadVolumeMount));

    private EnvVar ReadEnvVar(YamlMapping env, string path) =>
        new(
            path,
            env.Span,
            fields.String(env, "name", path),
            fields.String(env, "value", path),
            env.Find("valueFrom") is { Value: not YamlScalar { IsNull: true } });

    private ContainerPort ReadPort(YamlMapping port, string path) =>
        new(
            path,
            port.Span,
            fields.String(port, "name", path),
            fields.Int(port, "containerPort", path),
            fields.Int(port, "hostPort", path),
            fields.String(port, "protocol", path),
            fields.String(port, "hostIP", path));

    private VolumeMount ReadVolumeMount(YamlMapping mount, string path) =>
        new(
            path,
            mount.Span,
            fields.String(mount, "name", path),
            fields.String(mount, "mountPath", path),
            fields.String(mount, "subPath", path),
            fields.String(mount, "subPathExpr", path));

    private Volume ReadVolume(YamlMapping volume, string path)
    {
        var sources = new List<Located<string>>();
        foreach (var entry in volume.Entries)
        {
            if (VolumeSources.IsSource(entry.KeyText) && entry.Value is not YamlScalar { IsNull: true })
            {
                sources.Add(new Located<string>(entry.KeyText, entry.Key.Span));
            }
        }

        return new Volume(path, volume.Span, fields.String(volume, "name", path), sources);
    }

    private void ReadNodeAffinity(YamlMapping spec, string path, PodSpec pod)
    {
        if (fields.Mapping(spec, "affinity", path) is not { } affinity
            || fields.Mapping(affinity, "nodeAffinity", path + ".affinity") is not { } nodeAffinity)
        {
            return;
        }

        var affinityPath = path + ".affinity.nodeAffinity";
        var requiredPath = affinityPath + "." + RequiredAffinity;
        if (nodeAffinity.Find(RequiredAffinity) is { } requiredEntry
            && fields.AsMapping(requiredEntry.Value, requiredPath) is { } required)
        {
            pod.RequiredNodeSelectorTermsSpan = required.Find("nodeSelectorTerms")?.Key.Span ?? requiredEntry.Key.Span;
            pod.RequiredNodeSelectorTerms = ReadList(required, "nodeSelectorTerms", requiredPath, ReadTerm);
        }

        var preferred = ReadList(nodeAffinity, PreferredAffinity, affinityPath, (item, itemPath) =>
            fields.Mapping(item, "preference", itemPath) is { } preference
                ? ReadTerm(preference, itemPath + ".preference")
                : null);
        var terms = new List<NodeSelectorTerm>(preferred.Count);
        foreach (var term in preferred)
        {
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        pod.PreferredNodeSelectorTerms = terms;
    }

    private NodeSelectorTerm ReadTerm(YamlMapping term, string path) =>
        new(path, term.Span, ReadList(term, "matchExpressions", path, ReadRequirement), ReadList(term, "matchFields", path, ReadRequirement));

    private NodeSelectorRequirement ReadRequirement(YamlMapping requirement, string path) =>
        new(
            path,
            requirement.Span,
            fields.String(requirement, "key", path),
            fields.String(requirement, "operator", path),
            fields.StringList(requirement, "values", path));

    private IReadOnlyList<TopologySpreadConstraint> ReadTopologySpreadConstraints(YamlMapping spec, string path)
    {
        var constraints = new List<TopologySpreadConstraint>();
        foreach (var constraint in ReadList(spec, "topologySpreadConstraints", path, (item, itemPath) =>
            fields.String(item, "topologyKey", itemPath) is { } key ? new TopologySpreadConstraint(itemPath, key) : null))
        {
            if (constraint is not null)
            {
                constraints.Add(constraint);
            }
        }

        return constraints;
    }
}
