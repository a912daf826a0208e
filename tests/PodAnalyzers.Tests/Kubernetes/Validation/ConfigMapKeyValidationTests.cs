using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public sealed class ConfigMapKeyValidationTests
{
    private const string RegexMessage =
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    [Theory]
    [InlineData("key.name")]
    [InlineData("KEY_NAME")]
    [InlineData(".dockerconfigjson")]
    [InlineData("a..b")]
    [InlineData("-")]
    public void Valid_keys(string key) => Assert.Empty(ConfigMapKeyValidation.Validate(key));

    [Fact]
    public void Characters_outside_the_pattern_and_the_empty_key_fail_the_regex()
    {
        Assert.Equal(new[] { RegexMessage }, ConfigMapKeyValidation.Validate("a/b"));
        Assert.Equal(new[] { RegexMessage }, ConfigMapKeyValidation.Validate("ключ"));
        Assert.Equal(new[] { RegexMessage }, ConfigMapKeyValidation.Validate(string.Empty));
    }

    [Fact]
    public void Path_steps_are_rejected_after_the_regex()
    {
        Assert.Equal(new[] { "must not be '.'" }, ConfigMapKeyValidation.Validate("."));
        Assert.Equal(new[] { "must not be '..'" }, ConfigMapKeyValidation.Validate(".."));
        Assert.Equal(new[] { "must not start with '..'" }, ConfigMapKeyValidation.Validate("..data"));
        Assert.Equal(new[] { RegexMessage, "must not start with '..'" }, ConfigMapKeyValidation.Validate("../etc"));
    }

    [Fact]
    public void The_length_limit_counts_bytes_and_is_worded_in_characters()
    {
        Assert.Empty(ConfigMapKeyValidation.Validate(new string('k', 253)));
        Assert.Equal(new[] { "must be no more than 253 characters" }, ConfigMapKeyValidation.Validate(new string('k', 254)));
    }
}
