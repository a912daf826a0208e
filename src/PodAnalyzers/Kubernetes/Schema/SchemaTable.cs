namespace PodAnalyzers.Kubernetes.Schema;

/// <summary>
/// The layout of the generated data in SchemaTable.g.cs, which eng/schema/GenerateSchemaTable.cs
/// writes: flat <c>ushort</c> arrays (the compiler stores them as one blob each, copied at load)
/// and one '\n'-separated string constant, so that loading costs a split and one dictionary.
/// </summary>
internal static partial class SchemaTable
{
    /// <summary>In <see cref="Fields"/> and <see cref="Served"/>: no object type.</summary>
    public const ushort NoType = ushort.MaxValue;

    // Types: one row per object type, ordered by name (ordinal); a type's fields run from its
    // first field row to the next type's.
    public const int TypeStride = 3;
    public const int TypeName = 0;
    public const int TypeMapType = 1;
    public const int TypeFirstField = 2;

    // Fields: one row per field and run of consecutive minors with the same shape, ordered by
    // type, name (ordinal), then minor. Enum and list-map-key columns are offsets into Lists.
    public const int FieldStride = 6;
    public const int FieldName = 0;
    public const int FieldShape = 1;
    public const int FieldType = 2;
    public const int FieldEnum = 3;
    public const int FieldListMapKeys = 4;
    public const int FieldMinors = 5;

    // Served: one row per kind, apiVersion and run of minors that serve it, with the root type.
    public const int ServedStride = 4;
    public const int ServedKind = 0;
    public const int ServedApiVersion = 1;
    public const int ServedRootType = 2;
    public const int ServedMinors = 3;

    // Lists: at each offset a count, then that many string ids; offset 0 is the empty list.

    /// <summary>Shape column: kind | item kind &lt;&lt; 4 | list type &lt;&lt; 8 | map type &lt;&lt; 10.</summary>
    public static FieldKind ShapeKind(int shape) => (FieldKind)(shape & 0xF);

    public static FieldKind ShapeItemKind(int shape) => (FieldKind)((shape >> 4) & 0xF);

    public static ListType ShapeListType(int shape) => (ListType)((shape >> 8) & 0x3);

    public static MapType ShapeMapType(int shape) => (MapType)((shape >> 10) & 0x3);

    /// <summary>Minors column: first | last &lt;&lt; 8, both inclusive.</summary>
    public static int FirstMinor(int minors) => minors & 0xFF;

    public static int LastMinor(int minors) => minors >> 8;

    public static bool Covers(int minors, int minor) => minor >= FirstMinor(minors) && minor <= LastMinor(minors);
}
