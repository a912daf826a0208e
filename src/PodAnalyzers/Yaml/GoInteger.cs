using System;

namespace PodAnalyzers.Yaml;

/// <summary>Go's base-0 integer syntax, as go-yaml reads it: sign, 0x/0o/0b prefixes, leading-0 octal, underscores.</summary>
internal static class GoInteger
{
    /// <summary>The integer <paramref name="text"/> denotes, when it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static bool TryParse(string text, long min, long max, out long value)
    {
        value = 0;
        var digits = text.Replace("_", string.Empty);
        var negative = digits.StartsWith("-", StringComparison.Ordinal);
        if (negative || digits.StartsWith("+", StringComparison.Ordinal))
        {
            digits = digits.Substring(1);
        }

        var radix = 10u;
        if (digits.Length > 1 && digits[0] == '0')
        {
            (radix, digits) = char.ToLowerInvariant(digits[1]) switch
            {
                'x' => (16u, digits.Substring(2)),
                'o' => (8u, digits.Substring(2)),
                'b' => (2u, digits.Substring(2)),
                _ => (8u, digits.Substring(1)),
            };
        }

        // Magnitudes up to 2^63 are exact; anything larger is out of every range asked for.
        const ulong Limit = 1UL << 63;
        ulong magnitude = 0;
        foreach (var digit in digits)
        {
            var digitValue = digit switch
            {
                >= '0' and <= '9' => (uint)(digit - '0'),
                >= 'a' and <= 'f' => (uint)(digit - 'a' + 10),
                >= 'A' and <= 'F' => (uint)(digit - 'A' + 10),
                _ => radix,
            };
            if (digitValue >= radix || magnitude > (Limit - digitValue) / radix)
            {
                return false;
            }

            magnitude = (magnitude * radix) + digitValue;
        }

        if (digits.Length == 0 || (!negative && magnitude == Limit))
        {
            return false;
        }

        var signed = negative ? (magnitude == Limit ? long.MinValue : -(long)magnitude) : (long)magnitude;
        if (signed < min || signed > max)
        {
            return false;
        }

        value = signed;
        return true;
    }
}
