using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

/// <summary>Go's strconv.Atoi, the apps validation's int-or-percent helpers and batch's validateIndexesFormat.</summary>
public sealed class WorkloadValueTests
{
    private static IntOrString Text(string text) => new(0, text, default(SourceSpan));

    [Theory]
    [InlineData("42", true, 42L)]
    [InlineData("+7", true, 7L)]
    [InlineData("-0012", true, -12L)]
    [InlineData("9223372036854775807", true, long.MaxValue)]
    [InlineData("-9223372036854775808", true, long.MinValue)]
    [InlineData("9223372036854775808", false, long.MaxValue)]
    [InlineData("-99999999999999999999", false, long.MinValue)]
    [InlineData("", false, 0L)]
    [InlineData("+", false, 0L)]
    [InlineData("1_000", false, 0L)]
    [InlineData(" 1", false, 0L)]
    [InlineData("0x10", false, 0L)]
    public void Atoi_accepts_a_sign_and_decimal_digits_and_clamps_an_overflow(string text, bool ok, long value)
    {
        Assert.Equal(ok, GoAtoi.TryParse(text, out _));
        Assert.Equal(value, GoAtoi.Parse(text));
    }

    [Theory]
    [InlineData("25%", 25L)]
    [InlineData("007%", 7L)]
    [InlineData("99999999999999999999%", long.MaxValue)]
    [InlineData("3", 3L)]
    [InlineData("abc", 0L)]
    [InlineData("%", 0L)]
    [InlineData("-5%", 0L)]
    public void The_int_or_percent_value_is_the_percent_number_or_atoi_of_the_string(string text, long value) =>
        Assert.Equal(value, IntOrPercent.Value(Text(text)));

    [Fact]
    public void Only_a_valid_percent_string_or_a_non_negative_integer_passes()
    {
        Assert.Null(IntOrPercent.PositiveError(Text("0%")));
        Assert.Null(IntOrPercent.PositiveError(new IntOrString(0, null, default(SourceSpan))));
        Assert.Equal(IntOrPercent.PercentMessage, IntOrPercent.PositiveError(Text("5")));
        Assert.Equal(IntOrPercent.PercentMessage, IntOrPercent.PositiveError(Text("5.5%")));
        Assert.Equal(IntOrPercent.NegativeMessage, IntOrPercent.PositiveError(new IntOrString(-1, null, default(SourceSpan))));
        Assert.True(IntOrPercent.IsOver100Percent(Text("101%")));
        Assert.False(IntOrPercent.IsOver100Percent(Text("100%")));
        Assert.False(IntOrPercent.IsOver100Percent(new IntOrString(500, null, default(SourceSpan))));
    }

    [Fact]
    public void Int_or_string_values_print_as_json_from_1_34_and_as_go_structs_before()
    {
        Assert.Equal("\"\\u003c5%\"", IntOrPercent.Print(Text("<5%"), new KubernetesVersion(34)));
        Assert.Equal("intstr.IntOrString{Type:1, IntVal:0, StrVal:\"<5%\"}", IntOrPercent.Print(Text("<5%"), new KubernetesVersion(33)));
        Assert.Equal("intstr.IntOrString{Type:0, IntVal:-3, StrVal:\"\"}", IntOrPercent.Print(new IntOrString(-3, null, default(SourceSpan)), new KubernetesVersion(30)));
    }

    [Theory]
    [InlineData("", 3, null, 0L)]
    [InlineData("0,2-4,+9", 10, null, 5L)]
    [InlineData("0-9", 10, null, 10L)]
    [InlineData("1,1", 10, "non-increasing order, previous: 1, current: 1", 0L)]
    [InlineData("3-3", 10, "non-increasing order, previous: 3, current: 3", 0L)]
    [InlineData("10", 10, "too large index: \"10\"", 0L)]
    [InlineData("1,", 10, "cannot convert string to integer for index: \"\"", 0L)]
    [InlineData("-1", 10, "cannot convert string to integer for index: \"\"", 0L)]
    public void Indexes_are_increasing_intervals_below_completions(string indexes, long completions, string? error, long total)
    {
        Assert.Equal(error, JobIndexes.FormatError(indexes, completions, out var count));
        Assert.Equal(total, count);
    }
}
