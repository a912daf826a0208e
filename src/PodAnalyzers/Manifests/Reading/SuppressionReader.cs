using System;
using System.Collections.Generic;
using System.Threading;
using PodAnalyzers.Findings;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>
/// Reads the suppressions written in a manifest:
/// <c># podanalyzers:disable-line POD1053</c>, <c># podanalyzers:disable-next-line POD1010,POD1053 -- why</c>
/// (comments found by the YAML scanner, so never inside quoted or block scalars), and the annotation
/// <c>podanalyzers.io/suppress: "POD1010,POD1053"</c> on an object.
/// </summary>
internal static class SuppressionReader
{
    public const string AnnotationKey = "podanalyzers.io/suppress";
    public const string DirectivePrefix = "podanalyzers:";
    public const string DisableLine = "disable-line";
    public const string DisableNextLine = "disable-next-line";

    public static List<Suppression> FromComments(string text, CancellationToken cancellationToken)
    {
        var suppressions = new List<Suppression>();
        if (text.IndexOf(DirectivePrefix, StringComparison.Ordinal) < 0)
        {
            return suppressions;
        }

        var comments = YamlReader.ReadComments(text, cancellationToken);
        var lines = new LineTable(text, comments);
        foreach (var comment in comments)
        {
            var body = comment.Text.Substring(1).TrimStart();
            if (!body.StartsWith(DirectivePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var afterPrefix = comment.Text.IndexOf(DirectivePrefix, StringComparison.Ordinal) + DirectivePrefix.Length;
            var nameEnd = afterPrefix;
            while (nameEnd < comment.Text.Length && !char.IsWhiteSpace(comment.Text[nameEnd]))
            {
                nameEnd++;
            }

            var directive = comment.Text.Substring(afterPrefix, nameEnd - afterPrefix);
            var rules = ParseRules(comment.Text, nameEnd, offset => Shift(comment.Span, offset), out var justification);
            switch (directive)
            {
                case DisableLine:
                    suppressions.Add(new Suppression(SuppressionForm.DisableLine, comment.Span, rules, justification, comment.Span, comment.Span.Line));
                    break;
                case DisableNextLine:
                    suppressions.Add(new Suppression(SuppressionForm.DisableNextLine, comment.Span, rules, justification, comment.Span, lines.NextContentLine(comment.Span.Line)));
                    break;
                default:
                    suppressions.Add(new Suppression(
                        SuppressionForm.DisableLine,
                        comment.Span,
                        new SuppressedRule[0],
                        justification,
                        comment.Span,
                        targetLine: 0,
                        problem: $"'{DirectivePrefix}{directive}' is not a PodAnalyzers directive; write '{DirectivePrefix}{DisableLine}' or '{DirectivePrefix}{DisableNextLine}'"));
                    break;
            }
        }

        return suppressions;
    }

    /// <summary>The annotation on an object; <paramref name="objectSpan"/> is what it covers.</summary>
    public static Suppression FromAnnotation(string text, YamlScalar value, SourceSpan objectSpan)
    {
        var raw = value.Span.End <= text.Length ? text.Substring(value.Span.Start, value.Span.Length) : string.Empty;
        var parsed = ParseRules(value.Value, 0, _ => value.Span, out var justification);

        // Point each rule at its own text when the value is written as it reads (plain or simply quoted).
        var located = new List<SuppressedRule>(parsed.Count);
        var searchFrom = 0;
        foreach (var rule in parsed)
        {
            var at = raw.IndexOf(rule.Id, searchFrom, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                located.Add(new SuppressedRule(rule.Id, value.Span));
                continue;
            }

            located.Add(new SuppressedRule(rule.Id, TextPositions.SpanAt(text, value.Span.Start + at, rule.Id.Length)));
            searchFrom = at + rule.Id.Length;
        }

        return new Suppression(SuppressionForm.Annotation, value.Span, located, justification, objectSpan, targetLine: 0);
    }

    /// <summary>"POD1010, POD1053 -- why": IDs separated by commas or spaces, then an optional justification.</summary>
    private static List<SuppressedRule> ParseRules(string text, int from, Func<int, SourceSpan> spanAt, out string? justification)
    {
        justification = null;
        var end = text.IndexOf("--", from, StringComparison.Ordinal);
        if (end >= 0)
        {
            var reason = text.Substring(end + 2).Trim();
            justification = reason.Length == 0 ? null : reason;
        }
        else
        {
            end = text.Length;
        }

        var rules = new List<SuppressedRule>();
        var i = from;
        while (i < end)
        {
            if (text[i] == ',' || char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && text[i] != ',' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var span = spanAt(start);
            rules.Add(new SuppressedRule(text.Substring(start, i - start), new SourceSpan(span.Start, span.Start + (i - start), span.Line, span.Column)));
        }

        return rules;
    }

    private static SourceSpan Shift(SourceSpan comment, int offset) =>
        new(comment.Start + offset, comment.Start + offset, comment.Line, comment.Column + offset);

    /// <summary>Which lines hold YAML content (not blank, not only a comment).</summary>
    private sealed class LineTable
    {
        private readonly List<int> starts = new() { 0 };
        private readonly string text;
        private readonly HashSet<int> commentStarts = new();

        public LineTable(string text, IReadOnlyList<YamlComment> comments)
        {
            this.text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            foreach (var comment in comments)
            {
                commentStarts.Add(comment.Span.Start);
            }
        }

        /// <summary>The first line after <paramref name="line"/> that is neither blank nor only a comment; 0 when none.</summary>
        public int NextContentLine(int line)
        {
            for (var next = line + 1; next <= starts.Count; next++)
            {
                var i = starts[next - 1];
                while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                }

                var blank = i >= text.Length || text[i] == '\r' || text[i] == '\n';
                if (!blank && !commentStarts.Contains(i))
                {
                    return next;
                }
            }

            return 0;
        }
    }
}
