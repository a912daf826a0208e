using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodAnalyzers.Yaml;

/// <summary>
/// Turns a YAML stream into positioned nodes (<see cref="DocumentBuilder"/> assembles them from YamlDotNet's events).
/// Builds the tree with an explicit stack (deep nesting cannot overflow the call stack) and
/// resolves aliases to the anchored node instead of copying it. Whoever walks the tree still
/// meets an aliased node once per alias, so a document whose aliases expand it beyond what
/// go-yaml (and so kubectl) accepts is refused the way go-yaml refuses it (see <see cref="AliasBudget"/>).
/// </summary>
internal static class YamlReader
{
    private const int EventsBetweenCancellationChecks = 512;

    private static readonly Regex ExceptionPositionPrefix = new(
        @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ",
        RegexOptions.CultureInvariant);

    public static YamlStream Read(string text, CancellationToken cancellationToken = default)
    {
        if (NonPrintableCharacter.Find(text) is { } unprintable)
        {
            return new YamlStream(new YamlDocument[0], unprintable);
        }

        // YamlDotNet reads a repaired copy where it refuses valid YAML; offsets stay those of the text.
        var parsed = text;
        while (true)
        {
            var stream = Parse(text, parsed, cancellationToken, out var refusal);
            if (refusal is null || !BlankBlockScalarLines.TryRepair(parsed, refusal, out parsed))
            {
                return stream;
            }
        }
    }

    private static YamlStream Parse(string text, string parsed, CancellationToken cancellationToken, out YamlException? refusal)
    {
        refusal = null;
        var documents = new List<YamlDocument>();
        var builder = new DocumentBuilder(text);
        var parser = new Parser(new StringReader(parsed));
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
            refusal = exception;

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

        var parsed = text;
        while (true)
        {
            comments.Clear();
            var refusal = ScanComments(text, parsed, comments, cancellationToken);
            if (refusal is null || !BlankBlockScalarLines.TryRepair(parsed, refusal, out parsed))
            {
                return comments;
            }
        }
    }

    private static YamlException? ScanComments(string text, string parsed, List<YamlComment> comments, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(new StringReader(parsed), skipComments: false);
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
        catch (YamlException exception)
        {
            // A syntax error: keep what was read.
            return exception;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Hostile input YamlDotNet fails on otherwise: keep what was read.
        }

        return null;
    }

    internal static SourceSpan ToSpan(Mark start, Mark end) =>
        new(checked((int)start.Index), checked((int)end.Index), checked((int)start.Line), checked((int)start.Column));

}
