using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public class PortValidationTests
{
    private const string Range = "must be between 1 and 65535, inclusive";
    private const string Charset = "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)";
    private const string Letter = "must contain at least one letter (a-z)";
    private const string Hyphens = "must not contain consecutive hyphens";
    private const string Ends = "must not begin or end with a hyphen";
    private const string TooLong = "must be no more than 15 characters";

    [Theory]
    [InlineData(1)]
    [InlineData(80)]
    [InlineData(8080)]
    [InlineData(65535)]
    public void ValidPortNumbers(int port) => Assert.Empty(PortValidation.ValidatePortNumber(port));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void InvalidPortNumbers(int port) => Assert.Equal(new[] { Range }, PortValidation.ValidatePortNumber(port));

    [Theory]
    [InlineData("http")]
    [InlineData("h")]
    [InlineData("http-alt")]
    [InlineData("grpc-9090")]
    [InlineData("a1")]
    [InlineData("1a")]
    [InlineData("abcdefghijklmno")]
    public void ValidPortNames(string name) => Assert.Empty(PortValidation.ValidatePortName(name));

    [Theory]
    [InlineData("HTTP", new[] { Charset, Letter })]
    [InlineData("Http", new[] { Charset })]
    [InlineData("8080", new[] { Letter })]
    [InlineData("http--alt", new[] { Hyphens })]
    [InlineData("-http", new[] { Ends })]
    [InlineData("http-", new[] { Ends })]
    [InlineData("--", new[] { Letter, Hyphens, Ends })]
    [InlineData("-", new[] { Letter, Ends })]
    [InlineData("my_port", new[] { Charset })]
    [InlineData("my port", new[] { Charset })]
    [InlineData("abcdefghijklmnop", new[] { TooLong })]
    [InlineData("1234567890123456", new[] { TooLong, Letter })]
    [InlineData("", new[] { Charset, Letter })]
    [InlineData("héllo", new[] { Charset })]
    public void InvalidPortNames(string name, string[] expected) => Assert.Equal(expected, PortValidation.ValidatePortName(name));

    [Fact]
    public void ProtocolsAreCaseSensitiveAndSorted()
    {
        Assert.Equal(new[] { "SCTP", "TCP", "UDP" }, PortValidation.SupportedProtocols);
        Assert.True(PortValidation.IsSupportedProtocol("TCP"));
        Assert.False(PortValidation.IsSupportedProtocol("tcp"));
        Assert.False(PortValidation.IsSupportedProtocol("HTTP"));
    }
}
