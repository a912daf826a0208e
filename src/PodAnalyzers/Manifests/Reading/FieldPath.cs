using System.Globalization;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>
/// A field's server path (<c>spec.containers[0].image</c>), put together only when a message needs
/// it: almost every field is well shaped, so reading allocates no path strings for them.
/// </summary>
internal readonly struct FieldPath
{
    private readonly string parent;
    private readonly string? key;
    private readonly int index;
    private readonly bool isMapKey;

    private FieldPath(string parent, string? key, int index, bool isMapKey)
    {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.isMapKey = isMapKey;
    }

    public static implicit operator FieldPath(string path) => new(path, null, -1, isMapKey: false);

    /// <summary><c>parent.key</c>, or <c>key</c> at the top of an object.</summary>
    public static FieldPath Field(string parent, string key) => new(parent, key, -1, isMapKey: false);

    /// <summary><c>parent[key]</c>, an entry of a map such as labels.</summary>
    public static FieldPath MapKey(string parent, string key) => new(parent, key, -1, isMapKey: true);

    /// <summary><c>parent[index]</c>.</summary>
    public static FieldPath Item(string parent, int index) => new(parent, null, index, isMapKey: false);

    public override string ToString() =>
        key is not null ? (isMapKey ? parent + "[" + key + "]" : parent.Length == 0 ? key : parent + "." + key)
        : index >= 0 ? parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]"
        : parent;
}
