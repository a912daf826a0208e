using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Yaml;

/// <summary>Plain scalars resolve as go-yaml v2 (and therefore kubectl) resolves them.</summary>
public sealed class ScalarTypeResolverTests
{
    [Theory]
    [InlineData("", "Null")]
    [InlineData("~", "Null")]
    [InlineData("null", "Null")]
    [InlineData("NULL", "Null")]
    [InlineData("true", "Bool")]
    [InlineData("False", "Bool")]
    [InlineData("yes", "Bool")]
    [InlineData("No", "Bool")]
    [InlineData("on", "Bool")]
    [InlineData("OFF", "Bool")]
    [InlineData("y", "Bool")]
    [InlineData("N", "Bool")]
    [InlineData("0", "Int")]
    [InlineData("8080", "Int")]
    [InlineData("-1", "Int")]
    [InlineData("+5", "Int")]
    [InlineData("0x1F", "Int")]
    [InlineData("0777", "Int")]
    [InlineData("0o17", "Int")]
    [InlineData("0b101", "Int")]
    [InlineData("1_000", "Int")]
    [InlineData("1.5", "Float")]
    [InlineData(".5", "Float")]
    [InlineData("1e3", "Float")]
    [InlineData("08", "Float")]
    [InlineData(".inf", "Float")]
    [InlineData("-.Inf", "Float")]
    [InlineData(".NaN", "Float")]
    [InlineData("yesterday", "String")]
    [InlineData("nginx", "String")]
    [InlineData("1.2.3", "String")]
    [InlineData("10.0.0.1", "String")]
    [InlineData("2001-12-14", "String")]
    [InlineData("-", "String")]
    [InlineData("v1", "String")]
    [InlineData("0x", "String")]
    public void Plain_scalars_resolve_like_kubectl(string value, string expected) =>
        Assert.Equal(expected, ScalarTypeResolver.Resolve(value, tag: null, isPlain: true).ToString());

    [Theory]
    [InlineData("true")]
    [InlineData("8080")]
    [InlineData("")]
    public void Quoted_scalars_are_strings(string value) =>
        Assert.Equal(YamlScalarType.String, ScalarTypeResolver.Resolve(value, tag: null, isPlain: false));

    [Theory]
    [InlineData("tag:yaml.org,2002:str", "true", "String")]
    [InlineData("tag:yaml.org,2002:int", "12", "Int")]
    [InlineData("tag:yaml.org,2002:bool", "yes", "Bool")]
    [InlineData("!", "true", "String")]
    [InlineData("!custom", "true", "Bool")]
    public void Explicit_tags_decide_the_type(string tag, string value, string expected) =>
        Assert.Equal(expected, ScalarTypeResolver.Resolve(value, tag, isPlain: true).ToString());
}
