using System.Globalization;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// A Job's index list ("1,3-5,7") as validateIndexesFormat and parseIndexInterval in
/// pkg/apis/batch/validation read it for a successPolicy rule's succeededIndexes.
/// </summary>
internal static class JobIndexes
{
    /// <summary>The parse error, or null with <paramref name="total"/> the number of indexes listed.</summary>
    public static string? FormatError(string indexes, long completions, out long total)
    {
        total = 0;
        if (indexes.Length == 0)
        {
            return null;
        }

        long? last = null;
        long sum = 0;
        foreach (var interval in indexes.Split(','))
        {
            if (ParseInterval(interval, completions, out var first, out var end) is { } error)
            {
                return error;
            }

            if (last is { } previous && previous >= first)
            {
                return NonIncreasing(previous, first);
            }

            sum += end - first + 1;
            last = end;
        }

        total = sum;
        return null;
    }

    private static string? ParseInterval(string interval, long completions, out long first, out long end)
    {
        first = end = 0;
        var limits = interval.Split('-');
        if (limits.Length > 2)
        {
            return "the fragment " + FieldErrors.GoQuote(interval) + " violates the requirement that an index interval can have at most two parts separated by '-'";
        }

        if (Limit(limits[0], completions, out first) is { } firstError)
        {
            return firstError;
        }

        end = first;
        if (limits.Length == 2)
        {
            if (Limit(limits[1], completions, out end) is { } endError)
            {
                return endError;
            }

            if (first >= end)
            {
                return NonIncreasing(first, end);
            }
        }

        return null;
    }

    private static string? Limit(string text, long completions, out long value)
    {
        if (!GoAtoi.TryParse(text, out value))
        {
            return "cannot convert string to integer for index: " + FieldErrors.GoQuote(text);
        }

        return value >= completions ? "too large index: " + FieldErrors.GoQuote(text) : null;
    }

    private static string NonIncreasing(long previous, long current) =>
        "non-increasing order, previous: " + previous.ToString(CultureInfo.InvariantCulture) + ", current: " + current.ToString(CultureInfo.InvariantCulture);
}
