// Turns the Kubernetes OpenAPI (swagger 2.0) documents of minors 1.30..1.36 into
// src/PodAnalyzers/Kubernetes/Schema/SchemaTable.g.cs. Inputs and usage: README.md beside this file.
//
//   dotnet run eng/schema/GenerateSchemaTable.cs -- --reference-docs <clone of kubernetes-sigs/reference-docs> [--out <file>]
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

var scriptDirectory = ScriptPaths.Directory();
var clone = Arguments.Value(args, "--reference-docs")
    ?? throw new ArgumentException("--reference-docs <clone of kubernetes-sigs/reference-docs> is required");
var output = Arguments.Value(args, "--out")
    ?? Path.Combine(scriptDirectory, "..", "..", "src", "PodAnalyzers", "Kubernetes", "Schema", "SchemaTable.g.cs");

var inputs = Inputs.Load(Path.Combine(scriptDirectory, "inputs.json"));
var minors = new List<MinorSchema>();
foreach (var document in inputs.Documents)
{
    var blob = Git.Run(clone, "rev-parse", $"{document.Commit}:{document.Path}").Trim();
    using var json = JsonDocument.Parse(Git.Run(clone, "show", $"{document.Commit}:{document.Path}"));
    minors.Add(new MinorReader(document.Minor, json.RootElement).Read());
    document.Blob = blob;
}

var table = TableBuilder.Build(minors);
File.WriteAllText(output, TableWriter.Write(table, inputs));
Console.WriteLine($"{Path.GetFullPath(output)}: {table.Types.Count} types, {table.Fields.Count} field rows, {table.Strings.Count} strings");

/// <summary>The kinds the analyzers read; every group/version that serves one of them is a root.</summary>
static class ProductKinds
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "Pod", "PodTemplate", "ReplicationController", "Node",
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
        "Job", "CronJob",
        "Service", "ConfigMap", "Secret", "ServiceAccount", "PodDisruptionBudget", "HorizontalPodAutoscaler",
    };
}

// Numeric values shared with src/PodAnalyzers/Kubernetes/Schema (FieldKind, ListType, MapType).
enum Kind { None = 0, String, Int32, Int64, Number, Boolean, Quantity, IntOrString, DateTime, Base64, FreeForm, Object, List, Map }

enum ListType { None = 0, Atomic, Set, Map }

enum MapType { None = 0, Atomic, Granular }

sealed record FieldShape(Kind Kind, Kind ItemKind, string? TypeName, string[] Enum, ListType ListType, string[] ListMapKeys, MapType MapType)
{
    /// <summary>Two minors share a table row when their signatures are equal.</summary>
    public string Signature =>
        $"{Kind}|{ItemKind}|{TypeName}|{string.Join(",", Enum)}|{ListType}|{string.Join(",", ListMapKeys)}|{MapType}";
}

sealed record TypeShape(MapType MapType, Dictionary<string, FieldShape> Fields);

sealed record ServedRoot(string Kind, string ApiVersion, string RootType);

sealed record MinorSchema(int Minor, Dictionary<string, TypeShape> Types, List<ServedRoot> Served, bool MarksEnums);

/// <summary>One minor's document: the product kinds' roots and every object type reachable from them.</summary>
sealed class MinorReader(int minor, JsonElement document)
{
    private const string DefinitionPrefix = "#/definitions/";
    private const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private readonly JsonElement definitions = document.GetProperty("definitions");
    private readonly Dictionary<string, TypeShape> types = new(StringComparer.Ordinal);
    private readonly Queue<string> pending = new();
    private bool marksEnums;

    public MinorSchema Read()
    {
        var served = ServedRoots();
        foreach (var root in served)
        {
            pending.Enqueue(root.RootType);
        }

        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (!types.ContainsKey(name))
            {
                types[name] = ReadType(name);
            }
        }

        return new MinorSchema(minor, types, served, marksEnums);
    }

    /// <summary>The (group, version, kind) that a create or replace operation accepts, and the definition that declares it.</summary>
    private List<ServedRoot> ServedRoots()
    {
        var gvks = new SortedSet<(string Group, string Version, string Kind)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object))
            {
                if (operation.Value.TryGetProperty("x-kubernetes-action", out var action)
                    && action.GetString() is "post" or "put"
                    && operation.Value.TryGetProperty("x-kubernetes-group-version-kind", out var gvk)
                    && ProductKinds.All.Contains(gvk.GetProperty("kind").GetString()!))
                {
                    gvks.Add((gvk.GetProperty("group").GetString()!, gvk.GetProperty("version").GetString()!, gvk.GetProperty("kind").GetString()!));
                }
            }
        }

        return gvks.Select(g => new ServedRoot(g.Kind, g.Group.Length == 0 ? g.Version : $"{g.Group}/{g.Version}", DefinitionOf(g))).ToList();
    }

    private string DefinitionOf((string Group, string Version, string Kind) gvk)
    {
        var declaring = definitions.EnumerateObject()
            .Where(d => d.Value.TryGetProperty("x-kubernetes-group-version-kind", out var list)
                && list.EnumerateArray().Any(g => g.GetProperty("group").GetString() == gvk.Group
                    && g.GetProperty("version").GetString() == gvk.Version
                    && g.GetProperty("kind").GetString() == gvk.Kind))
            .ToList();
        if (declaring.Count != 1 || declaring[0].Value.GetProperty("x-kubernetes-group-version-kind").GetArrayLength() != 1)
        {
            throw Unexpected($"{gvk}: expected one definition declaring only this kind, found {declaring.Count}");
        }

        return declaring[0].Name;
    }

    private TypeShape ReadType(string name)
    {
        var definition = definitions.GetProperty(name);
        var fields = new Dictionary<string, FieldShape>(StringComparer.Ordinal);
        foreach (var property in definition.GetProperty("properties").EnumerateObject())
        {
            fields[property.Name] = ReadField(property.Value, $"{name}.{property.Name}");
        }

        return new TypeShape(ReadMapType(definition), fields);
    }

    private FieldShape ReadField(JsonElement schema, string where)
    {
        var listType = ListType.None;
        if (schema.TryGetProperty("x-kubernetes-list-type", out var list))
        {
            listType = list.GetString() switch
            {
                "atomic" => ListType.Atomic,
                "set" => ListType.Set,
                "map" => ListType.Map,
                var other => throw Unexpected($"{where}: x-kubernetes-list-type {other}"),
            };
        }

        var keys = schema.TryGetProperty("x-kubernetes-list-map-keys", out var keyList)
            ? keyList.EnumerateArray().Select(k => k.GetString()!).ToArray()
            : [];
        var mapType = ReadMapType(schema);

        if (Type(schema) == "array")
        {
            var (itemKind, itemType, itemEnum) = ReadValue(schema.GetProperty("items"), where + "[]");
            return new FieldShape(Kind.List, itemKind, itemType, itemEnum, listType, keys, mapType);
        }

        if (Type(schema) == "object" && schema.TryGetProperty("additionalProperties", out var values))
        {
            var (valueKind, valueType, valueEnum) = ReadValue(values, where + "{}");
            return new FieldShape(Kind.Map, valueKind, valueType, valueEnum, listType, keys, mapType);
        }

        var (kind, type, enumValues) = ReadValue(schema, where);
        return new FieldShape(kind, Kind.None, type, enumValues, listType, keys, mapType);
    }

    /// <summary>A single value: a scalar, a referenced object type, or one of apimachinery's special types.</summary>
    private (Kind Kind, string? Type, string[] Enum) ReadValue(JsonElement schema, string where)
    {
        foreach (var combinator in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(combinator, out _))
            {
                throw Unexpected($"{where}: {combinator}");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Substring(DefinitionPrefix.Length);
            var definition = definitions.GetProperty(name);
            if (name == Quantity)
            {
                return (Kind.Quantity, null, []);
            }

            if (definition.TryGetProperty("properties", out _))
            {
                pending.Enqueue(name);
                return (Kind.Object, name, []);
            }

            // Time, MicroTime, IntOrString, FieldsV1: definitions without properties are values.
            return ReadValue(definition, name);
        }

        var enumValues = schema.TryGetProperty("enum", out var enumList)
            ? enumList.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : [];
        marksEnums |= enumValues.Length > 0;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var kind = (Type(schema), format) switch
        {
            ("string", null) => Kind.String,
            ("string", "byte") => Kind.Base64,
            ("string", "date-time") => Kind.DateTime,
            ("string", "int-or-string") => Kind.IntOrString,
            ("integer", "int32") => Kind.Int32,
            ("integer", "int64") => Kind.Int64,
            ("number", _) => Kind.Number,
            ("boolean", null) => Kind.Boolean,
            ("object", null) when !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("additionalProperties", out _) => Kind.FreeForm,
            var other => throw Unexpected($"{where}: type {other.Item1} format {other.Item2}"),
        };
        if (enumValues.Length > 0 && kind != Kind.String)
        {
            throw Unexpected($"{where}: enum on {kind}");
        }

        return (kind, null, enumValues);
    }

    private MapType ReadMapType(JsonElement schema) =>
        !schema.TryGetProperty("x-kubernetes-map-type", out var map) ? MapType.None : map.GetString() switch
        {
            "atomic" => MapType.Atomic,
            "granular" => MapType.Granular,
            var other => throw Unexpected($"x-kubernetes-map-type {other}"),
        };

    private static string? Type(JsonElement schema) => schema.TryGetProperty("type", out var type) ? type.GetString() : null;

    private InvalidDataException Unexpected(string what) => new($"1.{minor}: unexpected schema: {what}");
}

sealed record FieldRow(int TypeId, string Name, FieldShape Shape, int FirstMinor, int LastMinor);

sealed record ServedRow(string Kind, string ApiVersion, int RootTypeId, int FirstMinor, int LastMinor);

sealed record Table(
    List<string> Types, List<MapType> TypeMapTypes, List<FieldRow> Fields, List<ServedRow> Served,
    List<string> Strings, int OldestMinor, int NewestMinor, int EnumsRecordedFrom);

/// <summary>Merges the minors: one row per field and run of consecutive minors in which its shape stays the same.</summary>
static class TableBuilder
{
    public static Table Build(List<MinorSchema> minors)
    {
        var typeNames = minors.SelectMany(m => m.Types.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var typeIds = typeNames.Select((name, id) => (name, id)).ToDictionary(t => t.name, t => t.id, StringComparer.Ordinal);
        var typeMapTypes = typeNames.Select(name => SingleMapType(name, minors)).ToList();

        var fields = new List<FieldRow>();
        foreach (var typeName in typeNames)
        {
            var fieldNames = minors.Where(m => m.Types.ContainsKey(typeName))
                .SelectMany(m => m.Types[typeName].Fields.Keys).Distinct().Order(StringComparer.Ordinal);
            foreach (var fieldName in fieldNames)
            {
                foreach (var (shape, first, last) in Runs(minors, m => m.Types.GetValueOrDefault(typeName)?.Fields.GetValueOrDefault(fieldName), s => s.Signature))
                {
                    fields.Add(new FieldRow(typeIds[typeName], fieldName, shape, first, last));
                }
            }
        }

        var served = new List<ServedRow>();
        foreach (var root in minors.SelectMany(m => m.Served).Distinct().OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.ApiVersion, StringComparer.Ordinal))
        {
            foreach (var (_, first, last) in Runs(minors, m => m.Served.Contains(root) ? root : null, r => r.RootType))
            {
                served.Add(new ServedRow(root.Kind, root.ApiVersion, typeIds[root.RootType], first, last));
            }
        }

        var enumsFrom = minors.First(m => m.MarksEnums).Minor;
        if (minors.Any(m => m.Minor > enumsFrom && !m.MarksEnums))
        {
            throw new InvalidDataException("a document after 1." + enumsFrom + " marks no enum: enum values would come and go");
        }

        var strings = typeNames
            .Concat(fields.SelectMany(f => f.Shape.Enum.Concat(f.Shape.ListMapKeys).Append(f.Name)))
            .Concat(served.SelectMany(s => new[] { s.Kind, s.ApiVersion }))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new Table(typeNames, typeMapTypes, fields, served, strings, minors[0].Minor, minors[^1].Minor, enumsFrom);
    }

    /// <summary>Runs of consecutive minors in which a value exists with the same signature.</summary>
    private static IEnumerable<(T Value, int First, int Last)> Runs<T>(List<MinorSchema> minors, Func<MinorSchema, T?> valueAt, Func<T, string> signature)
        where T : class
    {
        T? current = null;
        var first = 0;
        var last = 0;
        foreach (var minor in minors)
        {
            var value = valueAt(minor);
            if (current is not null && (value is null || signature(value) != signature(current)))
            {
                yield return (current, first, last);
                current = null;
            }

            if (value is not null && current is null)
            {
                current = value;
                first = minor.Minor;
            }

            last = minor.Minor;
        }

        if (current is not null)
        {
            yield return (current, first, last);
        }
    }

    private static MapType SingleMapType(string typeName, List<MinorSchema> minors)
    {
        var mapTypes = minors.Where(m => m.Types.ContainsKey(typeName)).Select(m => m.Types[typeName].MapType).Distinct().ToList();
        return mapTypes.Count == 1 ? mapTypes[0] : throw new InvalidDataException($"{typeName}: x-kubernetes-map-type changes between minors");
    }
}

/// <summary>Writes the table in the layout that src/PodAnalyzers/Kubernetes/Schema/SchemaTable.cs decodes.</summary>
static class TableWriter
{
    private const int NoType = ushort.MaxValue;

    public static string Write(Table table, Inputs inputs)
    {
        var stringIds = table.Strings.Select((s, id) => (s, id)).ToDictionary(t => t.s, t => t.id, StringComparer.Ordinal);
        var lists = new List<int> { 0 }; // offset 0: the empty list
        var listOffsets = new Dictionary<string, int>(StringComparer.Ordinal) { ["0\n"] = 0 };

        int ListOf(string[] items)
        {
            var key = items.Length + "\n" + string.Join("\n", items);
            if (!listOffsets.TryGetValue(key, out var offset))
            {
                offset = lists.Count;
                listOffsets[key] = offset;
                lists.Add(items.Length);
                lists.AddRange(items.Select(i => stringIds[i]));
            }

            return offset;
        }

        var fieldLines = new List<(string Comment, List<int> Values)>();
        var typeRows = new List<int>();
        var fieldRowCount = 0;
        for (var typeId = 0; typeId < table.Types.Count; typeId++)
        {
            typeRows.AddRange([stringIds[table.Types[typeId]], (int)table.TypeMapTypes[typeId], fieldRowCount]);
            var values = new List<int>();
            foreach (var row in table.Fields.Where(f => f.TypeId == typeId))
            {
                fieldRowCount++;
                var shape = row.Shape;
                values.AddRange([
                    stringIds[row.Name],
                    (int)shape.Kind | (int)shape.ItemKind << 4 | (int)shape.ListType << 8 | (int)shape.MapType << 10,
                    shape.TypeName is null ? NoType : table.Types.IndexOf(shape.TypeName),
                    ListOf(shape.Enum),
                    ListOf(shape.ListMapKeys),
                    Minors(row.FirstMinor, row.LastMinor),
                ]);
            }

            fieldLines.Add((table.Types[typeId], values));
        }

        var served = table.Served.SelectMany(s => new[] { stringIds[s.Kind], stringIds[s.ApiVersion], s.RootTypeId, Minors(s.FirstMinor, s.LastMinor) }).ToList();
        if (new[] { table.Strings.Count, table.Fields.Count, lists.Count, table.Types.Count }.Any(n => n >= NoType))
        {
            throw new InvalidDataException("the table outgrew its 16-bit indexes");
        }

        var text = new StringBuilder();
        text.AppendLine("// <auto-generated>");
        text.AppendLine("// Generated by eng/schema/GenerateSchemaTable.cs; do not edit. Regenerate as eng/schema/README.md says.");
        text.AppendLine($"// Inputs, the Kubernetes OpenAPI (swagger 2.0) documents, from {inputs.Repository}:");
        foreach (var document in inputs.Documents)
        {
            text.AppendLine($"//   1.{document.Minor}  commit {document.Commit}  {document.Path}  (blob {document.Blob})");
        }

        text.AppendLine("// </auto-generated>");
        text.AppendLine();
        text.AppendLine("namespace PodAnalyzers.Kubernetes.Schema;");
        text.AppendLine();
        text.AppendLine("internal static partial class SchemaTable");
        text.AppendLine("{");
        text.AppendLine($"    public const int OldestMinor = {table.OldestMinor};");
        text.AppendLine($"    public const int NewestMinor = {table.NewestMinor};");
        text.AppendLine($"    public const int EnumsRecordedFrom = {table.EnumsRecordedFrom};");
        text.AppendLine();
        text.AppendLine("    public static readonly SchemaSource[] Sources =");
        text.AppendLine("    {");
        foreach (var document in inputs.Documents)
        {
            text.AppendLine($"        new({document.Minor}, \"{inputs.Repository}\", \"{document.Commit}\", \"{document.Path}\", \"{document.Blob}\"),");
        }

        text.AppendLine("    };");
        text.AppendLine();
        text.AppendLine("    public static readonly string Strings =");
        WriteStrings(text, table.Strings);
        WriteNumbers(text, "Lists", [(null, lists)]);
        WriteNumbers(text, "Types", [(null, typeRows)]);
        WriteNumbers(text, "Fields", fieldLines.Where(l => l.Values.Count > 0).Select(l => ((string?)l.Comment, l.Values)).ToList());
        WriteNumbers(text, "Served", [(null, served)]);
        return text.ToString().Replace("\r\n", "\n").TrimEnd() + "\n}\n";
    }

    private static int Minors(int first, int last) => first | last << 8;

    /// <summary>One constant, '\n'-separated, written as literals of whole strings that the compiler joins.</summary>
    private static void WriteStrings(StringBuilder text, List<string> strings)
    {
        if (strings.Any(s => s.Any(c => c < ' ' || c > '~')))
        {
            throw new InvalidDataException("a schema string is not printable ASCII");
        }

        const int width = 100;
        var line = new StringBuilder();
        for (var i = 0; i < strings.Count; i++)
        {
            var piece = strings[i].Replace("\\", "\\\\").Replace("\"", "\\\"") + (i < strings.Count - 1 ? "\\n" : "");
            if (line.Length > 0 && line.Length + piece.Length > width)
            {
                text.AppendLine($"        \"{line}\" +");
                line.Clear();
            }

            line.Append(piece);
        }

        text.AppendLine($"        \"{line}\";");
        text.AppendLine();
    }

    private static void WriteNumbers(StringBuilder text, string name, List<(string? Comment, List<int> Values)> lines)
    {
        text.AppendLine($"    public static readonly ushort[] {name} =");
        text.AppendLine("    {");
        foreach (var (comment, values) in lines)
        {
            if (comment is not null)
            {
                text.AppendLine($"        // {comment}");
            }

            foreach (var chunk in values.Chunk(24))
            {
                text.AppendLine("        " + string.Join(", ", chunk.Select(v => v.ToString(CultureInfo.InvariantCulture))) + ",");
            }
        }

        text.AppendLine("    };");
        text.AppendLine();
    }
}

sealed class Inputs
{
    public string Repository { get; set; } = "";

    public List<InputDocument> Documents { get; set; } = [];

    public static Inputs Load(string path)
    {
        var inputs = JsonSerializer.Deserialize<Inputs>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException(path);
        var minors = inputs.Documents.Select(d => d.Minor).ToList();
        if (minors.Count == 0 || !minors.SequenceEqual(Enumerable.Range(minors[0], minors.Count)))
        {
            throw new InvalidDataException($"{path}: the documents must be consecutive minors in ascending order");
        }

        return inputs;
    }
}

sealed class InputDocument
{
    public int Minor { get; set; }

    public string Commit { get; set; } = "";

    public string Path { get; set; } = "";

    /// <summary>The git blob id of the document, read from the clone.</summary>
    public string Blob { get; set; } = "";
}

static class Git
{
    public static string Run(string repository, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repository);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? standardOutput
            : throw new InvalidOperationException($"git {string.Join(" ", arguments)}: {standardError.Result}");
    }
}

static class Arguments
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

static class ScriptPaths
{
    public static string Directory([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;
}
