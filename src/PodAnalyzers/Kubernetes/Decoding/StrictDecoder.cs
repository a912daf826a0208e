using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Kubernetes.Schema;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Reading;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Decoding;

/// <summary>
/// Decodes an object the way the API server's strict field validation does, against the schema
/// of the target version: unknown fields (POD0010), repeated keys (POD0011), values of the wrong
/// type (POD0002), and an apiVersion that does not serve the kind (POD0013). One table look-up per key.
/// </summary>
internal sealed class StrictDecoder
{
    // Deeper than any object of the schema: a bound on recursion whatever the table holds.
    private const int MaxDepth = 100;

    private readonly RuleContext context;
    private readonly DecodePath path = new();

    // A node reached twice (YAML aliases, merge keys) is reported once.
    private readonly HashSet<(string Rule, int Start)> reported = new();

    private StrictDecoder(RuleContext context) => this.context = context;

    public static void Check(ManifestObject manifestObject, RuleContext context)
    {
        if (ApiVersions.RootType(manifestObject, context) is { } root)
        {
            new StrictDecoder(context).DecodeObject(manifestObject.Root, root);
        }
    }

    private void DecodeObject(YamlMapping mapping, SchemaType type)
    {
        var firstLines = FirstLinesOfKeys(mapping);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText;
            path.PushField(key);
            if (firstLines is not null && firstLines.TryGetValue(key, out var first) && first.Start != entry.Key.Span.Start)
            {
                ReportDuplicate(entry, first.Line);
            }

            if (KubernetesSchema.TryGetField(type, key, context.Version, out var field))
            {
                DecodeValue(entry.Value, field.Kind, field.ItemKind, field.ObjectType);
            }
            else
            {
                Report(Rule.UnknownField, entry.Key.Span, UnknownFields.Message(path.ToString(), type, key, context.Version));
            }

            path.Pop();
        }
    }

    private void DecodeValue(YamlNode value, FieldKind kind, FieldKind itemKind, SchemaType? objectType)
    {
        switch (value)
        {
            case YamlScalar { IsNull: true }:
                return;
            case YamlMapping or YamlSequence when path.Depth > MaxDepth:
                return;
            case YamlMapping mapping when kind == FieldKind.Object && objectType is { } type:
                DecodeObject(mapping, type);
                return;
            case YamlMapping mapping when kind == FieldKind.Map:
                DecodeMap(mapping, itemKind, objectType);
                return;
            case YamlMapping when kind == FieldKind.FreeForm:
                return;
            case YamlSequence sequence when kind == FieldKind.List:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    path.PushIndex(i);
                    DecodeValue(sequence.Items[i], itemKind, FieldKind.None, objectType);
                    path.Pop();
                }

                return;
            case YamlScalar scalar:
                if (ScalarKinds.Mismatch(scalar, kind) is var (expected, hint))
                {
                    Report(Rule.WrongShape, value.Span, WrongShape.Message(value, path.ToString(), expected, hint));
                }

                return;
            default:
                Report(Rule.WrongShape, value.Span, WrongShape.Message(value, path.ToString(), ScalarKinds.Describe(kind), hint: null));
                return;
        }
    }

    private void DecodeMap(YamlMapping mapping, FieldKind valueKind, SchemaType? objectType)
    {
        var firstLines = FirstLinesOfKeys(mapping);
        foreach (var entry in mapping.Entries)
        {
            path.PushMapKey(entry.KeyText);
            if (firstLines is not null && firstLines.TryGetValue(entry.KeyText, out var first) && first.Start != entry.Key.Span.Start)
            {
                ReportDuplicate(entry, first.Line);
            }

            // A null value of a map of strings decodes to "" (labels: {app: }).
            if (entry.Value is not YamlScalar { IsNull: true })
            {
                DecodeValue(entry.Value, valueKind, FieldKind.None, objectType);
            }

            path.Pop();
        }
    }

    /// <summary>Each key's first occurrence, when the mapping repeats one; null (nothing allocated) when it does not.</summary>
    private static Dictionary<string, SourceSpan>? FirstLinesOfKeys(YamlMapping mapping)
    {
        if (!HasRepeatedKey(mapping.Entries))
        {
            return null;
        }

        var first = new Dictionary<string, SourceSpan>(System.StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (!first.ContainsKey(entry.KeyText))
            {
                first.Add(entry.KeyText, entry.Key.Span);
            }
        }

        return first;
    }

    private static bool HasRepeatedKey(IReadOnlyList<YamlEntry> entries)
    {
        // Most mappings are small: comparing pairs allocates nothing.
        if (entries.Count <= 12)
        {
            for (var i = 1; i < entries.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (entries[i].KeyText == entries[j].KeyText)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!keys.Add(entry.KeyText))
            {
                return true;
            }
        }

        return false;
    }

    private void ReportDuplicate(YamlEntry entry, int firstLine) =>
        Report(
            Rule.DuplicateKey,
            entry.Key.Span,
            $"{path}: mapping key {FieldErrors.GoQuote(entry.KeyText)} already defined at line {firstLine.ToString(CultureInfo.InvariantCulture)}");

    private void Report(Rule rule, SourceSpan span, string message)
    {
        if (reported.Add((rule.Id, span.Start)))
        {
            context.Report(rule, span, message);
        }
    }
}
