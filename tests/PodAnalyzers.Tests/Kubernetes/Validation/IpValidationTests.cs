using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public class IpValidationTests
{
    private const string Invalid = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    private const string LeadingZeros = "must not have leading 0s";
    private const string Mapped = "must not be an IPv4-mapped IPv6 address";

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("127.0.0.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("2001:db8::ffff")]
    [InlineData("2001:DB8::FFFF")]
    [InlineData("fe80::1")]
    [InlineData("1:2:3:4:5:6:7:8")]
    [InlineData("1::")]
    [InlineData("1:2:3:4:5:6::8")]
    [InlineData("FE80:0:0:0:0:0:0:0abc")]
    [InlineData("::0001")]
    [InlineData("::00001")]
    [InlineData("2001:db8::00001")]
    [InlineData("::0000000000ffff")]
    [InlineData("::1.2.3.4")]
    [InlineData("64:ff9b::1.2.3.4")]
    [InlineData("1:2:3:4:5:6:1.2.3.4")]
    public void ValidInEveryVersion(string ip)
    {
        Assert.Empty(IpValidation.Validate(ip, new KubernetesVersion(35)));
        Assert.Empty(IpValidation.Validate(ip, new KubernetesVersion(36)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("127.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.256")]
    [InlineData("1.2.3.0256")]
    [InlineData("256.0.0.1")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("0x7f000001")]
    [InlineData("2130706433")]
    [InlineData("1..2.3")]
    [InlineData(".1.2.3")]
    [InlineData("1.2.3.")]
    [InlineData("10.0.0.0/8")]
    [InlineData("2001:db8::/32")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%")]
    [InlineData("%eth0")]
    [InlineData("1.2.3.4%eth0")]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData("1.2.3.4:80")]
    [InlineData("12345::")]
    [InlineData("0ffff0::")]
    [InlineData("1::2::3")]
    [InlineData(":::")]
    [InlineData(":1::")]
    [InlineData("1:")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("::1:2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("1::2:3:4:5:6:7:1.2.3.4")]
    [InlineData("1.2.3.4::")]
    [InlineData("::1.2.3")]
    [InlineData("::a.2.3.4")]
    [InlineData("g::1")]
    [InlineData("localhost")]
    [InlineData("１.２.３.４")]
    public void InvalidInEveryVersion(string ip)
    {
        Assert.Equal(new[] { Invalid }, IpValidation.Validate(ip, new KubernetesVersion(35)));
        Assert.Equal(new[] { Invalid }, IpValidation.Validate(ip, new KubernetesVersion(36)));
    }

    [Theory]
    [InlineData("010.0.0.1")]
    [InlineData("10.0.0.01")]
    [InlineData("00.0.0.0")]
    [InlineData("001.002.003.004")]
    [InlineData("::ffff:01.2.3.4")]
    [InlineData("1:2:3:4:5:6:01.2.3.4")]
    public void LeadingZerosAreLegacyOnly(string ip)
    {
        Assert.Empty(IpValidation.Validate(ip, new KubernetesVersion(30)));
        Assert.Empty(IpValidation.Validate(ip, new KubernetesVersion(35)));
        Assert.Equal(new[] { LeadingZeros }, IpValidation.Validate(ip, new KubernetesVersion(36)));
    }

    [Theory]
    [InlineData("::ffff:1.2.3.4")]
    [InlineData("::ffff:0102:0304")]
    [InlineData("::FFFF:1.2.3.4")]
    [InlineData("0:0:0:0:0:ffff:1.2.3.4")]
    public void MappedAddressesAreLegacyOnly(string ip)
    {
        Assert.Empty(IpValidation.Validate(ip, new KubernetesVersion(35)));
        Assert.Equal(new[] { Mapped }, IpValidation.Validate(ip, new KubernetesVersion(36)));
    }

    [Theory]
    [InlineData("::fffe:1.2.3.4")]
    [InlineData("1::ffff:1.2.3.4")]
    public void NearlyMappedAddressesAreFine(string ip) => Assert.Empty(IpValidation.Validate(ip, new KubernetesVersion(36)));

    [Fact]
    public void SloppyStripOnlyTouchesTheTrailingDottedQuad()
    {
        Assert.Equal("1.2.3.4", GoIpParser.StripIPv4LeadingZeros("001.02.3.004"));
        Assert.Equal("0.0.0.0", GoIpParser.StripIPv4LeadingZeros("000.00.0.0"));
        Assert.Equal("::ffff:1.2.3.4", GoIpParser.StripIPv4LeadingZeros("::ffff:01.2.3.4"));
        Assert.Null(GoIpParser.StripIPv4LeadingZeros("::00001"));
        Assert.Null(GoIpParser.StripIPv4LeadingZeros("127.1"));
        Assert.Null(GoIpParser.StripIPv4LeadingZeros("01.2.3.4/8"));
    }
}
