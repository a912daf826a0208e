namespace PodAnalyzers.Kubernetes.Schema;

/// <summary>
/// What a field accepts, as the OpenAPI documents describe it. The numbers are the table's
/// (eng/schema/GenerateSchemaTable.cs writes them); null always means "unset".
/// </summary>
internal enum FieldKind : byte
{
    /// <summary>No item kind: the field is not a list or a map.</summary>
    None = 0,
    String = 1,
    Int32 = 2,
    Int64 = 3,
    Number = 4,
    Boolean = 5,

    /// <summary><c>resource.Quantity</c>: a string such as "500m" or "1Gi", or a number.</summary>
    Quantity = 6,

    /// <summary><c>format: int-or-string</c> (<c>intstr.IntOrString</c>): an integer or a string.</summary>
    IntOrString = 7,

    /// <summary><c>format: date-time</c> (<c>metav1.Time</c>): an RFC 3339 string.</summary>
    DateTime = 8,

    /// <summary><c>format: byte</c>: a base64 string (Secret data).</summary>
    Base64 = 9,

    /// <summary>An object without declared fields (<c>FieldsV1</c>): any mapping is accepted.</summary>
    FreeForm = 10,

    /// <summary>An object of <see cref="SchemaField.ObjectType"/>: a mapping of its fields.</summary>
    Object = 11,

    /// <summary>A sequence of <see cref="SchemaField.ItemKind"/>.</summary>
    List = 12,

    /// <summary>A mapping of any keys to <see cref="SchemaField.ItemKind"/> values (<c>additionalProperties</c>).</summary>
    Map = 13,
}
