using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>
/// Reads typed fields out of YAML mappings. A field of the wrong shape is reported once (POD0002)
/// on the offending node and then read as well as it can be, so one mistake hides nothing else.
/// A null value counts as absent, as it does when the server decodes JSON.
/// </summary>
internal sealed class FieldReader
{
    private readonly List<Finding> findings;

    public FieldReader(List<Finding> findings) => this.findings = findings;

    // Each method below reads the field `key` of `parent`; `parentPath` is the parent's server path.
    public YamlMapping? Mapping(YamlMapping parent, string key, string parentPath) =>
        parent.Find(key) is { } entry ? AsMapping(entry.Value, FieldPath.Field(parentPath, key)) : null;

    public YamlMapping? AsMapping(YamlNode node, FieldPath path)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        ReportUnlessNull(node, path, "a mapping");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlMapping parent, string key, string parentPath)
    {
        if (parent.Find(key) is not { } entry)
        {
            return new YamlNode[0];
        }

        if (entry.Value is YamlSequence sequence)
        {
            return sequence.Items;
        }

        ReportUnlessNull(entry.Value, FieldPath.Field(parentPath, key), "a list");
        return new YamlNode[0];
    }

    public Located<string>? String(YamlMapping parent, string key, string parentPath) =>
        parent.Find(key) is { } entry ? AsString(entry.Value, FieldPath.Field(parentPath, key), hint: null) : null;

    public Located<string>? AsString(YamlNode node, FieldPath path, string? hint)
    {
        if (node is not YamlScalar scalar)
        {
            Report(node, path, "a string", hint: null);
            return null;
        }

        if (scalar.IsNull)
        {
            return null;
        }

        if (!scalar.IsString)
        {
            Report(node, path, "a string", hint ?? WrongShape.QuoteHint(scalar));
            return new Located<string>(scalar.Value, scalar.Span, IsWellTyped: false);
        }

        return new Located<string>(scalar.Value, scalar.Span);
    }

    public Located<int>? Int(YamlMapping parent, string key, string parentPath)
    {
        if (parent.Find(key)?.Value is not { } node || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlScalar { Type: YamlScalarType.Int } scalar && GoInteger.TryParse(scalar.Value, int.MinValue, int.MaxValue, out var value))
        {
            return new Located<int>((int)value, scalar.Span);
        }

        Report(node, FieldPath.Field(parentPath, key), "an integer", hint: null);
        return new Located<int>(0, node.Span, IsWellTyped: false);
    }

    public Located<bool>? Bool(YamlMapping parent, string key, string parentPath)
    {
        if (parent.Find(key)?.Value is not { } node || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlScalar { Type: YamlScalarType.Bool } scalar)
        {
            return new Located<bool>(scalar.IsTrue, scalar.Span);
        }

        Report(node, FieldPath.Field(parentPath, key), "a boolean", hint: node is YamlScalar { IsString: true } ? "write true or false without quotes" : null);
        return new Located<bool>(false, node.Span, IsWellTyped: false);
    }

    /// <summary>A map of string to string, such as labels or nodeSelector.</summary>
    public StringMap StringMap(YamlMapping parent, string key, string parentPath)
    {
        if (parent.Find(key) is not { } field)
        {
            return Model.StringMap.Empty;
        }

        var path = FieldPath.Field(parentPath, key).ToString();
        var keySpan = field.Key.Span;
        if (AsMapping(field.Value, path) is not { } mapping)
        {
            return new StringMap(path, keySpan, new StringMapEntry[0]);
        }

        // A repeated key: the last one wins, as in kubectl's decoding and YamlMapping.Find.
        var overridden = new bool[mapping.Entries.Count];
        var later = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = mapping.Entries.Count - 1; i >= 0; i--)
        {
            overridden[i] = mapping.Entries[i].Key is YamlScalar scalar && !later.Add(scalar.Value);
        }

        var entries = new List<StringMapEntry>(mapping.Entries.Count);
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var entry = mapping.Entries[i];
            if (overridden[i])
            {
                continue;
            }

            var entryPath = FieldPath.MapKey(path, entry.KeyText);
            if (entry.Key is not YamlScalar keyScalar)
            {
                Report(entry.Key, entryPath, "a string key", hint: null);
                continue;
            }

            var entryKey = new Located<string>(keyScalar.Value, keyScalar.Span);
            var value = entry.Value is YamlScalar { IsNull: true } nullValue
                ? new Located<string>(string.Empty, nullValue.Span)
                : AsString(entry.Value, entryPath, hint: null);
            if (value is not null)
            {
                entries.Add(new StringMapEntry(entryKey, value));
            }
        }

        return new StringMap(path, keySpan, entries);
    }

    public IReadOnlyList<Located<string>> StringList(YamlMapping parent, string key, string parentPath)
    {
        var items = Sequence(parent, key, parentPath);
        var path = items.Count == 0 ? string.Empty : FieldPath.Field(parentPath, key).ToString();
        var values = new List<Located<string>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (AsString(items[i], FieldPath.Item(path, i), hint: null) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private void ReportUnlessNull(YamlNode node, FieldPath path, string expected)
    {
        if (node is not YamlScalar { IsNull: true })
        {
            Report(node, path, expected, hint: null);
        }
    }

    private void Report(YamlNode node, FieldPath path, string expected, string? hint) =>
        findings.Add(new Finding(Rule.WrongShape, node.Span, WrongShape.Message(node, path.ToString(), expected, hint)));
}
