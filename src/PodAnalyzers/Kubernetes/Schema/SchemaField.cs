using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Schema;

/// <summary>
/// A field of an object type in a run of minors, read from the table on demand (a row index,
/// cheap to copy).
/// </summary>
internal readonly struct SchemaField
{
    private readonly int row;

    internal SchemaField(int row) => this.row = row;

    /// <summary>The JSON (and YAML) key.</summary>
    public string Name => KubernetesSchema.StringAt(Column(SchemaTable.FieldName));

    public FieldKind Kind => SchemaTable.ShapeKind(Column(SchemaTable.FieldShape));

    /// <summary>For <see cref="FieldKind.List"/> and <see cref="FieldKind.Map"/>: what each item or value is; otherwise None.</summary>
    public FieldKind ItemKind => SchemaTable.ShapeItemKind(Column(SchemaTable.FieldShape));

    /// <summary>The object type of an Object field, or of the items or values of a list or map of objects.</summary>
    public SchemaType? ObjectType
    {
        get
        {
            var type = Column(SchemaTable.FieldType);
            return type == SchemaTable.NoType ? null : new SchemaType(type);
        }
    }

    /// <summary>
    /// The values the document marks (<c>enum</c>) for a string, or for the strings of a list or map;
    /// empty when it marks none. Documents before <see cref="KubernetesSchema.EnumsRecordedFrom"/> mark none.
    /// </summary>
    public IReadOnlyList<string> EnumValues => KubernetesSchema.ListAt(Column(SchemaTable.FieldEnum));

    public ListType ListType => SchemaTable.ShapeListType(Column(SchemaTable.FieldShape));

    /// <summary>For <see cref="ListType.Map"/>: the fields that identify an item.</summary>
    public IReadOnlyList<string> ListMapKeys => KubernetesSchema.ListAt(Column(SchemaTable.FieldListMapKeys));

    public MapType MapType => SchemaTable.ShapeMapType(Column(SchemaTable.FieldShape));

    /// <summary>The first minor of this shape of the field (the table's oldest when it was already there).</summary>
    public KubernetesVersion FirstMinor => new(SchemaTable.FirstMinor(Column(SchemaTable.FieldMinors)));

    /// <summary>The last minor of this shape of the field (the table's newest when it is still there).</summary>
    public KubernetesVersion LastMinor => new(SchemaTable.LastMinor(Column(SchemaTable.FieldMinors)));

    public override string ToString() => Name;

    private int Column(int column) => SchemaTable.Fields[(row * SchemaTable.FieldStride) + column];
}
