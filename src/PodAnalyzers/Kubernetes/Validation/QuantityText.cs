using System.Globalization;
using System.Numerics;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// How the server prints a quantity: <c>String()</c> (the kept input text, or the canonical form
/// of <c>CanonicalizeBytes</c>), and Go's <c>%#v</c> of the struct, which field errors of
/// Kubernetes 1.33 and earlier show for a Quantity passed by value.
/// </summary>
internal sealed partial class Quantity
{
    public override string ToString() => Cached ?? Canonical();

    /// <summary>
    /// Go's <c>%#v</c> of the struct. The address of an inf.Dec cannot be known: it is written <c>0x…</c>.
    /// </summary>
    public string ToGoSyntax()
    {
        var small = IsSmall
            ? "resource.int64Amount{value:" + SmallValue.ToString(CultureInfo.InvariantCulture) + ", scale:" + SmallScale.ToString(CultureInfo.InvariantCulture) + "}"
            : "resource.int64Amount{value:0, scale:0}";
        var dec = IsSmall ? "(*inf.Dec)(nil)" : "(*inf.Dec)(0x…)";
        return "resource.Quantity{i:" + small + ", d:resource.infDecAmount{Dec:" + dec + "}, s:" + FieldErrors.GoQuote(Cached ?? string.Empty)
            + ", Format:\"" + Format + "\"}";
    }

    /// <summary>
    /// CanonicalizeBytes: no fractional digits and the largest suffix that loses nothing. BinarySI
    /// prints as DecimalSI below 1024 in magnitude or when it is not a whole number.
    /// </summary>
    private string Canonical()
    {
        if (Coefficient.IsZero)
        {
            return "0";
        }

        if (Format == QuantityFormat.BinarySI && Exponent >= 0 && (Exponent > 3 || BigInteger.Abs(Coefficient) * BigInteger.Pow(10, (int)Exponent) >= 1024))
        {
            return Base1024(Coefficient * BigInteger.Pow(10, (int)Exponent));
        }

        // The exponent goes down to a multiple of three (floor), the coefficient grows to match.
        var exponent = Exponent - (((Exponent % 3) + 3) % 3);
        var number = (Coefficient * BigInteger.Pow(10, (int)(Exponent - exponent))).ToString(CultureInfo.InvariantCulture);
        if (Format == QuantityFormat.DecimalExponent)
        {
            return exponent == 0 ? number : number + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        }

        return number + exponent switch
        {
            -9 => "n",
            -6 => "u",
            -3 => "m",
            3 => "k",
            6 => "M",
            9 => "G",
            12 => "T",
            15 => "P",
            18 => "E",
            _ => string.Empty,
        };
    }

    /// <summary>AsCanonicalBase1024Bytes: factors of 1024 become Ki, Mi, ... Ei (none for more).</summary>
    private static string Base1024(BigInteger whole)
    {
        var times = 0;
        while (BigInteger.Abs(whole) >= 1024 && whole % 1024 == 0)
        {
            whole /= 1024;
            times++;
        }

        var suffix = times switch
        {
            1 => "Ki",
            2 => "Mi",
            3 => "Gi",
            4 => "Ti",
            5 => "Pi",
            6 => "Ei",
            _ => string.Empty,
        };
        return whole.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
