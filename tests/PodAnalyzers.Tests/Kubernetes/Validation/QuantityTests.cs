using System;
using System.Globalization;
using System.Numerics;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

/// <summary>
/// The parser against the tables of apimachinery's quantity_test.go (TestQuantityParse,
/// TestQuantityParseEmit, TestQuantityString), each also signed as the Go test does, plus the
/// comparisons and the int64 scaling the validation relies on.
/// </summary>
public sealed class QuantityTests
{
    /// <summary>TestQuantityParse: input, then the expected value (unscaled × 10^scale) and format.</summary>
    [Theory]
    [InlineData("0", 0, 0, "DecimalSI")]
    [InlineData("0n", 0, 0, "DecimalSI")]
    [InlineData("0u", 0, 0, "DecimalSI")]
    [InlineData("0m", 0, 0, "DecimalSI")]
    [InlineData("0Ki", 0, 0, "BinarySI")]
    [InlineData("0k", 0, 0, "DecimalSI")]
    [InlineData("0Mi", 0, 0, "BinarySI")]
    [InlineData("0M", 0, 0, "DecimalSI")]
    [InlineData("0Gi", 0, 0, "BinarySI")]
    [InlineData("0G", 0, 0, "DecimalSI")]
    [InlineData("0Ti", 0, 0, "BinarySI")]
    [InlineData("0T", 0, 0, "DecimalSI")]
    [InlineData("1", 1, 0, "DecimalSI")]
    [InlineData("1Ki", 1024, 0, "BinarySI")]
    [InlineData("8Ki", 8 * 1024, 0, "BinarySI")]
    [InlineData("7Mi", 7L * 1024 * 1024, 0, "BinarySI")]
    [InlineData("6Gi", 6L * 1024 * 1024 * 1024, 0, "BinarySI")]
    [InlineData("5Ti", 5L * 1024 * 1024 * 1024 * 1024, 0, "BinarySI")]
    [InlineData("4Pi", 4L * 1024 * 1024 * 1024 * 1024 * 1024, 0, "BinarySI")]
    [InlineData("3Ei", 3L * 1024 * 1024 * 1024 * 1024 * 1024 * 1024, 0, "BinarySI")]
    [InlineData("10Ti", 10L * 1024 * 1024 * 1024 * 1024, 0, "BinarySI")]
    [InlineData("100Ti", 100L * 1024 * 1024 * 1024 * 1024, 0, "BinarySI")]
    [InlineData("5n", 5, -9, "DecimalSI")]
    [InlineData("4u", 4, -6, "DecimalSI")]
    [InlineData("3m", 3, -3, "DecimalSI")]
    [InlineData("9", 9, 0, "DecimalSI")]
    [InlineData("8k", 8, 3, "DecimalSI")]
    [InlineData("50k", 5, 4, "DecimalSI")]
    [InlineData("7M", 7, 6, "DecimalSI")]
    [InlineData("6G", 6, 9, "DecimalSI")]
    [InlineData("5T", 5, 12, "DecimalSI")]
    [InlineData("40T", 4, 13, "DecimalSI")]
    [InlineData("300T", 3, 14, "DecimalSI")]
    [InlineData("2P", 2, 15, "DecimalSI")]
    [InlineData("1E", 1, 18, "DecimalSI")]
    [InlineData("1E-3", 1, -3, "DecimalExponent")]
    [InlineData("1e3", 1, 3, "DecimalExponent")]
    [InlineData("1E6", 1, 6, "DecimalExponent")]
    [InlineData("1e9", 1, 9, "DecimalExponent")]
    [InlineData("1E12", 1, 12, "DecimalExponent")]
    [InlineData("1e15", 1, 15, "DecimalExponent")]
    [InlineData("1E18", 1, 18, "DecimalExponent")]
    [InlineData("1e14", 1, 14, "DecimalExponent")]
    [InlineData("1e13", 1, 13, "DecimalExponent")]
    [InlineData("100.035k", 100035, 0, "DecimalSI")]
    [InlineData("0.001", 1, -3, "DecimalSI")]
    [InlineData("0.0005k", 5, -1, "DecimalSI")]
    [InlineData("0.005", 5, -3, "DecimalSI")]
    [InlineData("0.05", 5, -2, "DecimalSI")]
    [InlineData("0.5", 5, -1, "DecimalSI")]
    [InlineData("0.00050k", 5, -1, "DecimalSI")]
    [InlineData("0.00500", 5, -3, "DecimalSI")]
    [InlineData("0.05000", 5, -2, "DecimalSI")]
    [InlineData("0.50000", 5, -1, "DecimalSI")]
    [InlineData("0.5e0", 5, -1, "DecimalExponent")]
    [InlineData("0.5e-1", 5, -2, "DecimalExponent")]
    [InlineData("0.5e-2", 5, -3, "DecimalExponent")]
    [InlineData("10.035M", 10035, 3, "DecimalSI")]
    [InlineData("1.2e3", 12, 2, "DecimalExponent")]
    [InlineData("1.3E+6", 13, 5, "DecimalExponent")]
    [InlineData("1.40e9", 14, 8, "DecimalExponent")]
    [InlineData("1.53E12", 153, 10, "DecimalExponent")]
    [InlineData("1.6e15", 16, 14, "DecimalExponent")]
    [InlineData("1.7E18", 17, 17, "DecimalExponent")]
    [InlineData("9.01", 901, -2, "DecimalSI")]
    [InlineData("8.1k", 81, 2, "DecimalSI")]
    [InlineData("7.123456M", 7123456, 0, "DecimalSI")]
    [InlineData("6.987654321G", 6987654321, 0, "DecimalSI")]
    [InlineData("5.444T", 5444, 9, "DecimalSI")]
    [InlineData("40.1T", 401, 11, "DecimalSI")]
    [InlineData("300.2T", 3002, 11, "DecimalSI")]
    [InlineData("2.5P", 25, 14, "DecimalSI")]
    [InlineData("1.01E", 101, 16, "DecimalSI")]
    [InlineData("3.001n", 4, -9, "DecimalSI")]
    [InlineData("1.1E-9", 2, -9, "DecimalExponent")]
    [InlineData("0.0000000001", 1, -9, "DecimalSI")]
    [InlineData("0.0000000005", 1, -9, "DecimalSI")]
    [InlineData("0.00000000050", 1, -9, "DecimalSI")]
    [InlineData("0.5e-9", 1, -9, "DecimalExponent")]
    [InlineData("0.9n", 1, -9, "DecimalSI")]
    [InlineData("0.00000012345", 124, -9, "DecimalSI")]
    [InlineData("0.00000012354", 124, -9, "DecimalSI")]
    [InlineData("9Ei", long.MaxValue, 0, "BinarySI")]
    [InlineData("9223372036854775807Ki", long.MaxValue, 0, "BinarySI")]
    [InlineData("12E", 12, 18, "DecimalSI")]
    [InlineData("100.035Ki", 10243584, -2, "BinarySI")]
    [InlineData("0.5Mi", 512 * 1024, 0, "BinarySI")]
    [InlineData("0.05Gi", 536870912, -1, "BinarySI")]
    [InlineData("0.025Ti", 274877906944, -1, "BinarySI")]
    [InlineData("0.000000000001Ki", 2, -9, "DecimalSI")]
    [InlineData(".001", 1, -3, "DecimalSI")]
    [InlineData(".0001k", 100, -3, "DecimalSI")]
    [InlineData("1.", 1, 0, "DecimalSI")]
    [InlineData("1.G", 1, 9, "DecimalSI")]
    public void Parses_as_apimachinery_does_also_signed(string input, long unscaled, int scale, string format)
    {
        var expected = Exact(unscaled, scale);
        foreach (var (text, sign) in new[] { (input, 1), ("+" + input, 1), ("-" + input, -1) })
        {
            var quantity = Parse(text);
            Assert.Equal(0, quantity.CompareTo(Parse(sign < 0 && unscaled != 0 ? "-" + expected : expected)));
            Assert.Equal(sign * unscaled, (long)(quantity.Coefficient * BigInteger.Pow(10, (int)(quantity.Exponent - scale))));
            Assert.Equal(format, quantity.Format.ToString());
        }
    }

    [Theory]
    [InlineData("", Quantity.FormatWrongMessage)]
    [InlineData("1.1.M", Quantity.FormatWrongMessage)]
    [InlineData("1+1.0M", Quantity.FormatWrongMessage)]
    [InlineData("0.1mi", Quantity.SuffixMessage)]
    [InlineData("0.1am", Quantity.FormatWrongMessage)]
    [InlineData("aoeu", Quantity.FormatWrongMessage)]
    [InlineData(".5i", Quantity.SuffixMessage)]
    [InlineData("1i", Quantity.SuffixMessage)]
    [InlineData("-3.01i", Quantity.SuffixMessage)]
    [InlineData("-3.01e-", Quantity.SuffixMessage)]
    [InlineData(" 1", Quantity.FormatWrongMessage)]
    [InlineData("1 ", Quantity.FormatWrongMessage)]
    [InlineData("512MB", Quantity.FormatWrongMessage)]
    [InlineData("32MMi", Quantity.SuffixMessage)]
    [InlineData("1e", Quantity.SuffixMessage)]
    [InlineData("1e99999999999999999999", Quantity.SuffixMessage)]
    [InlineData("1Gi5", Quantity.SuffixMessage)]
    [InlineData("-.Ei", Quantity.NumericMessage)]
    [InlineData("1,5", Quantity.FormatWrongMessage)]
    [InlineData("25%", Quantity.FormatWrongMessage)]
    [InlineData("١", Quantity.FormatWrongMessage)]
    public void Rejects_with_the_parsers_error(string input, string error)
    {
        Assert.Null(Quantity.Parse(input, out var actual));
        Assert.Equal(error, actual);
    }

    /// <summary>Inputs the loose parser accepts although they look wrong (the sign or the point alone is zero).</summary>
    [Theory]
    [InlineData("-", "0")]
    [InlineData("+", "0")]
    [InlineData(".", "0")]
    [InlineData("Ki", "0")]
    [InlineData("-.Ki", "0")]
    [InlineData("00", "0")]
    [InlineData("1e4294967296", "1")]
    public void Accepts_what_the_server_accepts(string input, string value) =>
        Assert.Equal(0, Parse(input).CompareTo(Parse(value)));

    /// <summary>TestQuantityParseEmit, and the negative versions.</summary>
    [Theory]
    [InlineData("1Ki", "1Ki")]
    [InlineData("1Mi", "1Mi")]
    [InlineData("1Gi", "1Gi")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1000M", "1G")]
    [InlineData(".001Ki", "1024m")]
    [InlineData(".000001Ki", "1024u")]
    [InlineData(".000000001Ki", "1024n")]
    [InlineData(".000000000001Ki", "2n")]
    public void Prints_the_canonical_form(string input, string canonical)
    {
        Assert.Equal(canonical, Parse(input).ToString());
        Assert.Equal("-" + canonical, Parse("-" + input).ToString());
    }

    /// <summary>TestQuantityString: the canonical text is kept when parsed; an alternate spelling prints as it.</summary>
    [Theory]
    [InlineData("1Gi", "1024Mi")]
    [InlineData("300Mi", "307200Ki")]
    [InlineData("6Ki", "")]
    [InlineData("1001Gi", "1025024Mi")]
    [InlineData("1Ti", "1024Gi")]
    [InlineData("1G", "1000M")]
    [InlineData("1m", "1000u")]
    [InlineData("80m", "")]
    [InlineData("1080m", "1.08")]
    [InlineData("300M", "")]
    [InlineData("1T", "")]
    [InlineData("1234567M", "")]
    [InlineData("3k", "")]
    [InlineData("1025", "")]
    [InlineData("1e9", ".001e12")]
    [InlineData("1e-3", "0.001e0")]
    [InlineData("1e-9", "1000e-12")]
    [InlineData("80e-3", "")]
    [InlineData("300e6", "")]
    [InlineData("1n", "")]
    [InlineData("1080n", "")]
    [InlineData("1u", "")]
    [InlineData("0", "00")]
    public void Keeps_canonical_text_and_canonicalises_the_rest(string canonical, string alternate)
    {
        var parsed = Parse(canonical);
        Assert.Equal(canonical, parsed.Cached);
        Assert.Equal(canonical, parsed.ToString());
        if (alternate.Length > 0)
        {
            var other = Parse(alternate);
            Assert.Null(other.Cached);
            Assert.Equal(canonical, other.ToString());
            Assert.Equal(0, other.CompareTo(parsed));
        }
    }

    [Theory]
    [InlineData("+1", "+1")]
    [InlineData("010", "010")]
    [InlineData("1.5", "1500m")]
    [InlineData("1000000000", "1G")]
    [InlineData("1.0000000001", "1000000001n")]
    [InlineData("1000E", "1")]
    [InlineData("0.5Ki", "512")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("1025Ki", "1025Ki")]
    [InlineData("1.5Ki", "1536")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void Prints_what_the_server_prints(string input, string printed) => Assert.Equal(printed, Parse(input).ToString());

    /// <summary>Exact comparison: random integers under random suffixes against big-integer arithmetic.</summary>
    [Fact]
    public void Compares_exactly()
    {
        var suffixes = new (string Suffix, BigInteger Numerator, BigInteger Denominator)[]
        {
            ("", 1, 1), ("m", 1, 1000), ("n", 1, 1_000_000_000), ("k", 1000, 1), ("Ki", 1024, 1), ("Mi", 1 << 20, 1),
            ("Gi", 1 << 30, 1), ("G", 1_000_000_000, 1), ("e3", 1000, 1), ("e-2", 1, 100),
        };
        var random = new Random(1081);
        for (var i = 0; i < 5000; i++)
        {
            var (a, sa) = (random.Next(-3000, 3000) * (long)random.Next(1, 1_000_000), suffixes[random.Next(suffixes.Length)]);
            var (b, sb) = (random.Next(-3000, 3000) * (long)random.Next(1, 1_000_000), suffixes[random.Next(suffixes.Length)]);
            var left = Parse(a.ToString(CultureInfo.InvariantCulture) + sa.Suffix);
            var right = Parse(b.ToString(CultureInfo.InvariantCulture) + sb.Suffix);
            var expected = (a * sa.Numerator * sb.Denominator).CompareTo(b * sb.Numerator * sa.Denominator);
            Assert.Equal(Math.Sign(expected), Math.Sign(left.CompareTo(right)));
            Assert.Equal(-Math.Sign(expected), Math.Sign(right.CompareTo(left)));
        }
    }

    [Fact]
    public void Compares_past_double_precision()
    {
        Assert.True(Parse("1.000000001").CompareTo(Parse("1")) > 0);
        Assert.True(Parse("1073741823").CompareTo(Parse("1Gi")) < 0);
        Assert.Equal(0, Parse("1073741824").CompareTo(Parse("1Gi")));
        Assert.True(Parse("9223372036854775807").CompareTo(Parse("9223372036854775806")) > 0);
        Assert.True(Parse("1e400").CompareTo(Parse("99999999999999999999999e300")) > 0);
    }

    /// <summary>Value() and MilliValue(): ceil, with each representation's own rounding and overflow.</summary>
    [Theory]
    [InlineData("1.5", 2, 1500)]
    [InlineData("-1.5", -2, -1500)]
    [InlineData("1m", 1, 1)]
    [InlineData("1n", 1, 1)]
    [InlineData("-1n", -1, -1)]
    [InlineData("1.5Ki", 1536, 1536000)]
    [InlineData("-1.5Ki", -1536, -1536000)]
    [InlineData("-1.0000000001", 0, -999)]
    [InlineData("1.0000000001", 2, 1001)]
    [InlineData("9Ei", long.MaxValue, -1000)]
    [InlineData("1e16", 10_000_000_000_000_000, 0)]
    [InlineData("1e19", 0, 0)]
    [InlineData("1e2147483647", 0, 1)]
    [InlineData("1.9999999", 2, 2000)]
    public void Scales_as_go_does(string input, long value, long milliValue)
    {
        var quantity = Parse(input);
        Assert.Equal(value, quantity.Value());
        Assert.Equal(milliValue, quantity.MilliValue());
    }

    [Fact]
    public void Prints_the_go_struct_of_earlier_releases()
    {
        Assert.Equal(
            "resource.Quantity{i:resource.int64Amount{value:5, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:\"\", Format:\"DecimalSI\"}",
            Parse("0.5").ToGoSyntax());
        Assert.Equal(
            "resource.Quantity{i:resource.int64Amount{value:1500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:\"1500m\", Format:\"DecimalSI\"}",
            Parse("1500m").ToGoSyntax());
    }

    private static Quantity Parse(string text)
    {
        var quantity = Quantity.Parse(text, out var error);
        Assert.True(quantity is not null, text + ": " + error);
        return quantity!;
    }

    /// <summary>unscaled × 10^scale written as plain decimal text.</summary>
    private static string Exact(long unscaled, int scale) =>
        scale >= 0
            ? unscaled.ToString(CultureInfo.InvariantCulture) + new string('0', scale)
            : (unscaled / (decimal)Math.Pow(10, -scale)).ToString(CultureInfo.InvariantCulture);
}
