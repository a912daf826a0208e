using System;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Schema;

namespace PodAnalyzers.Tests.Kubernetes.Schema;

/// <summary>Walks a dotted field path from a kind's root type, through objects and lists or maps of objects.</summary>
internal static class SchemaPaths
{
    public static SchemaField Field(string apiVersion, string kind, string path, int minor)
    {
        var version = new KubernetesVersion(minor);
        Assert.True(KubernetesSchema.TryGetRootType(apiVersion, kind, version, out var type), $"{apiVersion} {kind} in 1.{minor}");
        var names = path.Split('.');
        SchemaField field = default;
        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(KubernetesSchema.TryGetField(type, names[i], version, out field), $"{type.Name}.{names[i]} in 1.{minor}");
            if (i < names.Length - 1)
            {
                type = field.ObjectType ?? throw new InvalidOperationException($"{type.Name}.{names[i]} is not an object");
            }
        }

        return field;
    }

    public static SchemaType Type(string definitionName)
    {
        Assert.True(KubernetesSchema.TryFindType(definitionName, out var type), definitionName);
        return type;
    }

    public static bool Exists(string definitionName, string field, int minor) =>
        KubernetesSchema.TryGetField(Type(definitionName), field, new KubernetesVersion(minor), out _);
}
