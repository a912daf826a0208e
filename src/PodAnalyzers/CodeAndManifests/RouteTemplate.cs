using System;
using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// A route template as ASP.NET Core's routing matches it against a request path: segments of
/// literal text and parameters (<c>{id}</c>, <c>{id:int}</c>, <c>{id?}</c>, <c>{id=5}</c>,
/// <c>{name}.{ext}</c>), literals compared case-insensitively, a parameter matching one segment
/// whatever its constraints (a constraint can only narrow a match, so ignoring it never makes a
/// mapped path look unmapped), optional parameters absent at the end. Catch-all parameters are not
/// modelled: <see cref="Parse"/> refuses them, and a table with one is unknown.
/// </summary>
internal sealed class RouteTemplate
{
    private readonly IReadOnlyList<Segment> segments;

    private readonly bool matchesBelow;

    private RouteTemplate(string text, IReadOnlyList<Segment> segments, bool matchesBelow = false)
    {
        Text = text;
        this.segments = segments;
        this.matchesBelow = matchesBelow;
    }

    /// <summary>The template as messages show it, with a leading <c>/</c>: <c>/api/items/{id}</c>.</summary>
    public string Text { get; }

    /// <summary>The template of a pattern or attribute route; null for a catch-all, unbalanced braces or an empty segment.</summary>
    public static RouteTemplate? Parse(string template)
    {
        var trimmed = TrimSlashes(template);
        var segments = new List<Segment>();
        if (trimmed.Length > 0)
        {
            foreach (var text in trimmed.Split('/'))
            {
                if (Segment.Parse(text) is not { } segment)
                {
                    return null;
                }

                segments.Add(segment);
            }
        }

        return new RouteTemplate("/" + trimmed, segments);
    }

    /// <summary>A path matched literally, as <c>UseHealthChecks("/health")</c> matches: braces are text.</summary>
    public static RouteTemplate Literal(string path) => OfText(path, matchesBelow: false);

    /// <summary>A path and every path below it, as middleware that serves a whole prefix answers (Swagger's <c>/swagger</c>).</summary>
    public static RouteTemplate Prefix(string path) => OfText(path, matchesBelow: true);

    /// <summary>
    /// A group prefix and a pattern as <c>RoutePatternFactory.Combine</c> joins them
    /// (<c>MapGroup("/api").MapGet("/items")</c> is <c>/api/items</c>).
    /// </summary>
    public static string Combine(string prefix, string pattern)
    {
        var left = prefix.TrimEnd('/');
        var right = pattern.TrimStart('/');
        return right.Length == 0 ? (left.Length == 0 ? "/" : left) : left + "/" + right;
    }

    /// <summary>Whether a request for the path, split by <see cref="RequestPath.Segments"/>, reaches this template.</summary>
    public bool Matches(IReadOnlyList<string> pathSegments)
    {
        if (pathSegments.Count > segments.Count && !matchesBelow)
        {
            return false;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (i < pathSegments.Count ? !segments[i].Matches(pathSegments[i]) : !segments[i].MayBeAbsent)
            {
                return false;
            }
        }

        return true;
    }

    private static RouteTemplate OfText(string path, bool matchesBelow)
    {
        var trimmed = TrimSlashes(path);
        var segments = new List<Segment>();
        if (trimmed.Length > 0)
        {
            foreach (var text in trimmed.Split('/'))
            {
                segments.Add(Segment.OfText(text));
            }
        }

        return new RouteTemplate("/" + trimmed + (matchesBelow ? "/..." : string.Empty), segments, matchesBelow);
    }

    private static string TrimSlashes(string template)
    {
        var text = template.Trim();
        if (text.StartsWith("~/", StringComparison.Ordinal))
        {
            text = text.Substring(2);
        }

        return text.Trim('/');
    }

    /// <summary>A part of a segment: literal text, or a parameter.</summary>
    private sealed record Part(string? Literal, bool IsOptional)
    {
        public bool IsParameter => Literal is null;
    }

    private sealed class Segment
    {
        private readonly IReadOnlyList<Part> parts;

        private Segment(IReadOnlyList<Part> parts) => this.parts = parts;

        /// <summary>A segment that is one optional parameter: the request may end before it.</summary>
        public bool MayBeAbsent => parts.Count == 1 && parts[0] is { IsParameter: true, IsOptional: true };

        public static Segment OfText(string text) => new(new[] { new Part(text, false) });

        public static Segment? Parse(string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            var parts = new List<Part>();
            var literal = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var character = text[i];
                if (character == '{' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    literal.Append('{');
                    i++;
                }
                else if (character == '}' && i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i++;
                }
                else if (character == '}')
                {
                    return null;
                }
                else if (character == '{')
                {
                    if (ParameterEnd(text, i + 1) is not { } end)
                    {
                        return null;
                    }

                    var parameter = text.Substring(i + 1, end - i - 1);
                    if (parameter.Length == 0 || parameter[0] == '*')
                    {
                        return null;
                    }

                    if (literal.Length > 0)
                    {
                        parts.Add(new Part(literal.ToString(), false));
                        literal.Clear();
                    }

                    parts.Add(new Part(null, IsOptionalParameter(parameter)));
                    i = end;
                }
                else
                {
                    literal.Append(character);
                }
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), false));
            }

            return new Segment(parts);
        }

        public bool Matches(string text) => Matches(text, 0, 0);

        private static int? ParameterEnd(string text, int start)
        {
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] == '}')
                {
                    // "}}" inside a parameter is an escaped brace of a constraint (regex(^\d{{3}}$)).
                    if (i + 1 < text.Length && text[i + 1] == '}')
                    {
                        i++;
                        continue;
                    }

                    return i;
                }
            }

            return null;
        }

        private static bool IsOptionalParameter(string parameter) =>
            parameter.EndsWith("?", StringComparison.Ordinal) || NameEnd(parameter) is { } end && end < parameter.Length && parameter[end] == '=';

        private static int? NameEnd(string parameter)
        {
            var end = parameter.IndexOfAny(new[] { ':', '=', '?' });
            return end < 0 ? null : end;
        }

        private bool Matches(string text, int part, int position)
        {
            if (part == parts.Count)
            {
                return position == text.Length;
            }

            var current = parts[part];
            if (!current.IsParameter)
            {
                var literal = current.Literal!;
                if (position + literal.Length <= text.Length
                    && string.Compare(text, position, literal, 0, literal.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && Matches(text, part + 1, position + literal.Length))
                {
                    return true;
                }

                // "{name}.{ext?}": the separator before a trailing optional parameter goes with it.
                return literal == "." && part == parts.Count - 2 && parts[part + 1].IsOptional && position == text.Length;
            }

            if (current.IsOptional && position == text.Length && part == parts.Count - 1)
            {
                return true;
            }

            // A parameter takes at least one character; the rest is tried shortest first.
            for (var end = position + 1; end <= text.Length; end++)
            {
                if (Matches(text, part + 1, end))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
