using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodAnalyzers.Yaml;

/// <summary>Assembles nodes from parser events, one document at a time.</summary>
internal sealed class DocumentBuilder
{
    // go-yaml's limit (and so kubectl's); YamlDotNet's scanner slows quadratically with flow depth.
    private const int MaxDepth = 10_000;

    private readonly string text;
    private readonly Stack<CollectionFrame> frames = new();
    private readonly Dictionary<string, (YamlNode Node, long ExpandedSize)> anchors = new(StringComparer.Ordinal);
    private readonly AliasBudget aliasBudget = new();
    private Mark documentStart;
    private YamlNode? root;
    private SourceSpan? completedDocumentSpan;

    public DocumentBuilder(string text) => this.text = text;

    public YamlSyntaxError? Accept(ParsingEvent parsingEvent)
    {
        switch (parsingEvent)
        {
            case DocumentStart start:
                documentStart = start.Start;
                root = null;
                anchors.Clear();
                aliasBudget.Reset();
                return null;
            case DocumentEnd end:
                completedDocumentSpan = YamlReader.ToSpan(documentStart, end.End);
                return null;
            case Scalar scalar:
                var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
                var isPlain = scalar.Style == ScalarStyle.Plain;
                var (value, scalarSpan) = WithoutLineStartByteOrderMark(scalar, isPlain);
                var type = ScalarTypeResolver.Resolve(value, tag, isPlain);
                aliasBudget.Decode(1, fromAlias: 0);
                return ExcessiveAliasing(scalar) ?? Complete(new YamlScalar(value, type, isPlain, scalarSpan), scalar.Anchor, expandedSize: 1);
            case AnchorAlias alias:
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return new YamlSyntaxError($"found undefined alias '{alias.Value.Value}'", YamlReader.ToSpan(alias.Start, alias.End));
                }

                aliasBudget.Decode(AliasBudget.Add(1, target.ExpandedSize), fromAlias: target.ExpandedSize);
                return ExcessiveAliasing(alias) ?? Complete(target.Node, AnchorName.Empty, AliasBudget.Add(1, target.ExpandedSize));
            case MappingStart mapping:
                if (frames.Count >= MaxDepth)
                {
                    return TooDeep(mapping);
                }

                aliasBudget.Decode(1, fromAlias: 0);
                frames.Push(new CollectionFrame(mapping.Start, mapping.Anchor, isMapping: true));
                return ExcessiveAliasing(mapping);
            case SequenceStart sequence:
                if (frames.Count >= MaxDepth)
                {
                    return TooDeep(sequence);
                }

                aliasBudget.Decode(1, fromAlias: 0);
                frames.Push(new CollectionFrame(sequence.Start, sequence.Anchor, isMapping: false));
                return ExcessiveAliasing(sequence);
            case MappingEnd or SequenceEnd:
                var frame = frames.Pop();
                var span = CollectionSpan(frame.Start, parsingEvent.End);
                YamlNode node = frame.IsMapping
                    ? new YamlMapping(MergeKeys.Apply(frame.Entries), span)
                    : new YamlSequence(frame.Items, span);
                return Complete(node, frame.Anchor, frame.ExpandedSize);
            default:
                return null;
        }
    }

    /// <summary>YamlDotNet ends a flow collection before its closing bracket: include the bracket.</summary>
    private SourceSpan CollectionSpan(Mark start, Mark end)
    {
        var span = YamlReader.ToSpan(start, end);
        var opening = start.Index < text.Length ? text[(int)start.Index] : '\0';
        var closing = span.End < text.Length ? text[span.End] : '\0';
        return (opening, closing) is ('[', ']') or ('{', '}')
            ? new SourceSpan(span.Start, span.End + 1, span.Line, span.Column)
            : span;
    }

    public YamlDocument? TakeCompletedDocument(int index)
    {
        if (completedDocumentSpan is not { } span)
        {
            return null;
        }

        completedDocumentSpan = null;
        return new YamlDocument(index, root, span);
    }

    private static YamlSyntaxError TooDeep(ParsingEvent at) =>
        new($"exceeded max depth of {MaxDepth}", YamlReader.ToSpan(at.Start, at.End));

    // go-yaml checks its budget at every node it decodes, so a document can also fail after its aliases.
    /// <summary>
    /// libyaml and go-yaml skip a byte-order mark at the start of a line (a later document of a
    /// concatenated stream); YamlDotNet reads it into the plain scalar that follows.
    /// </summary>
    private static (string Value, SourceSpan Span) WithoutLineStartByteOrderMark(Scalar scalar, bool isPlain)
    {
        var span = YamlReader.ToSpan(scalar.Start, scalar.End);
        if (!isPlain || scalar.Start.Column != 1 || scalar.Value.Length == 0 || scalar.Value[0] != '\uFEFF')
        {
            return (scalar.Value, span);
        }

        return (scalar.Value.Substring(1), new SourceSpan(span.Start + 1, span.End, span.Line, span.Column + 1));
    }

    private YamlSyntaxError? ExcessiveAliasing(ParsingEvent at) =>
        aliasBudget.IsExceeded ? new YamlSyntaxError("document contains excessive aliasing", YamlReader.ToSpan(at.Start, at.End)) : null;

    private YamlSyntaxError? Complete(YamlNode node, AnchorName anchor, long expandedSize)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (node, expandedSize);
        }

        if (frames.Count == 0)
        {
            root = node;
            return null;
        }

        var parent = frames.Peek();
        parent.Add(node);
        parent.ExpandedSize = AliasBudget.Add(parent.ExpandedSize, expandedSize);
        return null;
    }
}
