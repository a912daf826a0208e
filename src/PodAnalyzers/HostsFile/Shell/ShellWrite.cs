namespace PodAnalyzers.HostsFile.Shell;

/// <summary>A command line that writes the hosts file: how, where, and (when known) what.</summary>
internal sealed class ShellWrite
{
    public ShellWrite(string program, string how, string path, string? writtenText)
    {
        Program = program;
        How = how;
        Path = path;
        WrittenText = writtenText;
    }

    /// <summary>The program the process starts: <c>sh</c>, <c>tee</c>, <c>cmd</c>, ...</summary>
    public string Program { get; }

    /// <summary>What writes: <c>'&gt;&gt;' redirection</c>, <c>tee -a</c>, <c>sed -i</c>, <c>cp</c>, ...</summary>
    public string How { get; }

    /// <summary>The hosts path as the command spells it.</summary>
    public string Path { get; }

    /// <summary>The text written, when the command spells it out (<c>echo</c>, <c>printf</c>).</summary>
    public string? WrittenText { get; }
}
