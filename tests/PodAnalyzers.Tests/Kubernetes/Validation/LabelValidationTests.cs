using System.Linq;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public class LabelValidationTests
{
    private static readonly KubernetesVersion V36 = new(36);
    private static readonly KubernetesVersion V34 = new(34);

    private const string NameRegex =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    private const string ValueRegex =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    private const string PrefixRegex =
        "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    [Theory]
    [InlineData("app")]
    [InlineData("App")]
    [InlineData("a")]
    [InlineData("1")]
    [InlineData("my.name")]
    [InlineData("my_name-1")]
    [InlineData("123-abc")]
    [InlineData("example.com/MyName")]
    [InlineData("kubernetes.io/hostname")]
    [InlineData("a.b-c.d/x")]
    [InlineData("app.kubernetes.io/name")]
    public void ValidKeys(string key)
    {
        Assert.Empty(LabelValidation.ValidateKey(key, V36));
        Assert.Empty(LabelValidation.ValidateKey(key, V34));
    }

    [Fact]
    public void NameOf63AsciiIsValidAnd64IsNot()
    {
        Assert.Empty(LabelValidation.ValidateKey(new string('a', 63), V36));
        Assert.Equal(new[] { "name part must be no more than 63 bytes" }, LabelValidation.ValidateKey(new string('a', 64), V36));
        Assert.Equal(new[] { "name part must be no more than 63 characters" }, LabelValidation.ValidateKey(new string('a', 64), V34));
    }

    [Fact]
    public void LengthCountsUtf8Bytes()
    {
        // 62 + 2 bytes = 64 bytes in 63 chars: too long, and 'é' also fails the regex.
        var key = new string('a', 62) + "é";
        Assert.Equal(new[] { "name part must be no more than 63 bytes", NameRegex }, LabelValidation.ValidateKey(key, V36));
    }

    [Theory]
    [InlineData("my key")]
    [InlineData("-app")]
    [InlineData("app-")]
    [InlineData("app.")]
    [InlineData("_app")]
    [InlineData("ключ")]
    [InlineData("a:b")]
    [InlineData("a@b")]
    public void InvalidNameGetsRegexMessage(string key)
    {
        Assert.Equal(new[] { NameRegex }, LabelValidation.ValidateKey(key, V36));
    }

    [Fact]
    public void EmptyKeyGetsNonEmptyAndRegexMessages()
    {
        Assert.Equal(new[] { "name part must be non-empty", NameRegex }, LabelValidation.ValidateKey("", V36));
        Assert.Equal(new[] { "name part must be non-empty", NameRegex }, LabelValidation.ValidateKey("example.com/", V36));
    }

    [Fact]
    public void EmptyPrefix()
    {
        Assert.Equal(new[] { "prefix part must be non-empty" }, LabelValidation.ValidateKey("/name", V36));
    }

    [Theory]
    [InlineData("Example.com/name")]
    [InlineData("example_com/name")]
    [InlineData("example.com./name")]
    [InlineData("-example.com/name")]
    [InlineData("a..b/name")]
    public void InvalidPrefix(string key)
    {
        Assert.Equal(new[] { PrefixRegex }, LabelValidation.ValidateKey(key, V36));
    }

    [Fact]
    public void PrefixTooLongWordingDependsOnVersion()
    {
        var prefix = string.Join(".", Enumerable.Repeat(new string('a', 50), 6)); // 305 chars
        Assert.Equal(new[] { "prefix part must be no more than 253 bytes" }, LabelValidation.ValidateKey(prefix + "/x", V36));
        Assert.Equal(new[] { "prefix part must be no more than 253 characters" }, LabelValidation.ValidateKey(prefix + "/x", V34));
    }

    [Fact]
    public void PrefixAndNameErrorsAreBothReported()
    {
        Assert.Equal(new[] { PrefixRegex, NameRegex }, LabelValidation.ValidateKey("A/-", V36));
    }

    [Theory]
    [InlineData(36, "a valid label key")]
    [InlineData(35, "a valid label key")]
    [InlineData(34, "a qualified name")]
    [InlineData(30, "a qualified name")]
    public void TwoSlashesGiveOneMessage(int minor, string subject)
    {
        var expected = subject
            + " must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
        Assert.Equal(new[] { expected }, LabelValidation.ValidateKey("a/b/c", new KubernetesVersion(minor)));
        Assert.Equal(new[] { expected }, LabelValidation.ValidateKey("//", new KubernetesVersion(minor)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Z")]
    [InlineData("9")]
    [InlineData("my-value")]
    [InlineData("my_value")]
    [InlineData("v1.2.3")]
    [InlineData("12345")]
    [InlineData("MyValue")]
    [InlineData("a-_.b")]
    public void ValidValues(string value)
    {
        Assert.Empty(LabelValidation.ValidateValue(value, V36));
        Assert.Empty(LabelValidation.ValidateValue(value, V34));
    }

    [Theory]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData(".")]
    [InlineData("_")]
    [InlineData("a b")]
    [InlineData(" a")]
    [InlineData("a/b")]
    [InlineData("true?")]
    [InlineData("é")]
    [InlineData("日本")]
    [InlineData("a\n")]
    public void InvalidValues(string value)
    {
        Assert.Equal(new[] { ValueRegex }, LabelValidation.ValidateValue(value, V36));
    }

    [Fact]
    public void ValueLengthEdges()
    {
        Assert.Empty(LabelValidation.ValidateValue(new string('a', 63), V36));
        Assert.Equal(new[] { "must be no more than 63 bytes" }, LabelValidation.ValidateValue(new string('a', 64), V36));
        Assert.Equal(new[] { "must be no more than 63 characters" }, LabelValidation.ValidateValue(new string('a', 64), V34));
        Assert.Equal(new[] { "must be no more than 63 bytes", ValueRegex }, LabelValidation.ValidateValue(new string('a', 62) + "é", V36));
        Assert.Equal(new[] { "must be no more than 63 bytes", ValueRegex }, LabelValidation.ValidateValue(new string('-', 64), V36));
    }

    [Fact]
    public void ValidPathReturnsSharedEmptyInstance()
    {
        Assert.Same(LabelValidation.ValidateValue("a", V36), LabelValidation.ValidateKey("b", V36));
    }
}
