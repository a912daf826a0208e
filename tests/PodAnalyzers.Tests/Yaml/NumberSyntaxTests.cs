using System.Text.RegularExpressions;
using CsCheck;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Yaml;

/// <summary>The hand-written number matchers agree with go-yaml v2's patterns, kept here as the oracle.</summary>
public sealed class NumberSyntaxTests
{
    private static readonly Regex IntegerPattern = new(@"^[-+]?(0b[01]+|0o?[0-7]+|0x[0-9a-fA-F]+|0|[1-9][0-9]*)\z", RegexOptions.CultureInvariant);
    private static readonly Regex FloatPattern = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant);

    // Characters that matter to the patterns, plus a few that never match.
    private static readonly Gen<string> NumberLike = Gen.String[Gen.Char["0123456789abfxoeEX+-. _"], 0, 10];

    [Theory]
    [InlineData("", false, false)]
    [InlineData("0", true, true)]
    [InlineData("-0", true, true)]
    [InlineData("08", false, true)]
    [InlineData("0o", false, false)]
    [InlineData("0x", false, false)]
    [InlineData("0b2", false, false)]
    [InlineData("0xFf", true, false)]
    [InlineData("+", false, false)]
    [InlineData(".", false, false)]
    [InlineData(".5", false, true)]
    [InlineData("5.", false, true)]
    [InlineData("1e5", false, true)]
    [InlineData("1e", false, false)]
    [InlineData("1.5E-3", false, true)]
    [InlineData("--1", false, false)]
    public void Known_cases(string text, bool isInteger, bool isFloat)
    {
        Assert.Equal(isInteger, NumberSyntax.IsInteger(text));
        Assert.Equal(isFloat, NumberSyntax.IsFloat(text));
    }

    [Fact]
    public void Both_agree_with_the_patterns_on_arbitrary_number_like_text()
    {
        // Seeded, so every run checks the same 100,000 strings.
        var pcg = new PCG(3, 20_261_127);
        for (var i = 0; i < 100_000; i++)
        {
            var text = NumberLike.Generate(pcg, null, out _);
            Assert.True(NumberSyntax.IsInteger(text) == IntegerPattern.IsMatch(text), $"integer: '{text}'");
            Assert.True(NumberSyntax.IsFloat(text) == FloatPattern.IsMatch(text), $"float: '{text}'");
        }
    }
}
