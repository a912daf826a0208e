namespace PodAnalyzers.Kubernetes.Schema;

/// <summary><c>x-kubernetes-list-type</c>; the numbers are the table's.</summary>
internal enum ListType : byte
{
    /// <summary>Not marked.</summary>
    None = 0,
    Atomic = 1,

    /// <summary>Items are unique scalars.</summary>
    Set = 2,

    /// <summary>Items are objects unique by <see cref="SchemaField.ListMapKeys"/>.</summary>
    Map = 3,
}
