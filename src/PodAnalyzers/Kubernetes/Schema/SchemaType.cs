using System;

namespace PodAnalyzers.Kubernetes.Schema;

/// <summary>An object type of the table, e.g. <c>io.k8s.api.core.v1.PodSpec</c>; a handle, cheap to copy.</summary>
internal readonly struct SchemaType : IEquatable<SchemaType>
{
    internal SchemaType(int id) => Id = id;

    /// <summary>The type's index in the table.</summary>
    public int Id { get; }

    /// <summary>The OpenAPI definition name.</summary>
    public string Name => KubernetesSchema.TypeName(Id);

    /// <summary><c>x-kubernetes-map-type</c> of the type itself (atomic structs such as LabelSelector).</summary>
    public MapType MapType => (MapType)SchemaTable.Types[(Id * SchemaTable.TypeStride) + SchemaTable.TypeMapType];

    public bool Equals(SchemaType other) => Id == other.Id;

    public override bool Equals(object? obj) => obj is SchemaType other && Equals(other);

    public override int GetHashCode() => Id;

    public override string ToString() => Name;
}
