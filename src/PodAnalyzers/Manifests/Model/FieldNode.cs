using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// A field of a manifest as a rule reads it: the YAML value (null when absent), the server's field
/// path, and the span a finding about the field lands on. The typed model covers the fields the
/// first rules needed; the API server's validation reaches every field, and rules read those
/// through this view. It reads silently: a value of the wrong YAML type reads as absent, because
/// strict decoding (POD0002) has already reported it, and the server would not have got as far as
/// validating it.
/// </summary>
internal readonly struct FieldNode
{
    public FieldNode(YamlNode? value, string path, SourceSpan keySpan)
    {
        Value = value;
        Path = path;
        KeySpan = keySpan;
    }

    /// <summary>The value as written; null when the field is absent.</summary>
    public YamlNode? Value { get; }

    /// <summary>The server's field path (<c>spec.containers[0].resources</c>).</summary>
    public string Path { get; }

    /// <summary>The field's key; for a list item the item; for an absent field the nearest written parent's key.</summary>
    public SourceSpan KeySpan { get; }

    /// <summary>The value's span, or the key's when the field is absent.</summary>
    public SourceSpan ValueSpan => Value?.Span ?? KeySpan;

    /// <summary>Written and not null: what Go sees as a non-nil pointer, slice or map.</summary>
    public bool IsPresent => Value is not null and not YamlScalar { IsNull: true };

    public YamlMapping? Mapping => Value as YamlMapping;

    public YamlSequence? Sequence => Value as YamlSequence;

    public FieldNode Field(string name)
    {
        var path = Path.Length == 0 ? name : Path + "." + name;
        return (Value as YamlMapping)?.Find(name) is { } entry
            ? new FieldNode(entry.Value, path, entry.Key.Span)
            : new FieldNode(null, path, KeySpan);
    }

    /// <summary>A walk of several fields: <c>Field("a.b.c")</c> is <c>Field("a").Field("b").Field("c")</c>.</summary>
    public FieldNode At(string dottedNames)
    {
        var node = this;
        foreach (var name in dottedNames.Split('.'))
        {
            node = node.Field(name);
        }

        return node;
    }

    /// <summary>The items of a list field, each with its index path; none when the field is not a list.</summary>
    public IEnumerable<FieldNode> Items()
    {
        if (Value is not YamlSequence sequence)
        {
            yield break;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            yield return new FieldNode(item, Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", item.Span);
        }
    }

    /// <summary>The entries of a map field (string keys only), each with its <c>path[key]</c>.</summary>
    public IEnumerable<KeyValuePair<Located<string>, FieldNode>> Entries()
    {
        if (Value is not YamlMapping mapping)
        {
            yield break;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar { IsNull: false } key)
            {
                yield return new KeyValuePair<Located<string>, FieldNode>(
                    new Located<string>(key.Value, key.Span),
                    new FieldNode(entry.Value, Path + "[" + key.Value + "]", key.Span));
            }
        }
    }

    /// <summary>A string field's value; null when absent, null or not a string.</summary>
    public Located<string>? AsString() =>
        Value is YamlScalar { IsString: true } scalar ? new Located<string>(scalar.Value, scalar.Span) : null;

    /// <summary>What the server decodes for a string field: "" when absent or null.</summary>
    public string StringOrEmpty => Value is YamlScalar { IsString: true } scalar ? scalar.Value : string.Empty;

    /// <summary>An integer field's value (Go's int64 range); null when absent, null or not an integer.</summary>
    public Located<long>? AsInteger() =>
        Value is YamlScalar { Type: YamlScalarType.Int } scalar && GoInteger.TryParse(scalar.Value, long.MinValue, long.MaxValue, out var number)
            ? new Located<long>(number, scalar.Span)
            : null;

    /// <summary>A boolean field's value; null when absent, null or not a boolean.</summary>
    public Located<bool>? AsBool() =>
        Value is YamlScalar { Type: YamlScalarType.Bool } scalar
            ? new Located<bool>(scalar.Value.Length > 0 && scalar.Value[0] is 't' or 'T' or 'y' or 'Y' || scalar.Value is "on" or "On" or "ON", scalar.Span)
            : null;

    /// <summary>
    /// The text of a quantity field: a string, or a bare number (which the JSON decoder turns into
    /// the same text); null when absent, null or of another type.
    /// </summary>
    public Located<string>? AsQuantityText() =>
        Value is YamlScalar { Type: YamlScalarType.String or YamlScalarType.Int or YamlScalarType.Float } scalar
            ? new Located<string>(scalar.Value, scalar.Span)
            : null;

    /// <summary>An int-or-string field (ports, maxSurge): the integer, or else the string.</summary>
    public IntOrString? AsIntOrString()
    {
        if (AsInteger() is { } number && number.Value is >= int.MinValue and <= int.MaxValue)
        {
            return new IntOrString((int)number.Value, null, number.Span);
        }

        return AsString() is { } text ? new IntOrString(0, text.Value, text.Span) : null;
    }
}
