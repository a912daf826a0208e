using System;
using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Schema;

/// <summary>
/// The fields, value kinds and served apiVersions of the objects the analyzers read, per minor
/// 1.30–1.36, from the official OpenAPI documents (SchemaTable.g.cs, generated). A field look-up
/// is one dictionary look-up; nothing is parsed or reflected at analysis time.
/// </summary>
internal static class KubernetesSchema
{
    private static readonly string[] Strings = SchemaTable.Strings.Split('\n');
    private static readonly string[]?[] ListsByOffset = DecodeLists();
    private static readonly Dictionary<string, int>[] FirstRowOfField = IndexFields();

    /// <summary>The first minor whose document marks enum values; older documents mark none at all.</summary>
    public static KubernetesVersion EnumsRecordedFrom { get; } = new(SchemaTable.EnumsRecordedFrom);

    /// <summary>The field <paramref name="name"/> of <paramref name="type"/> as it is in <paramref name="version"/>.</summary>
    public static bool TryGetField(SchemaType type, string name, KubernetesVersion version, out SchemaField field)
    {
        if (FirstRowOfField[type.Id].TryGetValue(name, out var first))
        {
            var end = FieldRowsEnd(type.Id);
            var nameId = FieldColumn(first, SchemaTable.FieldName);
            for (var row = first; row < end && FieldColumn(row, SchemaTable.FieldName) == nameId; row++)
            {
                if (SchemaTable.Covers(FieldColumn(row, SchemaTable.FieldMinors), version.Minor))
                {
                    field = new SchemaField(row);
                    return true;
                }
            }
        }

        field = default;
        return false;
    }

    /// <summary>
    /// The first and last minor in which the field exists at all, whatever the target: for "exists
    /// from 1.N" when <see cref="TryGetField"/> finds nothing for the target.
    /// </summary>
    public static bool TryGetFieldMinors(SchemaType type, string name, out KubernetesVersion first, out KubernetesVersion last)
    {
        first = last = default;
        if (!FirstRowOfField[type.Id].TryGetValue(name, out var firstRow))
        {
            return false;
        }

        var end = FieldRowsEnd(type.Id);
        var nameId = FieldColumn(firstRow, SchemaTable.FieldName);
        var lastRow = firstRow;
        while (lastRow + 1 < end && FieldColumn(lastRow + 1, SchemaTable.FieldName) == nameId)
        {
            lastRow++;
        }

        first = new KubernetesVersion(SchemaTable.FirstMinor(FieldColumn(firstRow, SchemaTable.FieldMinors)));
        last = new KubernetesVersion(SchemaTable.LastMinor(FieldColumn(lastRow, SchemaTable.FieldMinors)));
        return true;
    }

    /// <summary>The names of the fields of <paramref name="type"/> in <paramref name="version"/>, in ordinal order ("did you mean").</summary>
    public static IEnumerable<string> FieldNames(SchemaType type, KubernetesVersion version)
    {
        var end = FieldRowsEnd(type.Id);
        for (var row = FieldRowsStart(type.Id); row < end; row++)
        {
            if (SchemaTable.Covers(FieldColumn(row, SchemaTable.FieldMinors), version.Minor))
            {
                yield return Strings[FieldColumn(row, SchemaTable.FieldName)];
            }
        }
    }

    /// <summary>The object type that <paramref name="apiVersion"/> and <paramref name="kind"/> decode into in <paramref name="version"/>.</summary>
    public static bool TryGetRootType(string apiVersion, string kind, KubernetesVersion version, out SchemaType type)
    {
        for (var row = 0; row < SchemaTable.Served.Length; row += SchemaTable.ServedStride)
        {
            if (IsServedRow(row, kind, version) && Strings[SchemaTable.Served[row + SchemaTable.ServedApiVersion]] == apiVersion)
            {
                type = new SchemaType(SchemaTable.Served[row + SchemaTable.ServedRootType]);
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>
    /// The apiVersions that serve <paramref name="kind"/> in <paramref name="version"/> (empty for a kind
    /// the analyzers do not read). Versions removed before 1.30, such as extensions/v1beta1, are never among them.
    /// </summary>
    public static IReadOnlyList<string> ServedApiVersions(string kind, KubernetesVersion version)
    {
        var apiVersions = new List<string>();
        for (var row = 0; row < SchemaTable.Served.Length; row += SchemaTable.ServedStride)
        {
            if (IsServedRow(row, kind, version))
            {
                apiVersions.Add(Strings[SchemaTable.Served[row + SchemaTable.ServedApiVersion]]);
            }
        }

        return apiVersions;
    }

    /// <summary>The type of an OpenAPI definition name, e.g. <c>io.k8s.api.core.v1.PodSpec</c>.</summary>
    public static bool TryFindType(string definitionName, out SchemaType type)
    {
        var low = 0;
        var high = (SchemaTable.Types.Length / SchemaTable.TypeStride) - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(TypeName(middle), definitionName);
            if (order == 0)
            {
                type = new SchemaType(middle);
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        type = default;
        return false;
    }

    internal static string TypeName(int typeId) => Strings[SchemaTable.Types[(typeId * SchemaTable.TypeStride) + SchemaTable.TypeName]];

    internal static string StringAt(int id) => Strings[id];

    internal static IReadOnlyList<string> ListAt(int offset) => ListsByOffset[offset]!;

    private static bool IsServedRow(int row, string kind, KubernetesVersion version) =>
        SchemaTable.Covers(SchemaTable.Served[row + SchemaTable.ServedMinors], version.Minor)
        && Strings[SchemaTable.Served[row + SchemaTable.ServedKind]] == kind;

    private static int FieldColumn(int row, int column) => SchemaTable.Fields[(row * SchemaTable.FieldStride) + column];

    private static int FieldRowsStart(int typeId) => SchemaTable.Types[(typeId * SchemaTable.TypeStride) + SchemaTable.TypeFirstField];

    private static int FieldRowsEnd(int typeId)
    {
        var next = (typeId + 1) * SchemaTable.TypeStride;
        return next < SchemaTable.Types.Length
            ? SchemaTable.Types[next + SchemaTable.TypeFirstField]
            : SchemaTable.Fields.Length / SchemaTable.FieldStride;
    }

    private static string[]?[] DecodeLists()
    {
        var lists = new string[]?[SchemaTable.Lists.Length];
        for (var offset = 0; offset < SchemaTable.Lists.Length; offset += SchemaTable.Lists[offset] + 1)
        {
            var items = new string[SchemaTable.Lists[offset]];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Strings[SchemaTable.Lists[offset + 1 + i]];
            }

            lists[offset] = items;
        }

        return lists;
    }

    /// <summary>Per type, a field name's first row; string-keyed dictionaries, whose code the runtime ships precompiled.</summary>
    private static Dictionary<string, int>[] IndexFields()
    {
        var index = new Dictionary<string, int>[SchemaTable.Types.Length / SchemaTable.TypeStride];
        for (var typeId = 0; typeId < index.Length; typeId++)
        {
            var start = FieldRowsStart(typeId);
            var end = FieldRowsEnd(typeId);
            var fields = new Dictionary<string, int>(end - start, StringComparer.Ordinal);
            for (var row = start; row < end; row++)
            {
                var name = Strings[FieldColumn(row, SchemaTable.FieldName)];
                if (!fields.ContainsKey(name))
                {
                    fields.Add(name, row);
                }
            }

            index[typeId] = fields;
        }

        return index;
    }
}
