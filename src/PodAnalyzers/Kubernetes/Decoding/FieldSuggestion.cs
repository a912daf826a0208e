using System;
using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Decoding;

/// <summary>The real field an unknown key most plausibly meant: the same letters in another case, or a small edit.</summary>
internal static class FieldSuggestion
{
    public static string? For(string unknown, IEnumerable<string> fields)
    {
        if (unknown.Length < 3)
        {
            return null;
        }

        var maxDistance = unknown.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var field in fields)
        {
            if (string.Equals(field, unknown, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }

            var distance = Distance(unknown, field, maxDistance);
            if (distance <= maxDistance && distance < bestDistance)
            {
                best = field;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) between the two, case-insensitively; above <paramref name="limit"/> when further.</summary>
    private static int Distance(string left, string right, int limit)
    {
        if (Math.Abs(left.Length - right.Length) > limit)
        {
            return limit + 1;
        }

        var rows = new int[3, right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            var current = i % 3;
            var previous = (i - 1) % 3;
            rows[current, 0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = char.ToLowerInvariant(left[i - 1]) == char.ToLowerInvariant(right[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous, j] + 1, rows[current, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    value = Math.Min(value, rows[(i - 2) % 3, j - 2] + 1);
                }

                rows[current, j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }
        }

        return rows[left.Length % 3, right.Length];
    }
}
