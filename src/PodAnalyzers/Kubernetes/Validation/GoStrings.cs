using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>The few Go <c>strings</c>/<c>strconv</c> functions the cron parser relies on, with Go's edge cases.</summary>
internal static class GoStrings
{
    /// <summary><c>strings.Fields</c>: split around runs of Unicode white space.</summary>
    public static List<string> Fields(string value)
    {
        var fields = new List<string>();
        var start = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                if (start >= 0)
                {
                    fields.Add(value.Substring(start, i - start));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            fields.Add(value.Substring(start));
        }

        return fields;
    }

    /// <summary><c>strings.TrimSpace</c>: leading and trailing Unicode white space.</summary>
    public static string TrimSpace(string value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        return value.Substring(start, end - start);
    }

    /// <summary>
    /// <c>strings.ToLower</c>, as far as it can matter for ASCII names: ASCII letters, plus the two
    /// characters whose Go lower case is ASCII (U+0130 'İ' is 'i', U+212A KELVIN SIGN is 'k').
    /// Anything else that is not ASCII cannot lower to a name.
    /// </summary>
    public static string ToLower(string value)
    {
        var characters = value.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            var c = characters[i];
            characters[i] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                '\u0130' => 'i',
                '\u212a' => 'k',
                _ => c,
            };
        }

        return new string(characters);
    }

    /// <summary>
    /// <c>strconv.Atoi</c> on 64-bit Go: an optional sign and decimal digits within int64. Returns
    /// its error text (<c>strconv.Atoi: parsing "x": invalid syntax</c> or <c>... value out of
    /// range</c>), or null with the number.
    /// </summary>
    public static string? AtoiError(string text, out long number)
    {
        number = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        if (i == text.Length)
        {
            return Error(text, "invalid syntax");
        }

        // ParseUint: digit by digit, a non-digit is a syntax error, overflowing uint64 a range error.
        ulong value = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return Error(text, "invalid syntax");
            }

            var digit = (ulong)(c - '0');
            if (value > (ulong.MaxValue - digit) / 10)
            {
                return Error(text, "value out of range");
            }

            value = (value * 10) + digit;
        }

        // ParseInt: then the int64 range.
        const ulong Cutoff = 1UL << 63;
        if ((!negative && value >= Cutoff) || (negative && value > Cutoff))
        {
            return Error(text, "value out of range");
        }

        number = negative ? (long)(0 - value) : (long)value;
        return null;
    }

    private static string Error(string text, string reason) => "strconv.Atoi: parsing " + FieldErrors.GoQuote(text) + ": " + reason;
}
