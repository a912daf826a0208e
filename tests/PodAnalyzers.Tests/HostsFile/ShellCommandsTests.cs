using PodAnalyzers.HostsFile.Shell;

namespace PodAnalyzers.Tests.HostsFile;

public sealed class ShellCommandsTests
{
    [Theory]
    [InlineData("echo '10.0.0.20 test.gysl' >> /etc/hosts", "'>>' redirection", "10.0.0.20 test.gysl\n")]
    [InlineData("echo \"10.0.0.20 a\" > /etc/hosts", "'>' redirection", "10.0.0.20 a\n")]
    [InlineData("echo 10.0.0.20 a 1>>/etc/hosts", "'1>>' redirection", "10.0.0.20 a\n")]
    [InlineData("echo -e '10.0.0.20 a\\n10.0.0.21 b' >> /etc/hosts", "'>>' redirection", "10.0.0.20 a\n10.0.0.21 b\n")]
    [InlineData("printf '10.0.0.20 a\\n' >> /etc/hosts", "'>>' redirection", "10.0.0.20 a\n")]
    [InlineData("printf '%s\\n' '10.0.0.20 a' '10.0.0.21 b' >> /etc/hosts", "'>>' redirection", "10.0.0.20 a\n10.0.0.21 b\n")]
    [InlineData("echo 10.0.0.20 a | tee -a /etc/hosts", "tee -a", "10.0.0.20 a\n")]
    [InlineData("echo 10.0.0.20 a | sudo tee --append /etc/hosts >/dev/null", "tee -a", "10.0.0.20 a\n")]
    [InlineData("set -e; cd /; echo 10.0.0.20 a >> /etc/hosts && echo done", "'>>' redirection", "10.0.0.20 a\n")]
    [InlineData("sed -i '/gysl/d' /etc/hosts", "sed -i", null)]
    [InlineData("sed -i.bak -e 's/a/b/' /etc/hosts", "sed -i", null)]
    [InlineData("sed --in-place=.orig 's/a/b/' /etc/hosts", "sed -i", null)]
    [InlineData("cp /tmp/hosts /etc/hosts", "cp", null)]
    [InlineData("mv -f /tmp/hosts /etc/hosts", "mv", null)]
    [InlineData("rm -f /etc/hosts", "rm", null)]
    [InlineData("echo $(hostname) >> /etc/hosts", "'>>' redirection", null)]
    [InlineData("sh -c \"echo 10.0.0.20 a >> /etc/hosts\"", "'>>' redirection", "10.0.0.20 a\n")]
    [InlineData("cat /tmp/extra >> /etc/hosts", "'>>' redirection", null)]
    public void Scripts_that_write_the_hosts_file(string script, string how, string? text)
    {
        var write = ShellCommands.AnalyzeScript(script);
        Assert.NotNull(write);
        Assert.Equal(how, write!.How);
        Assert.Equal("/etc/hosts", write.Path);
        Assert.Equal(text, write.WrittenText);
    }

    [Theory]
    [InlineData("cat /etc/hosts")]
    [InlineData("grep gysl /etc/hosts")]
    [InlineData("sed 's/a/b/' /etc/hosts")]
    [InlineData("sed -n '/a/p' /etc/hosts > /tmp/out")]
    [InlineData("cp /etc/hosts /tmp/hosts")]
    [InlineData("tee /tmp/copy < /etc/hosts")]
    [InlineData("echo '>> /etc/hosts'")]
    [InlineData("echo \"x >> /etc/hosts\"")]
    [InlineData("echo 10.0.0.20 a >> /etc/hosts.bak")]
    [InlineData("echo a > /etc/hostname")]
    [InlineData("echo a >> \"$HOSTS\"")]
    [InlineData("echo a >> $HOSTS_FILE")]
    [InlineData("# echo a >> /etc/hosts")]
    [InlineData("cat <<EOF >> /etc/hosts\n10.0.0.20 a\nEOF")]
    [InlineData("echo a 2>&1")]
    [InlineData("cp -t /etc /tmp/hosts")]
    [InlineData("echo 'unterminated >> /etc/hosts")]
    public void Scripts_that_do_not_write_it(string script) => Assert.Null(ShellCommands.AnalyzeScript(script));

    [Theory]
    [InlineData("sh", "-c \"echo '10.0.0.20 test.gysl' >> /etc/hosts\"", "'>>' redirection")]
    [InlineData("/usr/bin/sudo", "tee -a /etc/hosts", "tee -a")]
    [InlineData("bash", "-xc \"cp /a /etc/hosts\"", "cp")]
    [InlineData("env", "FOO=1 sh -c \"rm /etc/hosts\"", "rm")]
    [InlineData("cmd.exe", "/C echo 10.0.0.20 a>>C:\\Windows\\System32\\drivers\\etc\\hosts", "'>>' redirection")]
    public void Processes_that_write_the_hosts_file(string fileName, string arguments, string how) =>
        Assert.Equal(how, ShellCommands.AnalyzeProcess(fileName, arguments)?.How);

    [Theory]
    [InlineData("echo", "10.0.0.20 a >> /etc/hosts")]
    [InlineData("cat", "/etc/hosts")]
    [InlineData("sh", "/etc/hosts")]
    [InlineData("sh", "-c")]
    [InlineData("python3", "-c \"open('/etc/hosts','a')\"")]
    [InlineData("cmd", "/c type C:\\Windows\\System32\\drivers\\etc\\hosts")]
    public void Processes_that_do_not_write_it(string fileName, string arguments) =>
        Assert.Null(ShellCommands.AnalyzeProcess(fileName, arguments));

    [Theory]
    [InlineData("a b", new[] { "a", "b" })]
    [InlineData("-c \"echo 'x' >> /etc/hosts\"", new[] { "-c", "echo 'x' >> /etc/hosts" })]
    [InlineData("\"a \\\"b\\\" c\"", new[] { "a \"b\" c" })]
    [InlineData("a\\\\b \"\"", new[] { "a\\\\b", "" })]
    public void Arguments_are_split_as_dotnet_splits_them(string arguments, string[] expected) =>
        Assert.Equal(expected, ShellCommands.SplitArguments(arguments));
}
