using System;
using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

internal static class CommandOperands
{
    /// <summary>Non-option arguments (after the program); options are collected separately.</summary>
    public static List<string> Of(List<ShellWord> argv, out List<string> options)
    {
        var withValue = ProgramNames.Of(argv[0].Text ?? string.Empty) switch
        {
            "sed" => new[] { "-e", "-f", "-l", "--expression", "--file" },
            "cp" or "mv" => new[] { "-t", "-S", "--suffix" },
            "install" => new[] { "-t", "-S", "-m", "-o", "-g", "--suffix", "--mode", "--owner", "--group" },
            "truncate" => new[] { "-s", "-r", "--size", "--reference" },
            _ => new string[0],
        };
        options = new List<string>();
        var operands = new List<string>();
        var endOfOptions = false;
        for (var i = 1; i < argv.Count; i++)
        {
            var text = argv[i].Text;
            if (text is null)
            {
                // Unknown (a variable): keep its place so that "last operand" stays honest.
                operands.Add(string.Empty);
                continue;
            }

            if (!endOfOptions && text == "--")
            {
                endOfOptions = true;
                continue;
            }

            if (!endOfOptions && text.Length > 1 && text[0] == '-')
            {
                options.Add(text);
                if (Array.IndexOf(withValue, text) >= 0)
                {
                    i++;
                }

                continue;
            }

            operands.Add(text);
        }

        return operands;
    }
}
