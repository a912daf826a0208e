using System.Numerics;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>The three ways a quantity remembers to print itself (resource.Format).</summary>
internal enum QuantityFormat
{
    DecimalExponent,
    BinarySI,
    DecimalSI,
}

/// <summary>
/// A <c>resource.Quantity</c> exactly as k8s.io/apimachinery's <c>ParseQuantity</c> builds it
/// (quantity.go, suffix.go): the value rounded up to nano units, the format it prints in, the text
/// it keeps when the input already looked canonical, and which of Go's two representations holds
/// it (an int64 with a decimal scale, or an inf.Dec), because <c>Value()</c> and <c>MilliValue()</c>
/// overflow differently in each. Comparisons are exact (the value is a big integer times a power of ten).
/// </summary>
internal sealed partial class Quantity
{
    private Quantity(QuantityFormat format, string? cached, long smallValue, int smallScale)
    {
        Format = format;
        Cached = cached;
        IsSmall = true;
        SmallValue = smallValue;
        SmallScale = smallScale;
        (Coefficient, Exponent) = Normalize(smallValue, smallScale);
    }

    private Quantity(QuantityFormat format, BigInteger coefficient, long exponent, bool isCapped)
    {
        Format = format;
        (Coefficient, Exponent) = Normalize(coefficient, exponent);
        IsCapped = isCapped;
    }

    public QuantityFormat Format { get; }

    /// <summary>The value is <c>Coefficient × 10^Exponent</c>; the coefficient has no trailing zero (0 for zero).</summary>
    public BigInteger Coefficient { get; }

    public long Exponent { get; }

    public int Sign => Coefficient.Sign;

    /// <summary>The input text kept by the parser (<c>q.s</c>): String() returns it as it is.</summary>
    internal string? Cached { get; }

    /// <summary>Held as Go's int64Amount (the parser's fast path); otherwise as an inf.Dec.</summary>
    internal bool IsSmall { get; }

    internal long SmallValue { get; }

    internal int SmallScale { get; }

    /// <summary>A BinarySI value cut to 2^63-1 (an inf.Dec of scale 0, unlike every other non-zero inf.Dec, of scale 9).</summary>
    internal bool IsCapped { get; }

    /// <summary>Exact comparison (<c>Quantity.Cmp</c>, which is exact for both representations).</summary>
    public int CompareTo(Quantity other)
    {
        if (Sign != other.Sign || Sign == 0)
        {
            return Sign.CompareTo(other.Sign);
        }

        // Same sign: compare orders of magnitude, then the aligned coefficients.
        var magnitude = Digits(Coefficient) + Exponent;
        var otherMagnitude = Digits(other.Coefficient) + other.Exponent;
        if (magnitude != otherMagnitude)
        {
            return magnitude > otherMagnitude ? Sign : -Sign;
        }

        var shift = Exponent - other.Exponent;
        return shift >= 0
            ? (Coefficient * BigInteger.Pow(10, (int)shift)).CompareTo(other.Coefficient)
            : Coefficient.CompareTo(other.Coefficient * BigInteger.Pow(10, (int)-shift));
    }

    private static (BigInteger Coefficient, long Exponent) Normalize(BigInteger coefficient, long exponent)
    {
        if (coefficient.IsZero)
        {
            return (BigInteger.Zero, 0);
        }

        while (coefficient % 10 == 0)
        {
            coefficient /= 10;
            exponent++;
        }

        return (coefficient, exponent);
    }

    private static long Digits(BigInteger value) => BigInteger.Abs(value).ToString().Length;
}
