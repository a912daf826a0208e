using System;
using System.Globalization;
using System.Numerics;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// <c>ParseQuantity</c>, step by step: <c>parseQuantityString</c> splits sign, number and
/// suffix; the suffix gives base and exponent; up to 18 digits take the int64 fast path, the rest
/// an inf.Dec rounded up to nano units (BinarySI capped at 2^63-1). Scales are Go int32s and wrap
/// as they do there.
/// </summary>
internal sealed partial class Quantity
{
    /// <summary>The parser's error texts (ErrFormatWrong, ErrNumeric, ErrSuffix).</summary>
    public const string FormatWrongMessage = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    public const string NumericMessage = "unable to parse numeric part of quantity";
    public const string SuffixMessage = "unable to parse quantity's suffix";

    private const int Nano = -9;
    private const int MaxInt64Factors = 18;
    private static readonly BigInteger MaxInt64 = long.MaxValue;

    /// <summary>The quantity <paramref name="text"/> denotes, or null with the parser's error text.</summary>
    public static Quantity? Parse(string text, out string? error)
    {
        error = null;
        if (text.Length == 0)
        {
            error = FormatWrongMessage;
            return null;
        }

        if (text == "0")
        {
            return new Quantity(QuantityFormat.DecimalSI, "0", 0, 0);
        }

        if (!Split(text, out var positive, out var value, out var num, out var denom, out var suffix))
        {
            error = FormatWrongMessage;
            return null;
        }

        if (!Interpret(suffix, out var isBinary, out var exponent, out var format))
        {
            error = SuffixMessage;
            return null;
        }

        var quantity = FastPath(text, positive, num, denom, isBinary, exponent, format) ?? SlowPath(value, isBinary, exponent, format);
        if (quantity is null)
        {
            error = NumericMessage;
        }

        return quantity;
    }

    /// <summary>parseQuantityString: leading sign, leading zeros, numerator, optional denominator, suffix.</summary>
    private static bool Split(string text, out bool positive, out string value, out string num, out string denom, out string suffix)
    {
        positive = true;
        value = num = denom = suffix = string.Empty;
        var end = text.Length;
        var pos = 0;
        if (text[0] is '-' or '+')
        {
            positive = text[0] == '+';
            pos++;
        }

        while (pos < end && text[pos] == '0')
        {
            pos++;
        }

        if (pos >= end)
        {
            num = value = "0";
            return true;
        }

        var start = pos;
        while (pos < end && IsDigit(text[pos]))
        {
            pos++;
        }

        num = pos > start ? text.Substring(start, pos - start) : "0";
        if (pos >= end)
        {
            value = text;
            return true;
        }

        if (text[pos] == '.')
        {
            var denomStart = ++pos;
            while (pos < end && IsDigit(text[pos]))
            {
                pos++;
            }

            denom = text.Substring(denomStart, pos - denomStart);
            if (pos >= end)
            {
                value = text;
                return true;
            }
        }

        value = text.Substring(0, pos);
        var suffixStart = pos;
        while (pos < end && "eEinumkKMGTP".IndexOf(text[pos]) >= 0)
        {
            pos++;
        }

        if (pos < end && text[pos] is '-' or '+')
        {
            pos++;
        }

        while (pos < end && IsDigit(text[pos]))
        {
            pos++;
        }

        suffix = text.Substring(suffixStart);
        return pos >= end;
    }

    /// <summary>quantitySuffixer.interpret: the SI tables, then <c>e</c>/<c>E</c> and a base-10 int64 exponent (cut to int32).</summary>
    private static bool Interpret(string suffix, out bool isBinary, out int exponent, out QuantityFormat format)
    {
        isBinary = false;
        format = QuantityFormat.DecimalSI;
        exponent = suffix switch
        {
            "" => 0,
            "n" => -9,
            "u" => -6,
            "m" => -3,
            "k" => 3,
            "M" => 6,
            "G" => 9,
            "T" => 12,
            "P" => 15,
            "E" => 18,
            _ => int.MinValue,
        };
        if (exponent != int.MinValue)
        {
            return true;
        }

        var binary = Array.IndexOf(new[] { "Ki", "Mi", "Gi", "Ti", "Pi", "Ei" }, suffix);
        if (binary >= 0)
        {
            isBinary = true;
            format = QuantityFormat.BinarySI;
            exponent = (binary + 1) * 10;
            return true;
        }

        format = QuantityFormat.DecimalExponent;
        exponent = 0;
        if (suffix.Length > 1 && suffix[0] is 'e' or 'E' && GoParseInt64(suffix.Substring(1), out var parsed))
        {
            exponent = unchecked((int)parsed);
            return true;
        }

        return false;
    }

    /// <summary>Up to 18 significant digits at a scale of at least nano: an int64Amount, keeping the text when it looks canonical.</summary>
    private static Quantity? FastPath(string text, bool positive, string num, string denom, bool isBinary, int exponent, QuantityFormat format)
    {
        int precision;
        var scale = 0;
        long mantissa = 1;
        if (!isBinary)
        {
            scale = exponent;
            precision = MaxInt64Factors - (num.Length + denom.Length);
        }
        else if (denom.Length == 0)
        {
            mantissa = 1L << exponent;
            precision = 15 - num.Length - (exponent * 3 / 10) - 1;
        }
        else
        {
            precision = -1;
        }

        if (precision < 0)
        {
            return null;
        }

        scale = unchecked(scale - denom.Length);
        if (scale < Nano)
        {
            return null;
        }

        var shifted = num + denom;
        var value = long.Parse(shifted, NumberStyles.None, CultureInfo.InvariantCulture);
        var product = (BigInteger)value * mantissa;
        if (product > MaxInt64)
        {
            return null;
        }

        var result = positive ? (long)product : -(long)product;
        var looksCanonical = isBinary
            ? exponent % 10 == 0 && (value & 0x07) != 0
            : scale % 3 == 0 && !shifted.EndsWith("000", StringComparison.Ordinal) && shifted[0] != '0';
        return new Quantity(format, looksCanonical ? text : null, result, scale);
    }

    /// <summary>
    /// inf.Dec's SetString of the number (its sign included: an all-zero number lost it), the suffix
    /// applied, rounded up (away from zero) to nano units.
    /// </summary>
    private static Quantity? SlowPath(string value, bool isBinary, int exponent, QuantityFormat format)
    {
        if (!TryParseDecimal(value, out var unscaled, out var scale))
        {
            return null;
        }

        long infScale = scale;
        if (isBinary)
        {
            unscaled <<= exponent;
        }
        else
        {
            infScale = unchecked((int)(scale - exponent));
        }

        var negative = unscaled.Sign < 0;
        var magnitude = BigInteger.Abs(unscaled);
        if (!magnitude.IsZero && infScale > -Nano)
        {
            magnitude = DivideRoundingUp(magnitude, infScale + Nano);
            infScale = -Nano;
        }

        var capped = false;
        if (isBinary && CompareScaled(magnitude, infScale, MaxInt64) > 0)
        {
            magnitude = MaxInt64;
            infScale = 0;
            capped = true;
        }

        if (isBinary && !magnitude.IsZero && CompareScaled(magnitude, infScale, BigInteger.One) < 0)
        {
            format = QuantityFormat.DecimalSI;
        }

        return new Quantity(format, negative ? -magnitude : magnitude, -infScale, capped);
    }

    /// <summary>inf.Dec's scan: an optional sign, digits with at most one point, at least one digit.</summary>
    private static bool TryParseDecimal(string value, out BigInteger unscaled, out int scale)
    {
        unscaled = BigInteger.Zero;
        scale = 0;
        var start = value.Length > 0 && value[0] is '+' or '-' ? 1 : 0;
        var point = value.IndexOf('.');
        var digits = point < 0 ? value.Substring(start) : value.Substring(start, point - start) + value.Substring(point + 1);
        if (digits.Length == 0)
        {
            return false;
        }

        unscaled = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value[0] == '-')
        {
            unscaled = -unscaled;
        }

        scale = point < 0 ? 0 : value.Length - point - 1;
        return true;
    }

    /// <summary>⌈value / 10^power⌉ for a non-negative value.</summary>
    private static BigInteger DivideRoundingUp(BigInteger value, long power)
    {
        if (power > Digits(value))
        {
            return BigInteger.One;
        }

        var divisor = BigInteger.Pow(10, (int)power);
        var quotient = BigInteger.DivRem(value, divisor, out var remainder);
        return remainder.IsZero ? quotient : quotient + 1;
    }

    /// <summary>Compares a BinarySI magnitude <c>× 10^-infScale</c> (a scale of 0 to 9: a count of decimals) with an integer.</summary>
    private static int CompareScaled(BigInteger magnitude, long infScale, BigInteger integer) =>
        magnitude.CompareTo(integer * BigInteger.Pow(10, (int)infScale));

    /// <summary>strconv.ParseInt(s, 10, 64): optional sign, at least one decimal digit, in range.</summary>
    private static bool GoParseInt64(string text, out long value)
    {
        value = 0;
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!IsDigit(text[i]))
            {
                return false;
            }
        }

        var parsed = BigInteger.Parse(text.Substring(start), NumberStyles.None, CultureInfo.InvariantCulture);
        if (text[0] == '-')
        {
            parsed = -parsed;
        }

        if (parsed < long.MinValue || parsed > long.MaxValue)
        {
            return false;
        }

        value = (long)parsed;
        return true;
    }

    private static bool IsDigit(char character) => character is >= '0' and <= '9';
}
