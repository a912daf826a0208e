using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

/// <summary>SysctlNames (IsValidSysctlName, sysctl.GetNamespace) and WindowsSecurityOptions (the runAsUserName checks).</summary>
public class SecurityValueTests
{
    [Theory]
    [InlineData("kernel.shm_rmid_forced")]
    [InlineData("net.ipv4.conf.eno2/100.rp_filter")]
    [InlineData("net/ipv4/conf/eno2.100/rp_filter")]
    [InlineData("a")]
    [InlineData("a-b_c.d0")]
    public void Valid_sysctl_names(string name) => Assert.True(SysctlNames.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("Net.core")]
    [InlineData("net..core")]
    [InlineData(".net")]
    [InlineData("net.")]
    [InlineData("net.-core")]
    [InlineData("net.core_")]
    [InlineData("net.ipv4.*")]
    [InlineData("net core")]
    public void Invalid_sysctl_names(string name) => Assert.False(SysctlNames.IsValid(name));

    [Fact]
    public void A_sysctl_name_has_at_most_253_bytes()
    {
        Assert.True(SysctlNames.IsValid(new string('a', 253)));
        Assert.False(SysctlNames.IsValid(new string('a', 254)));
    }

    [Theory]
    [InlineData("net.core.somaxconn", "Net")]
    [InlineData("net/ipv4/ip_forward", "Net")]
    [InlineData("net.ipv6.neigh.*", "Net")]
    [InlineData("kernel.sem", "IPC")]
    [InlineData("kernel.shm_rmid_forced", "IPC")]
    [InlineData("kernel.msgmnb", "IPC")]
    [InlineData("fs.mqueue.msg_max", "IPC")]
    [InlineData("kernel.shmfoo", null)]
    [InlineData("network.x", null)]
    [InlineData("kernel.hostname", null)]
    [InlineData("vm.swappiness", null)]
    public void Kernel_namespaces(string name, string? expected) => Assert.Equal(expected, SysctlNames.KernelNamespace(name));

    [Theory]
    [InlineData("ContainerUser")]
    [InlineData("NT AUTHORITY\\NETWORK SERVICE")]
    [InlineData("corp.example.com\\svc-web")]
    [InlineData("ABCDEFGHIJKLMNO\\u")]
    [InlineData("ABCDEFGHIJKLMNOP\\u")]
    [InlineData("-corp.com\\u")]
    public void Valid_run_as_user_names(string name) => Assert.Empty(WindowsSecurityOptions.ValidateRunAsUserName(name));

    [Theory]
    [InlineData("a\tb", "runAsUserName cannot contain control characters")]
    [InlineData("ABCDEFGHIJKLMNO_P\\u", "runAsUserName's Domain doesn't match the NetBios nor the DNS format")]
    [InlineData("-corp.example.com\\u", "runAsUserName's Domain doesn't match the NetBios nor the DNS format")]
    [InlineData("\\u", "runAsUserName's Domain doesn't match the NetBios nor the DNS format")]
    [InlineData(" . ", "runAsUserName's User cannot contain only periods or spaces")]
    [InlineData("a@b", "runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]")]
    public void Invalid_run_as_user_names(string name, string message) =>
        Assert.Equal(new[] { message }, WindowsSecurityOptions.ValidateRunAsUserName(name));

    [Fact]
    public void Run_as_user_name_lengths_are_bytes()
    {
        Assert.Empty(WindowsSecurityOptions.ValidateRunAsUserName(new string('u', 104)));
        Assert.Equal(
            new[] { "runAsUserName's User length must not be longer than 104 characters" },
            WindowsSecurityOptions.ValidateRunAsUserName(new string('é', 53)));
        Assert.Equal(
            new[] { "runAsUserName's Domain length must be under 256 characters", "runAsUserName's Domain doesn't match the NetBios nor the DNS format" },
            WindowsSecurityOptions.ValidateRunAsUserName(new string('d', 256) + "\\u"));
    }
}
