using PodAnalyzers.Kubernetes;

namespace PodAnalyzers.Tests.Kubernetes;

/// <summary>encoding/json's string escaping, as field errors print map keys and values from Kubernetes 1.34.</summary>
public sealed class GoValuesTests
{
    [Theory]
    [InlineData("web", "\"web\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("<&>", "\"\\u003c\\u0026\\u003e\"")]
    [InlineData("\n\t\b\f\u0001", "\"\\n\\t\\b\\f\\u0001\"")]
    [InlineData("\u2028\u2029é", "\"\\u2028\\u2029é\"")]
    public void Json_strings_are_escaped_as_json_marshal_escapes_them(string value, string expected) =>
        Assert.Equal(expected, GoValues.JsonQuote(value));
}
