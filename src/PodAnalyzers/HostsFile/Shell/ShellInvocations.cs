using System;
using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

internal static class ShellInvocations
{
    /// <summary>
    /// The script a shell runs (<c>sh -c SCRIPT</c>, <c>cmd /c WORDS</c>) and whether cmd.exe reads it;
    /// null when <paramref name="program"/> is not a shell, runs no inline script, or the script is unknown.
    /// </summary>
    public static (string Script, bool Cmd)? ScriptOf(string program, List<ShellWord> argv) => program switch
    {
        "sh" or "bash" or "dash" or "zsh" or "ash" or "ksh" or "busybox" => PosixScript(program, argv) is { } script ? (script, false) : null,
        "cmd" => CmdScript(argv) is { } script ? (script, true) : null,
        _ => null,
    };

    private static string? PosixScript(string program, List<ShellWord> argv)
    {
        for (var i = 1; i + 1 < argv.Count; i++)
        {
            var option = argv[i].Text;
            if (option is null || option.Length < 2 || option[0] != '-' || option.StartsWith("--", StringComparison.Ordinal))
            {
                if (program == "busybox" && i == 1 && option is "sh" or "ash")
                {
                    continue;
                }

                return null;
            }

            if (option.IndexOf('c') > 0)
            {
                return argv[i + 1].Text;
            }
        }

        return null;
    }

    private static string? CmdScript(List<ShellWord> argv)
    {
        for (var i = 1; i + 1 < argv.Count; i++)
        {
            if (argv[i].Text is { } option && (option.Equals("/c", StringComparison.OrdinalIgnoreCase) || option.Equals("/k", StringComparison.OrdinalIgnoreCase)))
            {
                var parts = new List<string>();
                for (var j = i + 1; j < argv.Count; j++)
                {
                    if (argv[j].Text is not { } part)
                    {
                        return null;
                    }

                    parts.Add(part);
                }

                return string.Join(" ", parts);
            }
        }

        return null;
    }
}
