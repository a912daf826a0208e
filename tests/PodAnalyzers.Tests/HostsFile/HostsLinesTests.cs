using System.Linq;
using PodAnalyzers.HostsFile;

namespace PodAnalyzers.Tests.HostsFile;

public sealed class HostsLinesTests
{
    [Theory]
    [InlineData("10.0.0.20 test.gysl", "10.0.0.20 test.gysl")]
    [InlineData("10.0.0.20 test.gysl\n", "10.0.0.20 test.gysl")]
    [InlineData("10.0.0.20\ta b\r\n", "10.0.0.20 a b")]
    [InlineData("# added by setup\n10.0.0.20 a # the api\n\n10.0.0.21 b\n", "10.0.0.20 a\n10.0.0.21 b")]
    [InlineData("10.0.0.20 a\n10.0.0.20 b a\n", "10.0.0.20 a b")]
    [InlineData("  fe80::1 ipv6.local  ", "fe80::1 ipv6.local")]
    [InlineData("127.0.0.1 foo.local bar.local", "127.0.0.1 foo.local bar.local")]
    public void Hosts_lines_are_parsed_and_merged_by_ip(string text, string expected) =>
        Assert.Equal(expected, HostsLines.Format(HostsLines.Parse(text)!));

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("10.0.0.20")]
    [InlineData("test.gysl 10.0.0.20")]
    [InlineData("10.0.0.20 a\nnot a hosts line\n")]
    [InlineData("10.0.0.300 a")]
    [InlineData("10.0.0.20 a;rm")]
    [InlineData("10.0.0.20 'a'")]
    [InlineData("hello world")]
    public void Text_that_is_not_hosts_lines_is_rejected(string text) => Assert.Null(HostsLines.Parse(text));

    [Fact]
    public void Hostnames_keep_their_order() =>
        Assert.Equal(new[] { "b", "a", "c" }, HostsLines.Parse("1.2.3.4 b a\n1.2.3.4 c")!.Single().Hostnames);
}
