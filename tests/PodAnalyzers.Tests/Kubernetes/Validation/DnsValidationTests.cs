using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public class DnsValidationTests
{
    private const string LabelRegex =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    private const string SubdomainRegex =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("my-name")]
    [InlineData("123-abc")]
    [InlineData("a--b")]
    public void ValidLabels(string value) => Assert.Empty(DnsValidation.ValidateLabel(value));

    [Theory]
    [InlineData("")]
    [InlineData("My-Name")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a_b")]
    [InlineData("a b")]
    [InlineData("é")]
    [InlineData(".a")]
    [InlineData("a.")]
    [InlineData("a..b")]
    public void InvalidLabels(string value) => Assert.Equal(new[] { LabelRegex }, DnsValidation.ValidateLabel(value));

    [Theory]
    [InlineData("a.b")]
    [InlineData("my.app.example")]
    [InlineData("1.2.3.4")]
    public void SubdomainThatIsNotALabelOnlyMustNotContainDots(string value) =>
        Assert.Equal(new[] { "must not contain dots" }, DnsValidation.ValidateLabel(value));

    [Fact]
    public void LabelLengthEdges()
    {
        Assert.Empty(DnsValidation.ValidateLabel(new string('a', 63)));
        Assert.Equal(new[] { "must be no more than 63 characters" }, DnsValidation.ValidateLabel(new string('a', 64)));
        Assert.Equal(new[] { "must be no more than 63 characters", "must not contain dots" }, DnsValidation.ValidateLabel(new string('a', 40) + "." + new string('a', 40)));
        Assert.Equal(new[] { "must be no more than 63 characters", LabelRegex }, DnsValidation.ValidateLabel(new string('a', 62) + "é"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("example.com")]
    [InlineData("my-pod-1")]
    [InlineData("node-1.zone-a.internal")]
    [InlineData("1.2.3.4")]
    public void ValidSubdomains(string value) => Assert.Empty(DnsValidation.ValidateSubdomain(value));

    [Theory]
    [InlineData("")]
    [InlineData("Foo.Local")]
    [InlineData("foo_bar")]
    [InlineData("foo.")]
    [InlineData(".foo")]
    [InlineData("foo..bar")]
    [InlineData("foo.-bar")]
    [InlineData("foo-.bar")]
    [InlineData("foo bar")]
    [InlineData("ünicode.example")]
    public void InvalidSubdomains(string value) => Assert.Equal(new[] { SubdomainRegex }, DnsValidation.ValidateSubdomain(value));

    [Fact]
    public void SubdomainHasNoPerLabelLimitButA253Limit()
    {
        var longLabel = new string('a', 100) + "." + new string('b', 100);
        Assert.Empty(DnsValidation.ValidateSubdomain(longLabel));
        Assert.Empty(DnsValidation.ValidateSubdomain(new string('a', 253)));
        Assert.Equal(new[] { "must be no more than 253 characters" }, DnsValidation.ValidateSubdomain(new string('a', 254)));
        Assert.Equal(new[] { "must be no more than 253 characters", SubdomainRegex }, DnsValidation.ValidateSubdomain(new string('A', 254)));
    }
}
