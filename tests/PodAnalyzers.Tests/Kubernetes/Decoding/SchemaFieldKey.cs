using System.Collections.Generic;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Schema;
using PodAnalyzers.Manifests;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Kubernetes.Decoding;

/// <summary>A key of a manifest that names a field of the schema, found by walking YAML and schema together (the mutation tests' oracle).</summary>
internal sealed record SchemaFieldKey(YamlScalar Key, YamlNode Value, SchemaType Type, FieldKind Kind)
{
    public static IEnumerable<SchemaFieldKey> All(ManifestFile file)
    {
        var fields = new List<SchemaFieldKey>();
        foreach (var manifestObject in file.Objects)
        {
            if (manifestObject.Kind.Value != "Node"
                && manifestObject.ApiVersion is YamlScalar apiVersion
                && KubernetesSchema.TryGetRootType(apiVersion.Value, manifestObject.Kind.Value, KubernetesVersion.Default, out var root))
            {
                Collect(manifestObject.Root, root, fields);
            }
        }

        return fields;
    }

    private static void Collect(YamlMapping mapping, SchemaType type, List<SchemaFieldKey> fields)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlScalar key || !KubernetesSchema.TryGetField(type, key.Value, KubernetesVersion.Default, out var field))
            {
                continue;
            }

            fields.Add(new SchemaFieldKey(key, entry.Value, type, field.Kind));
            if (field.ObjectType is not { } objectType)
            {
                continue;
            }

            switch (entry.Value)
            {
                case YamlMapping child when field.Kind == FieldKind.Object:
                    Collect(child, objectType, fields);
                    break;
                case YamlSequence items when field.Kind == FieldKind.List:
                    foreach (var item in items.Items)
                    {
                        if (item is YamlMapping itemMapping)
                        {
                            Collect(itemMapping, objectType, fields);
                        }
                    }

                    break;
                case YamlMapping map when field.Kind == FieldKind.Map:
                    foreach (var value in map.Entries)
                    {
                        if (value.Value is YamlMapping valueMapping)
                        {
                            Collect(valueMapping, objectType, fields);
                        }
                    }

                    break;
            }
        }
    }
}
