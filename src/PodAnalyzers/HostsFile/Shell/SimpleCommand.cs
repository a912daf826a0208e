using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

/// <summary>One command of a pipeline: its words and its redirections.</summary>
internal sealed class SimpleCommand
{
    public List<ShellWord> Words { get; } = new();

    public List<(string Op, ShellWord Target)> Redirections { get; } = new();

    public static bool IsOutputRedirection(string op) =>
        op is ">" or ">>" or ">|" or "&>" or "&>>" || (op.Length >= 2 && op[0] is >= '0' and <= '9' && op.Substring(1) is ">" or ">>" or ">|");
}
