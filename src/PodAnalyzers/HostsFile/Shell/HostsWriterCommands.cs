using System;
using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

/// <summary>The programs that write a file named among their arguments: <c>tee</c>, <c>sed -i</c>, <c>cp</c>, <c>rm</c>, ...</summary>
internal static class HostsWriterCommands
{
    /// <summary>How <paramref name="argv"/> writes the hosts file; null when it does not. <paramref name="stdinText"/> is what <c>tee</c> copies.</summary>
    public static ShellWrite? Recognize(string program, List<ShellWord> argv, string? stdinText) => program switch
    {
        "tee" => Tee(argv, stdinText),
        "sed" => SedInPlace(argv),
        "cp" or "mv" or "install" => CopyTo(program, argv),
        "rm" or "truncate" => AnyOperand(program, argv),
        _ => null,
    };

    private static ShellWrite? Tee(List<ShellWord> argv, string? stdinText)
    {
        var append = false;
        foreach (var word in CommandOperands.Of(argv, out var options))
        {
            append |= options.Contains("-a") || options.Contains("--append");
            if (HostsPaths.IsHostsFile(word))
            {
                return new ShellWrite("tee", append ? "tee -a" : "tee", word, stdinText);
            }
        }

        return null;
    }

    private static ShellWrite? SedInPlace(List<ShellWord> argv)
    {
        var operands = CommandOperands.Of(argv, out var options);
        var inPlace = false;
        var scriptGiven = false;
        foreach (var option in options)
        {
            inPlace |= option.StartsWith("-i", StringComparison.Ordinal) || option.StartsWith("--in-place", StringComparison.Ordinal)
                || (option.Length > 1 && option[0] == '-' && option[1] != '-' && option.IndexOf('i') > 0 && option.IndexOf('e') < 0 && option.IndexOf('f') < 0);
            scriptGiven |= option is "-e" or "-f" or "--expression" or "--file";
        }

        if (!inPlace)
        {
            return null;
        }

        // Without -e or -f, the first operand is the script.
        for (var i = scriptGiven ? 0 : 1; i < operands.Count; i++)
        {
            if (HostsPaths.IsHostsFile(operands[i]))
            {
                return new ShellWrite("sed", "sed -i", operands[i], null);
            }
        }

        return null;
    }

    private static ShellWrite? CopyTo(string program, List<ShellWord> argv)
    {
        var operands = CommandOperands.Of(argv, out var options);
        if (options.Exists(option => option == "-t" || option.StartsWith("--target-directory", StringComparison.Ordinal)))
        {
            return null;
        }

        return operands.Count >= 2 && HostsPaths.IsHostsFile(operands[operands.Count - 1])
            ? new ShellWrite(program, program, operands[operands.Count - 1], null)
            : null;
    }

    private static ShellWrite? AnyOperand(string program, List<ShellWord> argv)
    {
        foreach (var word in CommandOperands.Of(argv, out _))
        {
            if (HostsPaths.IsHostsFile(word))
            {
                return new ShellWrite(program, program, word, null);
            }
        }

        return null;
    }
}
