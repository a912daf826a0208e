namespace PodAnalyzers.Kubernetes.Schema;

/// <summary><c>x-kubernetes-map-type</c> of a field or an object type; the numbers are the table's.</summary>
internal enum MapType : byte
{
    /// <summary>Not marked.</summary>
    None = 0,
    Atomic = 1,
    Granular = 2,
}
