using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>Recognises Kubernetes objects that carry a pod spec and reads them.</summary>
internal sealed class ObjectReader
{
    private readonly string filePath;
    private readonly List<PodSource> podSources;
    private readonly List<Node> nodes;
    private readonly List<Suppression> suppressions;
    private readonly List<ManifestObject> objects;
    private readonly string text;
    private readonly FieldReader fields;
    private readonly PodSpecReader specs;

    public ObjectReader(string filePath, string text, List<Finding> findings, List<PodSource> podSources, List<Node> nodes, List<Suppression> suppressions, List<ManifestObject> objects)
    {
        this.objects = objects;
        this.text = text;
        this.suppressions = suppressions;
        this.filePath = filePath;
        this.podSources = podSources;
        this.nodes = nodes;
        fields = new FieldReader(findings);
        specs = new PodSpecReader(fields);
    }

    public void Read(YamlMapping root, int documentIndex, bool allowList)
    {
        // Not a Kubernetes object unless kind is a plain string: other YAML is none of our business.
        if (root.Find("kind")?.Value is not YamlScalar { IsString: true } kindScalar)
        {
            return;
        }

        ReadSuppressionAnnotation(root);
        var kind = kindScalar.Value;
        var apiVersionNode = root.Find("apiVersion")?.Value;
        var apiVersion = apiVersionNode is YamlScalar { IsString: true } version ? version.Value : null;
        if (kind is "List" or "NodeList" && allowList)
        {
            ReadListItems(root, documentIndex);
            return;
        }

        objects.Add(new ManifestObject(kindScalar, apiVersionNode, root, documentIndex));

        if (kind == "Node" && (apiVersion is null or "v1"))
        {
            ReadNode(root, documentIndex);
            return;
        }

        if (PodSourceKinds.TemplatePath(kind, apiVersion) is not { } templatePath)
        {
            return;
        }

        var metadata = ReadMetadata(root, "metadata", "metadata", kindScalar.Span);
        var rootNode = new FieldNode(root, string.Empty, kindScalar.Span);
        podSources.Add(templatePath.Length == 0
            ? new PodSource(filePath, documentIndex, kind, root.Span, metadata, null, ReadSpec(root, "spec", kindScalar.Span)) { Root = rootNode }
            : ReadWorkload(root, documentIndex, kind, templatePath, metadata, kindScalar.Span) with
            {
                Root = rootNode,
                Workload = WorkloadSpecReader.Read(root, kind, apiVersion, kindScalar.Span),
            });
    }

    private void ReadListItems(YamlMapping list, int documentIndex)
    {
        var items = fields.Sequence(list, "items", string.Empty);
        for (var i = 0; i < items.Count; i++)
        {
            if (fields.AsMapping(items[i], FieldPath.Item("items", i)) is { } item)
            {
                Read(item, documentIndex, allowList: false);
            }
        }
    }

    /// <summary>The <c>podanalyzers.io/suppress</c> annotation of any object: it covers the whole object.</summary>
    private void ReadSuppressionAnnotation(YamlMapping root)
    {
        if (root.Find("metadata")?.Value is YamlMapping metadata
            && metadata.Find("annotations")?.Value is YamlMapping annotations
            && annotations.Find(SuppressionReader.AnnotationKey)?.Value is YamlScalar { IsNull: false } value)
        {
            suppressions.Add(SuppressionReader.FromAnnotation(text, value, root.Span));
        }
    }

    /// <summary>
    /// A node of the inventory, read silently (it is not validated: kubectl wrote it): a node
    /// without a name is ignored, label values of any scalar type are taken as written.
    /// </summary>
    private void ReadNode(YamlMapping root, int documentIndex)
    {
        if (root.Find("metadata")?.Value is not YamlMapping metadata
            || metadata.Find("name")?.Value is not YamlScalar { IsNull: false } name
            || name.Value.Length == 0)
        {
            return;
        }

        var labels = new List<StringMapEntry>();
        if (metadata.Find("labels")?.Value is YamlMapping labelMap)
        {
            foreach (var entry in labelMap.Entries)
            {
                if (entry.Key is YamlScalar key && entry.Value is YamlScalar value)
                {
                    labels.Add(new StringMapEntry(
                        new Located<string>(key.Value, key.Span),
                        new Located<string>(value.IsNull ? string.Empty : value.Value, value.Span)));
                }
            }
        }

        nodes.Add(new Node(filePath, documentIndex, root.Span, new Located<string>(name.Value, name.Span), labels));
    }

    private PodSource ReadWorkload(YamlMapping root, int documentIndex, string kind, string templatePath, ObjectMetadata metadata, SourceSpan fallbackSpan)
    {
        // Walk spec.template (or spec.jobTemplate.spec.template) one mapping at a time.
        YamlMapping? template = root;
        var walked = string.Empty;
        foreach (var step in templatePath.Split('.'))
        {
            walked = walked.Length == 0 ? step : walked + "." + step;
            if (template is null)
            {
                break;
            }

            var entry = template.Find(step);
            fallbackSpan = entry?.Key.Span ?? fallbackSpan;
            template = entry is null ? null : fields.AsMapping(entry.Value, walked);
        }

        var templateMetadata = template is null
            ? new ObjectMetadata(templatePath + ".metadata", fallbackSpan, null, null, null, StringMap.Empty, StringMap.Empty)
            : ReadMetadata(template, "metadata", templatePath + ".metadata", fallbackSpan);
        var spec = template is null
            ? specs.Read(null, templatePath + ".spec", fallbackSpan)
            : ReadSpec(template, templatePath + ".spec", fallbackSpan);
        if (kind == "StatefulSet")
        {
            spec.ClaimTemplateVolumeNames = ReadClaimTemplateNames(root);
        }

        return new PodSource(filePath, documentIndex, kind, root.Span, metadata, templateMetadata, spec)
        {
            CronJob = kind == "CronJob" ? ReadCronJobSchedule(root) : null,
        };
    }

    /// <summary>
    /// spec.schedule and spec.timeZone, read silently: a value of the wrong type is strict
    /// decoding's to report, and a null timeZone is the server's nil (no zone).
    /// </summary>
    private static CronJobSchedule ReadCronJobSchedule(YamlMapping root)
    {
        var spec = root.Find("spec")?.Value as YamlMapping;
        return new CronJobSchedule(StringField(spec, "schedule"), StringField(spec, "timeZone"));

        static Located<string>? StringField(YamlMapping? mapping, string key) =>
            mapping?.Find(key)?.Value is YamlScalar { IsString: true } value ? new Located<string>(value.Value, value.Span) : null;
    }

    /// <summary>spec.volumeClaimTemplates[].metadata.name, read silently: that list is not a pod spec.</summary>
    private static IReadOnlyList<string> ReadClaimTemplateNames(YamlMapping root)
    {
        var names = new List<string>();
        if (root.Find("spec")?.Value is YamlMapping spec && spec.Find("volumeClaimTemplates")?.Value is YamlSequence claims)
        {
            foreach (var claim in claims.Items)
            {
                if (claim is YamlMapping claimMapping
                    && claimMapping.Find("metadata")?.Value is YamlMapping claimMetadata
                    && claimMetadata.Find("name")?.Value is YamlScalar { IsString: true } name)
                {
                    names.Add(name.Value);
                }
            }
        }

        return names;
    }

    private PodSpec ReadSpec(YamlMapping parent, string path, SourceSpan fallbackSpan)
    {
        var key = path.Substring(path.LastIndexOf('.') + 1);
        var entry = parent.Find(key);
        var spec = entry is null ? null : fields.AsMapping(entry.Value, path);
        return specs.Read(spec, path, entry?.Key.Span ?? fallbackSpan);
    }

    private ObjectMetadata ReadMetadata(YamlMapping parent, string key, string path, SourceSpan fallbackSpan)
    {
        var entry = parent.Find(key);
        var span = entry?.Key.Span ?? fallbackSpan;
        if (entry is null || fields.AsMapping(entry.Value, path) is not { } metadata)
        {
            return new ObjectMetadata(path, span, null, null, null, StringMap.Empty, StringMap.Empty);
        }

        return new ObjectMetadata(
            path,
            span,
            fields.String(metadata, "name", path),
            fields.String(metadata, "generateName", path),
            fields.String(metadata, "namespace", path),
            fields.StringMap(metadata, "labels", path),
            fields.StringMap(metadata, "annotations", path));
    }
}
