using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

/// <summary>What a YAML value reaches ParseQuantity as, after go-yaml v2, encoding/json and UnmarshalJSON.</summary>
public sealed class QuantityInputTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("1.50", "1.5")]
    [InlineData("1.0", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("1e9", "1000000000")]
    [InlineData("1e3", "1000")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1.5e300", "1.5e+300")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("2.5e-10", "2.5e-10")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0x10", "16")]
    [InlineData("010", "8")]
    [InlineData("0o17", "15")]
    [InlineData("0b101", "5")]
    [InlineData("1_000", "1000")]
    [InlineData("+5", "5")]
    [InlineData("-0x10", "-16")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    [InlineData("123456789012345678901234", "1.2345678901234569e+23")]
    [InlineData("1e400", "1e400")]
    [InlineData("'500m'", "500m")]
    [InlineData("\" 1Gi\u00a0\"", "1Gi")]
    [InlineData("\"\\t1Gi\"", "\t1Gi")]
    public void Numbers_reach_the_parser_as_json_writes_them(string yaml, string text) =>
        Assert.Equal(text, QuantityInput.Text(Scalar(yaml)));

    [Theory]
    [InlineData(".inf")]
    [InlineData(".nan")]
    [InlineData("true")]
    [InlineData("!!int abc")]
    public void Values_kubectl_cannot_send_as_a_quantity_have_no_text(string yaml) =>
        Assert.Null(QuantityInput.Text(Scalar(yaml)));

    private static YamlScalar Scalar(string yaml) =>
        (YamlScalar)((YamlMapping)YamlReader.Read("v: " + yaml + "\n").Documents[0].Root!).Find("v")!.Value;
}
