namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>Go's <c>strconv.Atoi</c> on a 64-bit platform: an optional sign and decimal digits, nothing else.</summary>
internal static class GoAtoi
{
    /// <summary>Whether Atoi returns no error: valid syntax and within the int64 range.</summary>
    public static bool TryParse(string text, out long value) => Scan(text, out value) == Outcome.Ok;

    /// <summary>What Atoi returns whatever its error: 0 on a syntax error, the clamped value on overflow.</summary>
    public static long Parse(string text)
    {
        Scan(text, out var value);
        return value;
    }

    private enum Outcome
    {
        Ok,
        Syntax,
        Range,
    }

    private static Outcome Scan(string text, out long value)
    {
        value = 0;
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        if (text.Length == start)
        {
            return Outcome.Syntax;
        }

        var negative = text[0] == '-';
        ulong magnitude = 0;
        var overflow = false;
        for (var i = start; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return Outcome.Syntax;
            }

            if (!overflow)
            {
                if (magnitude > (ulong.MaxValue - digit) / 10)
                {
                    overflow = true;
                }
                else
                {
                    magnitude = (magnitude * 10) + digit;
                }
            }
        }

        var limit = negative ? (ulong)long.MaxValue + 1 : long.MaxValue;
        if (overflow || magnitude > limit)
        {
            value = negative ? long.MinValue : long.MaxValue;
            return Outcome.Range;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return Outcome.Ok;
    }
}
