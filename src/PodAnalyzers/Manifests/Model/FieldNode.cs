using System.Collections;
using System.Collections.Generic;
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
    // The path is the parent's path plus the last segment, so that reading a field costs no
    // allocation; a node without a last segment holds its own, already linked path instead.
    private readonly ServerPath? pathOrParent;
    private readonly PathSegment lastSegment;

    public FieldNode(YamlNode? value, string path, SourceSpan keySpan)
        : this(value, ServerPath.Of(path), default, keySpan)
    {
    }

    private FieldNode(YamlNode? value, ServerPath? pathOrParent, PathSegment lastSegment, SourceSpan keySpan)
    {
        Value = value;
        this.pathOrParent = pathOrParent;
        this.lastSegment = lastSegment;
        KeySpan = keySpan;
    }

    /// <summary>The value as written; null when the field is absent.</summary>
    public YamlNode? Value { get; }

    /// <summary>The server's field path (<c>spec.containers[0].resources</c>), built when first asked for.</summary>
    public string Path => lastSegment.IsNone ? pathOrParent?.Text ?? string.Empty : lastSegment.AppendTo(pathOrParent!.Text);

    /// <summary>The field's key; for a list item the item; for an absent field the nearest written parent's key.</summary>
    public SourceSpan KeySpan { get; }

    /// <summary>The value's span, or the key's when the field is absent.</summary>
    public SourceSpan ValueSpan => Value?.Span ?? KeySpan;

    /// <summary>Written and not null: what Go sees as a non-nil pointer, slice or map.</summary>
    public bool IsPresent => Value is not null and not YamlScalar { IsNull: true };

    public YamlMapping? Mapping => Value as YamlMapping;

    public YamlSequence? Sequence => Value as YamlSequence;

    /// <summary>This node's path as a parent of others; linking it allocates unless it is already linked.</summary>
    private ServerPath OwnPath => lastSegment.IsNone ? pathOrParent ?? ServerPath.Of(string.Empty) : ServerPath.Child(pathOrParent!, lastSegment);

    public FieldNode Field(string name)
    {
        if ((Value as YamlMapping)?.Find(name) is not { } entry)
        {
            return new FieldNode(null, OwnPath, PathSegment.Field(name), KeySpan);
        }

        // A mapping is read for its fields, often by several rules in turn: linking its path now
        // costs one allocation instead of one for each field read from it.
        return entry.Value is YamlMapping
            ? new FieldNode(entry.Value, ServerPath.Child(OwnPath, PathSegment.Field(name)), default, entry.Key.Span)
            : new FieldNode(entry.Value, OwnPath, PathSegment.Field(name), entry.Key.Span);
    }

    /// <summary>A walk of several fields: <c>Field("a.b.c")</c> is <c>Field("a").Field("b").Field("c")</c>.</summary>
    public FieldNode At(string dottedNames)
    {
        var node = this;
        foreach (var name in DottedNames.Split(dottedNames))
        {
            node = node.Field(name);
        }

        return node;
    }

    /// <summary>The items of a list field, each with its index path; none when the field is not a list.</summary>
    public ItemList Items() => new(Value as YamlSequence, Value is YamlSequence ? OwnPath : null);

    /// <summary>The entries of a map field (string keys only), each with its <c>path[key]</c>.</summary>
    public EntryList Entries() => new(Value as YamlMapping, Value is YamlMapping ? OwnPath : null);

    /// <summary>The entries of a map field, enumerated without allocating, as <see cref="ItemList"/>.</summary>
    public readonly struct EntryList : IEnumerable<KeyValuePair<Located<string>, FieldNode>>
    {
        private readonly YamlMapping? mapping;
        private readonly ServerPath? path;

        internal EntryList(YamlMapping? mapping, ServerPath? path)
        {
            this.mapping = mapping;
            this.path = path;
        }

        public Enumerator GetEnumerator() => new(mapping, path);

        IEnumerator<KeyValuePair<Located<string>, FieldNode>> IEnumerable<KeyValuePair<Located<string>, FieldNode>>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : IEnumerator<KeyValuePair<Located<string>, FieldNode>>
        {
            private readonly IReadOnlyList<YamlEntry>? entries;
            private readonly ServerPath? path;
            private int index;

            internal Enumerator(YamlMapping? mapping, ServerPath? path)
            {
                entries = mapping?.Entries;
                this.path = path;
                index = -1;
            }

            public readonly KeyValuePair<Located<string>, FieldNode> Current
            {
                get
                {
                    var entry = entries![index];
                    var key = (YamlScalar)entry.Key;
                    return new KeyValuePair<Located<string>, FieldNode>(
                        new Located<string>(key.Value, key.Span),
                        new FieldNode(entry.Value, path, PathSegment.MapKey(key.Value), key.Span));
                }
            }

            readonly object IEnumerator.Current => Current;

            /// <summary>Moves to the next entry whose key is a string; JSON has no other keys.</summary>
            public bool MoveNext()
            {
                while (entries is not null && ++index < entries.Count)
                {
                    if (entries[index].Key is YamlScalar { IsNull: false })
                    {
                        return true;
                    }
                }

                return false;
            }

            public void Reset() => index = -1;

            public readonly void Dispose()
            {
            }
        }
    }

    /// <summary>
    /// The items of a list field, enumerated without allocating: rules walk every container's
    /// lists. Each item is linked to its own path, since rules go on to read its fields.
    /// </summary>
    public readonly struct ItemList : IEnumerable<FieldNode>
    {
        private readonly YamlSequence? sequence;
        private readonly ServerPath? path;

        internal ItemList(YamlSequence? sequence, ServerPath? path)
        {
            this.sequence = sequence;
            this.path = path;
        }

        public Enumerator GetEnumerator() => new(sequence, path);

        IEnumerator<FieldNode> IEnumerable<FieldNode>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : IEnumerator<FieldNode>
        {
            private readonly IReadOnlyList<YamlNode>? items;
            private readonly ServerPath? path;
            private int index;

            internal Enumerator(YamlSequence? sequence, ServerPath? path)
            {
                items = sequence?.Items;
                this.path = path;
                index = -1;
            }

            public readonly FieldNode Current
            {
                get
                {
                    var item = items![index];
                    return new FieldNode(item, ServerPath.Child(path!, PathSegment.Item(index)), default, item.Span);
                }
            }

            readonly object IEnumerator.Current => Current;

            public bool MoveNext() => items is not null && ++index < items.Count;

            public void Reset() => index = -1;

            public readonly void Dispose()
            {
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
            ? new Located<bool>(scalar.IsTrue, scalar.Span)
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
