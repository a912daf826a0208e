using System;
using System.Globalization;
using System.Numerics;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// The text a quantity field's YAML value reaches <c>ParseQuantity</c> as. kubectl turns the YAML
/// into JSON (go-yaml v2 types, encoding/json numbers), and <c>Quantity.UnmarshalJSON</c> parses
/// the raw JSON: a string without its quotes and with surrounding spaces trimmed (escaped characters
/// stay escaped, so only the spaces JSON writes as they are go), a number as encoding/json wrote it.
/// </summary>
internal static class QuantityInput
{
    private static readonly BigInteger MaxUInt64 = ulong.MaxValue;

    /// <summary>The parser's input; null for a value that is not a string or a finite number.</summary>
    public static string? Text(YamlScalar scalar) => scalar.Type switch
    {
        YamlScalarType.String => TrimJsonSpaces(scalar.Value),
        YamlScalarType.Int => IntegerText(scalar.Value),
        YamlScalarType.Float => FloatText(scalar.Value),
        _ => null,
    };

    /// <summary>strings.TrimSpace on the raw JSON: the Unicode spaces encoding/json does not escape.</summary>
    private static string TrimJsonSpaces(string value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsUnescapedSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsUnescapedSpace(value[end - 1]))
        {
            end--;
        }

        return value.Substring(start, end - start);
    }

    private static bool IsUnescapedSpace(char character) =>
        character is ' ' or '\u0085' or '\u00a0' or '\u1680' or '\u202f' or '\u205f' or '\u3000' or (>= '\u2000' and <= '\u200a');

    /// <summary>
    /// go-yaml v2: an int64, else a uint64, else (decimal digits) a float64, else the text as a
    /// string; null for what go-yaml cannot read as an integer (an <c>!!int</c> tag on other text).
    /// </summary>
    private static string? IntegerText(string text)
    {
        var plain = text.Replace("_", string.Empty);
        var negative = plain.StartsWith("-", StringComparison.Ordinal);
        var digits = plain.TrimStart('-', '+');
        var radix = 10;
        if (digits.Length > 1 && digits[0] == '0')
        {
            (radix, digits) = digits[1] switch
            {
                'x' or 'X' => (16, digits.Substring(2)),
                'o' or 'O' => (8, digits.Substring(2)),
                'b' or 'B' => (2, digits.Substring(2)),
                _ => (8, digits.Substring(1)),
            };
        }

        var magnitude = BigInteger.Zero;
        foreach (var digit in digits)
        {
            var digitValue = char.ToLowerInvariant(digit) switch
            {
                >= '0' and <= '9' and var decimalDigit => decimalDigit - '0',
                >= 'a' and <= 'f' and var hexDigit => hexDigit - 'a' + 10,
                _ => radix,
            };
            if (digitValue >= radix)
            {
                return null;
            }

            magnitude = (magnitude * radix) + digitValue;
        }

        if (digits.Length == 0)
        {
            return null;
        }

        var value = negative ? -magnitude : magnitude;
        if (value >= long.MinValue && value <= MaxUInt64)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        return radix == 10 || (radix == 8 && !plain.Contains("o")) ? FloatText(plain) ?? text : text;
    }

    /// <summary>strconv.ParseFloat, then encoding/json's float64: 'f' between 1e-6 and 1e21, else 'e' with e-7 not e-07.</summary>
    private static string? FloatText(string text)
    {
        var plain = text.Replace("_", string.Empty);
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            return null;
        }

        if (double.IsInfinity(value))
        {
            // ParseFloat fails out of range: go-yaml then keeps the scalar as a string.
            return text;
        }

        if (value == 0)
        {
            return 1 / value < 0 ? "-0" : "0";
        }

        var (digits, point) = ShortestDigits(Math.Abs(value));
        var sign = value < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs(value);
        if (magnitude < 1e-6 || magnitude >= 1e21)
        {
            var exponent = point - 1;
            var mantissa = digits.Length > 1 ? digits.Substring(0, 1) + "." + digits.Substring(1) : digits;
            var exponentText = exponent < 0
                ? "-" + (-exponent).ToString(CultureInfo.InvariantCulture)
                : "+" + exponent.ToString("00", CultureInfo.InvariantCulture);
            return sign + mantissa + "e" + exponentText;
        }

        if (point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length)
            : sign + digits.Substring(0, point) + "." + digits.Substring(point);
    }

    /// <summary>The shortest digits that read back as <paramref name="value"/> (Go's 'g' -1), and where the point goes.</summary>
    private static (string Digits, int Point) ShortestDigits(double value)
    {
        for (var precision = 1; ; precision++)
        {
            var text = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (precision < 17 && double.Parse(text, CultureInfo.InvariantCulture) != value)
            {
                continue;
            }

            var e = text.IndexOf('E');
            var digits = text.Substring(0, e).Replace(".", string.Empty).TrimEnd('0');
            var exponent = int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return (digits.Length == 0 ? "0" : digits, exponent + 1);
        }
    }
}
