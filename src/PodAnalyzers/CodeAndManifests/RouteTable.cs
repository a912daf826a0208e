using System;
using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// Every path the app's endpoints map, when all of them are known (POD2024). A table is built
/// only from constant routes; whatever could map a path the analysis cannot see (a computed
/// pattern, a catch-all, a fallback, conventional routes, middleware that answers by itself) makes
/// the extraction give up rather than build a partial table.
/// </summary>
internal sealed class RouteTable
{
    private RouteTable(IReadOnlyList<RouteTemplate> routes) => Routes = routes;

    public IReadOnlyList<RouteTemplate> Routes { get; }

    /// <summary>The table of route patterns and literal paths; null when a pattern cannot be modelled (a catch-all).</summary>
    /// <param name="prefixes">Paths answered with everything below them.</param>
    public static RouteTable? Create(IEnumerable<string> patterns, IEnumerable<string> literalPaths, IEnumerable<string> prefixes)
    {
        var routes = new List<RouteTemplate>();
        foreach (var pattern in patterns)
        {
            if (RouteTemplate.Parse(pattern) is not { } template)
            {
                return null;
            }

            routes.Add(template);
        }

        routes.AddRange(literalPaths.Select(RouteTemplate.Literal));
        routes.AddRange(prefixes.Select(RouteTemplate.Prefix));
        return new RouteTable(routes);
    }

    /// <summary>Whether some endpoint answers a GET of the probe's path (its query string and fragment ignored).</summary>
    public bool Maps(string probePath)
    {
        var segments = RequestPath.Segments(probePath);
        return Routes.Any(route => route.Matches(segments));
    }

    /// <summary>
    /// The mapped templates closest to the path by edit distance (case-insensitive, a parameter
    /// counting as one character, so <c>/api/items</c> is near <c>/api/items/{id:int}</c>), at most
    /// <paramref name="count"/>, nearest first.
    /// </summary>
    public IReadOnlyList<string> Nearest(string probePath, int count = 3)
    {
        var path = "/" + string.Join("/", RequestPath.Segments(probePath));
        return Routes
            .Select(route => route.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(text => (Text: text, Distance: EditDistance(path.ToLowerInvariant(), CollapseParameters(text).ToLowerInvariant())))
            .OrderBy(route => route.Distance)
            .ThenBy(route => route.Text, StringComparer.Ordinal)
            .Take(count)
            .Select(route => route.Text)
            .ToList();
    }

    private static string CollapseParameters(string template)
    {
        var builder = new System.Text.StringBuilder(template.Length);
        var depth = 0;
        foreach (var character in template)
        {
            if (character == '{' && depth++ == 0)
            {
                builder.Append('*');
            }
            else if (character == '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

/// <summary>The path of a request as routing sees it.</summary>
internal static class RequestPath
{
    /// <summary>
    /// The decoded segments of a probe's path: the query string and fragment dropped, a missing
    /// leading <c>/</c> supplied (the kubelet adds it), a trailing <c>/</c> ignored, <c>%xx</c> decoded.
    /// </summary>
    public static IReadOnlyList<string> Segments(string path)
    {
        var end = path.IndexOfAny(new[] { '?', '#' });
        var trimmed = (end < 0 ? path : path.Substring(0, end)).Trim('/');
        return trimmed.Length == 0
            ? Array.Empty<string>()
            : trimmed.Split('/').Select(Decode).ToArray();
    }

    private static string Decode(string segment)
    {
        try
        {
            return Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            return segment;
        }
    }
}
