using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodAnalyzers.Yaml;

/// <summary>
/// The only place that talks to YamlDotNet: turns a YAML stream into positioned nodes.
/// Builds the tree with an explicit stack (deep nesting cannot overflow the call stack) and
/// resolves aliases to the anchored node instead of copying it. Whoever walks the tree still
/// meets an aliased node once per alias, so a document whose aliases expand it beyond what
/// go-yaml (and so kubectl) accepts is refused the way go-yaml refuses it (see <see cref="AliasBudget"/>).
/// </summary>
internal static class YamlReader
{
    private const int EventsBetweenCancellationChecks = 512;

    // go-yaml's limit (and so kubectl's); YamlDotNet's scanner slows quadratically with flow depth.
    private const int MaxDepth = 10_000;
    private const string MergeKey = "<<";

    private static readonly Regex ExceptionPositionPrefix = new(
        @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ",
        RegexOptions.CultureInvariant);

    public static YamlStream Read(string text, CancellationToken cancellationToken = default)
    {
        if (NonPrintableCharacter.Find(text) is { } unprintable)
        {
            return new YamlStream(new YamlDocument[0], unprintable);
        }

        var documents = new List<YamlDocument>();
        var builder = new DocumentBuilder(text);
        var parser = new Parser(new StringReader(text));
        var lastMark = Mark.Empty;
        var eventCount = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (++eventCount % EventsBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var current = parser.Current!;
                lastMark = current.Start;
                var error = builder.Accept(current);
                if (error is not null)
                {
                    return new YamlStream(documents, error);
                }

                if (builder.TakeCompletedDocument(documents.Count) is { } document)
                {
                    documents.Add(document);
                }
            }
        }
        catch (YamlException exception)
        {
            // The end mark is where the parser gave up; the start mark is often the enclosing node.
            var message = ExceptionPositionPrefix.Replace(exception.Message, string.Empty);
            var span = message.IndexOf("tab", StringComparison.Ordinal) >= 0
                ? IndentingTab.Find(text, checked((int)exception.End.Index)) ?? ToSpan(exception.End, exception.End)
                : ToSpan(exception.End, exception.End);
            return new YamlStream(documents, new YamlSyntaxError(message, span));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // YamlDotNet occasionally fails with a non-YAML exception on hostile input: still a syntax error.
            return new YamlStream(documents, new YamlSyntaxError(exception.Message, ToSpan(lastMark, lastMark)));
        }

        return new YamlStream(documents, null);
    }

    /// <summary>
    /// The comments of a YAML stream, as the scanner sees them: a <c>#</c> inside a quoted or
    /// block scalar is text, not a comment. Reading stops quietly at a syntax error (the
    /// comments before it are kept; <see cref="Read"/> reports the error).
    /// </summary>
    public static IReadOnlyList<YamlComment> ReadComments(string text, CancellationToken cancellationToken = default)
    {
        var comments = new List<YamlComment>();
        if (NonPrintableCharacter.Find(text) is not null)
        {
            return comments;
        }

        var scanner = new Scanner(new StringReader(text), skipComments: false);
        var tokenCount = 0;
        try
        {
            while (scanner.MoveNext())
            {
                if (++tokenCount % EventsBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
                {
                    var span = ToSpan(comment.Start, comment.End);
                    var start = text.IndexOf('#', span.Start);
                    if (start >= 0 && start < text.Length)
                    {
                        var end = text.IndexOfAny(new[] { '\r', '\n' }, start);
                        end = end < 0 ? text.Length : end;
                        comments.Add(new YamlComment(text.Substring(start, end - start), new SourceSpan(start, end, span.Line, span.Column + (start - span.Start))));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A syntax error: keep what was read.
        }

        return comments;
    }

    /// <summary>YamlDotNet reports a tab used as indentation at the enclosing mapping: find the tab itself.</summary>
    private static class IndentingTab
    {
        public static SourceSpan? Find(string text, int from)
        {
            var lineStart = from == 0 || text[from - 1] == '\n' ? from : NextLineStart(text, from);
            for (; lineStart < text.Length; lineStart = NextLineStart(text, lineStart))
            {
                var indentEnd = lineStart;
                while (indentEnd < text.Length && text[indentEnd] == ' ')
                {
                    indentEnd++;
                }

                if (indentEnd < text.Length && text[indentEnd] == '\t')
                {
                    return TextPositions.SpanAt(text, indentEnd, 1);
                }
            }

            return null;
        }

        private static int NextLineStart(string text, int offset)
        {
            var newline = text.IndexOf('\n', offset);
            return newline < 0 ? text.Length : newline + 1;
        }
    }

    internal static SourceSpan ToSpan(Mark start, Mark end) =>
        new(checked((int)start.Index), checked((int)end.Index), checked((int)start.Line), checked((int)start.Column));

    /// <summary>Assembles nodes from parser events, one document at a time.</summary>
    private sealed class DocumentBuilder
    {
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
                    completedDocumentSpan = ToSpan(documentStart, end.End);
                    return null;
                case Scalar scalar:
                    var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
                    var isPlain = scalar.Style == ScalarStyle.Plain;
                    var type = ScalarTypeResolver.Resolve(scalar.Value, tag, isPlain);
                    aliasBudget.Decode(1, fromAlias: 0);
                    return ExcessiveAliasing(scalar) ?? Complete(new YamlScalar(scalar.Value, type, isPlain, ToSpan(scalar.Start, scalar.End)), scalar.Anchor, expandedSize: 1);
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return new YamlSyntaxError($"found undefined alias '{alias.Value.Value}'", ToSpan(alias.Start, alias.End));
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
            var span = ToSpan(start, end);
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
            new($"exceeded max depth of {MaxDepth}", ToSpan(at.Start, at.End));

        // go-yaml checks its budget at every node it decodes, so a document can also fail after its aliases.
        private YamlSyntaxError? ExcessiveAliasing(ParsingEvent at) =>
            aliasBudget.IsExceeded ? new YamlSyntaxError("document contains excessive aliasing", ToSpan(at.Start, at.End)) : null;

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

    private sealed class CollectionFrame
    {
        private YamlNode? pendingKey;
        private List<YamlEntry>? entries;
        private List<YamlNode>? items;

        public CollectionFrame(Mark start, AnchorName anchor, bool isMapping)
        {
            Start = start;
            Anchor = anchor;
            IsMapping = isMapping;
        }

        public Mark Start { get; }

        public AnchorName Anchor { get; }

        public bool IsMapping { get; }

        /// <summary>How many nodes this collection holds once every alias in it is expanded (itself included).</summary>
        public long ExpandedSize { get; set; } = 1;

        // Only one of the two is ever used: a mapping has entries, a sequence items.
        public List<YamlEntry> Entries => entries ??= new List<YamlEntry>();

        public List<YamlNode> Items => items ??= new List<YamlNode>();

        public void Add(YamlNode node)
        {
            if (!IsMapping)
            {
                Items.Add(node);
            }
            else if (pendingKey is null)
            {
                pendingKey = node;
            }
            else
            {
                Entries.Add(new YamlEntry(pendingKey, node));
                pendingKey = null;
            }
        }
    }

    /// <summary>
    /// go-yaml's defence against alias bombs (CVE-2019-11253, the "billion laughs" that took down
    /// the API server), which kubectl and the server inherit: while decoding a document it counts
    /// every node it produces and those produced by expanding an alias, and fails with "document
    /// contains excessive aliasing" once more than 100 of more than 1,000 nodes come from aliases
    /// and their share exceeds 99% (up to 400,000 nodes), falling linearly to 10% (at 4,000,000).
    /// Here aliases are not expanded, so an alias adds the expanded size of its anchored node.
    /// </summary>
    private sealed class AliasBudget
    {
        private const double RangeLow = 400_000;
        private const double RangeHigh = 4_000_000;

        // go-yaml counts the document node too.
        private long decoded = 1;
        private long fromAliases;

        public bool IsExceeded =>
            fromAliases > 100 && decoded > 1000 && (double)fromAliases / decoded > AllowedRatio(decoded);

        public static long Add(long left, long right) => left > long.MaxValue - right ? long.MaxValue : left + right;

        public void Reset()
        {
            decoded = 1;
            fromAliases = 0;
        }

        public void Decode(long nodes, long fromAlias)
        {
            decoded = Add(decoded, nodes);
            fromAliases = Add(fromAliases, fromAlias);
        }

        private static double AllowedRatio(long decodeCount) => decodeCount switch
        {
            <= (long)RangeLow => 0.99,
            >= (long)RangeHigh => 0.10,
            _ => 0.99 - (0.89 * ((decodeCount - RangeLow) / (RangeHigh - RangeLow))),
        };
    }

    /// <summary>
    /// YAML 1.1 merge keys (<c>&lt;&lt;: *defaults</c>), which go-yaml and therefore kubectl honour:
    /// merged keys come first so that the mapping's own keys win.
    /// </summary>
    private static class MergeKeys
    {
        public static IReadOnlyList<YamlEntry> Apply(List<YamlEntry> entries)
        {
            if (!entries.Exists(IsMerge))
            {
                return entries;
            }

            var merged = new List<YamlEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (IsMerge(entry))
                {
                    continue;
                }

                seen.Add(entry.KeyText);
            }

            foreach (var entry in entries)
            {
                if (!IsMerge(entry))
                {
                    continue;
                }

                // In a list of merged mappings the first one wins.
                foreach (var source in Sources(entry.Value))
                {
                    foreach (var inherited in source.Entries)
                    {
                        if (seen.Add(inherited.KeyText))
                        {
                            merged.Add(inherited);
                        }
                    }
                }
            }

            foreach (var entry in entries)
            {
                if (!IsMerge(entry) || Sources(entry.Value).Count == 0)
                {
                    merged.Add(entry);
                }
            }

            return merged;
        }

        private static bool IsMerge(YamlEntry entry) =>
            entry.Key is YamlScalar { IsPlain: true, Value: MergeKey };

        private static List<YamlMapping> Sources(YamlNode value)
        {
            var sources = new List<YamlMapping>();
            if (value is YamlMapping mapping)
            {
                sources.Add(mapping);
            }
            else if (value is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMapping itemMapping)
                    {
                        sources.Add(itemMapping);
                    }
                }
            }

            return sources;
        }
    }
}
