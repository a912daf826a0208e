using PodAnalyzers.HostsFile;

namespace PodAnalyzers.Tests.HostsFile;

public sealed class HostsPathsTests
{
    [Theory]
    [InlineData("/etc/hosts", true)]
    [InlineData("//etc//hosts", true)]
    [InlineData("/etc/./hosts", true)]
    [InlineData(@"C:\Windows\System32\drivers\etc\hosts", true)]
    [InlineData("c:/windows/system32/drivers/etc/hosts", true)]
    [InlineData(@"C:\\Windows\\System32\\drivers\\etc\\hosts", true)]
    [InlineData(HostsPaths.System32 + @"\drivers\etc\hosts", true)]
    [InlineData(@"%SystemRoot%\System32\drivers\etc\hosts", false)]
    [InlineData("/etc/hosts.bak", false)]
    [InlineData("/etc/hostname", false)]
    [InlineData("/ETC/HOSTS", false)]
    [InlineData("etc/hosts", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_hosts_file_is_recognised(string? path, bool expected) => Assert.Equal(expected, HostsPaths.IsHostsFile(path));

    [Theory]
    [InlineData("/etc", "hosts", "/etc/hosts")]
    [InlineData("/etc/", "hosts", "/etc/hosts")]
    [InlineData("/tmp", "/etc/hosts", "/etc/hosts")]
    [InlineData("", "hosts", "hosts")]
    public void Combine_restarts_at_a_rooted_part(string left, string right, string expected) =>
        Assert.Equal(expected, HostsPaths.Combine(left, right));

    [Fact]
    public void Expanded_system_root_is_shown_as_the_variable() =>
        Assert.Equal(@"%SystemRoot%\System32\drivers\etc\hosts", HostsPaths.Display(HostsPaths.ExpandSystemRoot(@"%windir%\System32\drivers\etc\hosts")));
}
