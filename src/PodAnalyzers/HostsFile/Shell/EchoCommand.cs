using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

internal static class EchoCommand
{
    /// <summary>What <c>echo</c> or <c>printf</c> prints, when every word is known; null for other programs.</summary>
    public static string? Output(string program, List<ShellWord> argv, bool cmd)
    {
        if (program is not ("echo" or "printf"))
        {
            return null;
        }

        var args = new List<string>();
        for (var i = 1; i < argv.Count; i++)
        {
            if (argv[i].Text is not { } text)
            {
                return null;
            }

            args.Add(text);
        }

        return program == "echo" ? EchoOutput(args, cmd) : PrintfOutput(args);
    }

    private static string EchoOutput(List<string> args, bool cmd)
    {
        var newline = true;
        var escapes = false;
        while (!cmd && args.Count > 0 && args[0] is "-n" or "-e" or "-E" or "-ne" or "-en")
        {
            newline &= args[0].IndexOf('n') < 0;
            escapes |= args[0].IndexOf('e') >= 0;
            args.RemoveAt(0);
        }

        var text = string.Join(" ", args);
        return (escapes ? Unescape(text) : text) + (newline ? "\n" : string.Empty);
    }

    private static string? PrintfOutput(List<string> args)
    {
        if (args.Count == 0)
        {
            return null;
        }

        var format = args[0];
        if (format is "%s\\n" or "%s\n")
        {
            return args.Count > 1 ? string.Join("\n", args.GetRange(1, args.Count - 1)) + "\n" : null;
        }

        return format.Replace("%%", string.Empty).IndexOf('%') >= 0 ? null : Unescape(format).Replace("%%", "%");
    }

    private static string Unescape(string text) =>
        text.Replace("\\n", "\n").Replace("\\t", "\t").Replace("\\\\", "\\");
}
