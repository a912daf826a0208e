using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public class EnvVarValidationTests
{
    private static readonly KubernetesVersion Relaxed = new(32);
    private static readonly KubernetesVersion Strict = new(31);

    private const string RelaxedMessage = "a valid environment variable name must consist only of printable ASCII characters other than '='";

    private const string StrictRegex =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

    [Theory]
    [InlineData("PATH")]
    [InlineData("my.env-name")]
    [InlineData("MY_ENV.NAME")]
    [InlineData("MyEnvName1")]
    [InlineData("_")]
    [InlineData("-x")]
    public void ValidInBothRules(string name)
    {
        Assert.Empty(EnvVarValidation.ValidateName(name, Relaxed));
        Assert.Empty(EnvVarValidation.ValidateName(name, Strict));
    }

    [Theory]
    [InlineData("1ABC")]
    [InlineData("MY VAR")]
    [InlineData("a:b")]
    [InlineData("${X}")]
    [InlineData(" ")]
    [InlineData("~")]
    public void RelaxedAcceptsWhatStrictRejects(string name)
    {
        Assert.Empty(EnvVarValidation.ValidateName(name, Relaxed));
        Assert.Equal(new[] { StrictRegex }, EnvVarValidation.ValidateName(name, Strict));
    }

    [Theory]
    [InlineData("A=B")]
    [InlineData("=")]
    [InlineData("TAB\t")]
    [InlineData("NEW\nLINE")]
    [InlineData("DEL\u007f")]
    [InlineData("é")]
    [InlineData("ПУТЬ")]
    public void RelaxedRejectsEqualsControlAndNonAscii(string name)
    {
        Assert.Equal(new[] { RelaxedMessage }, EnvVarValidation.ValidateName(name, Relaxed));
        Assert.Equal(new[] { StrictRegex }, EnvVarValidation.ValidateName(name, Strict));
    }

    [Theory]
    [InlineData(".", "must not be '.'")]
    [InlineData("..", "must not be '..'")]
    [InlineData("..foo", "must not start with '..'")]
    public void StrictRejectsChdirNames(string name, string message)
    {
        Assert.Equal(new[] { message }, EnvVarValidation.ValidateName(name, Strict));
        Assert.Empty(EnvVarValidation.ValidateName(name, Relaxed));
    }

    [Fact]
    public void StrictReportsRegexAndChdirTogether() =>
        Assert.Equal(new[] { StrictRegex, "must not start with '..'" }, EnvVarValidation.ValidateName("..=", Strict));

    [Fact]
    public void EmptyIsLeftToTheRequiredCheck()
    {
        Assert.Empty(EnvVarValidation.ValidateName("", Relaxed));
        Assert.Empty(EnvVarValidation.ValidateName("", Strict));
    }
}
