using System.Text;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Go's <c>time.ParseDuration</c>, for the verdict and the error text only: a sequence of decimal
/// numbers, each with an optional fraction and a unit ("ns", "us", "µs", "μs", "ms", "s", "m", "h"),
/// optionally signed; "0" alone needs no unit; the total must fit in an int64 of nanoseconds.
/// </summary>
internal static class GoDuration
{
    private const ulong Limit = 1UL << 63;

    /// <summary>Go's error message, or null when Go parses the duration.</summary>
    public static string? ParseError(string text)
    {
        // Go works on UTF-8 bytes: the units "µs" and "μs" are two bytes longer than they look.
        var s = Encoding.UTF8.GetBytes(text);
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            i = 1;
        }

        if (s.Length - i == 1 && s[i] == '0')
        {
            return null;
        }

        if (i == s.Length)
        {
            return Invalid(text);
        }

        ulong total = 0;
        while (i < s.Length)
        {
            if (!(s[i] == '.' || IsDigit(s[i])))
            {
                return Invalid(text);
            }

            // [0-9]*
            var start = i;
            ulong value = 0;
            for (; i < s.Length && IsDigit(s[i]); i++)
            {
                if (value > Limit / 10)
                {
                    return Invalid(text);
                }

                value = (value * 10) + (ulong)(s[i] - '0');
                if (value > Limit)
                {
                    return Invalid(text);
                }
            }

            var before = i > start;

            // (\.[0-9]*)?
            var after = false;
            ulong fraction = 0;
            double scale = 1;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var fractionStart = i;
                var overflow = false;
                for (; i < s.Length && IsDigit(s[i]); i++)
                {
                    if (overflow)
                    {
                        continue;
                    }

                    if (fraction > (long.MaxValue - 9) / 10)
                    {
                        overflow = true;
                        continue;
                    }

                    fraction = (fraction * 10) + (ulong)(s[i] - '0');
                    scale *= 10;
                }

                after = i > fractionStart;
            }

            if (!before && !after)
            {
                return Invalid(text);
            }

            // The unit: everything up to the next '.' or digit.
            var unitStart = i;
            for (; i < s.Length && s[i] != '.' && !IsDigit(s[i]); i++)
            {
            }

            if (i == unitStart)
            {
                return "time: missing unit in duration " + Quote(text);
            }

            var unitText = Encoding.UTF8.GetString(s, unitStart, i - unitStart);
            if (UnitNanoseconds(unitText) is not { } unit)
            {
                return "time: unknown unit " + Quote(s, unitStart, i - unitStart) + " in duration " + Quote(text);
            }

            if (value > Limit / unit)
            {
                return Invalid(text);
            }

            value *= unit;
            if (fraction > 0)
            {
                value += (ulong)(fraction * (unit / scale));
                if (value > Limit)
                {
                    return Invalid(text);
                }
            }

            total += value;
            if (total > Limit)
            {
                return Invalid(text);
            }
        }

        return !negative && total > Limit - 1 ? Invalid(text) : null;
    }

    private static bool IsDigit(byte value) => value >= '0' && value <= '9';

    private static ulong? UnitNanoseconds(string unit) => unit switch
    {
        "ns" => 1UL,
        "us" or "\u00b5s" or "\u03bcs" => 1_000UL,
        "ms" => 1_000_000UL,
        "s" => 1_000_000_000UL,
        "m" => 60UL * 1_000_000_000UL,
        "h" => 3600UL * 1_000_000_000UL,
        _ => null,
    };

    private static string Invalid(string text) => "time: invalid duration " + Quote(text);

    private static string Quote(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Quote(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// The time package's own quote: ASCII from ' ' up as it is (with '"' and '\' escaped), every
    /// byte of anything else as \xNN. Works on the UTF-8 bytes, as Go does.
    /// </summary>
    private static string Quote(byte[] bytes, int start, int length)
    {
        var builder = new StringBuilder(length + 2).Append('"');
        for (var i = start; i < start + length; i++)
        {
            var b = bytes[i];
            if (b >= 0x80 || b < ' ')
            {
                builder.Append("\\x").Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                if (b == '"' || b == '\\')
                {
                    builder.Append('\\');
                }

                builder.Append((char)b);
            }
        }

        return builder.Append('"').ToString();
    }
}
