using System.Numerics;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// <c>Value()</c> and <c>MilliValue()</c> as Go computes them, overflow included: the validation
/// tests <c>MilliValue() % 1000</c> (whole numbers) and <c>Value() % pageSize</c> (hugepages), and
/// an out-of-range quantity passes or fails those tests by what the int64 arithmetic leaves.
/// An int64Amount rounds away from zero and yields 0 when the result overflows
/// (<c>AsScaledInt64</c>); an inf.Dec goes through <c>scaledValue</c> (scale_int.go), whose int64
/// conversions keep the low 64 bits.
/// </summary>
internal sealed partial class Quantity
{
    private static readonly BigInteger TwoTo64 = BigInteger.One << 64;

    /// <summary>ceil(q), rounded as Go rounds it.</summary>
    public long Value() => ScaledValue(0);

    /// <summary>ceil(q × 1000), rounded as Go rounds it.</summary>
    public long MilliValue() => ScaledValue(-3);

    private long ScaledValue(int scale) => IsSmall ? SmallScaledValue(scale) : DecScaledValue(scale);

    /// <summary>int64Amount.AsScaledInt64; the scale difference is an int32 subtraction that may wrap.</summary>
    private long SmallScaledValue(int scale)
    {
        if (SmallScale < scale)
        {
            // negativeScaleInt64: away from zero.
            var divisor = BigInteger.Pow(10, scale - SmallScale);
            var quotient = BigInteger.DivRem(SmallValue, divisor, out var remainder);
            return (long)(remainder.IsZero ? quotient : quotient + SmallValue.CompareTo(0));
        }

        // positiveScaleInt64: a negative (wrapped) count multiplies by nothing; overflow yields 0.
        var times = unchecked(SmallScale - scale);
        if (times <= 0)
        {
            return SmallValue;
        }

        if (times >= 19)
        {
            // Zero stays zero; anything else is at least 10^19 in magnitude: an overflow.
            return 0;
        }

        var product = SmallValue * BigInteger.Pow(10, times);
        return product < long.MinValue || product > long.MaxValue ? 0 : (long)product;
    }

    /// <summary>scaledValue(unscaled, scale, newScale) for an inf.Dec of scale 9 (every non-zero one but the capped).</summary>
    private long DecScaledValue(int scale)
    {
        if (Coefficient.IsZero)
        {
            return 0;
        }

        var newScale = -scale;
        if (IsCapped)
        {
            // inf.Dec of scale 0: Value() is the unscaled int64, MilliValue() the int64 product by 1000.
            var capped = Sign * long.MaxValue;
            return newScale == 0 ? capped : unchecked(capped * 1000);
        }

        var difference = 9 - newScale;
        var unscaledPower = Exponent + 9;
        var divisor = (long)BigInteger.Pow(10, difference);
        if (Sign < 0 || !ExceedsMaxInt64(unscaledPower))
        {
            // The fast path: the unscaled value's int64 (low 64 bits), divided with Go's truncation, plus one when inexact.
            var unscaled = Int64(unscaledPower);
            var result = unscaled / divisor;
            return unscaled % divisor != 0 ? unchecked(result + 1) : result;
        }

        // big.Int division of a positive value: the quotient's low 64 bits, plus one when inexact.
        if (unscaledPower >= difference)
        {
            return Int64(unscaledPower - difference);
        }

        var quotient = BigInteger.DivRem(Coefficient * BigInteger.Pow(10, (int)unscaledPower), divisor, out var remainder);
        return unchecked((long)LowBits(quotient) + (remainder.IsZero ? 0 : 1));
    }

    /// <summary>Whether Coefficient × 10^power is at least 2^63-1 (the fast path's bound).</summary>
    private bool ExceedsMaxInt64(long power) =>
        power > 19 || Coefficient * BigInteger.Pow(10, (int)power) >= long.MaxValue;

    /// <summary>big.Int.Int64 of Coefficient × 10^power: the low 64 bits of the magnitude, then the sign.</summary>
    private long Int64(long power)
    {
        var low = (ulong)((BigInteger.Abs(Coefficient) % TwoTo64) * BigInteger.ModPow(10, power, TwoTo64) % TwoTo64);
        return unchecked(Sign < 0 ? -(long)low : (long)low);
    }

    private static ulong LowBits(BigInteger value) => (ulong)(BigInteger.Abs(value) % TwoTo64);
}
