using System;
using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

internal static class CommandPrefixes
{
    /// <summary>Drops <c>sudo</c>, <c>doas</c>, <c>env</c>, <c>exec</c>, <c>command</c> and variable assignments in front of a command.</summary>
    public static List<ShellWord> Strip(List<ShellWord> words)
    {
        var start = 0;
        while (start < words.Count && words[start].Text is { } text)
        {
            var name = ProgramNames.Of(text);
            if (text.IndexOf('=') > 0 && start < words.Count - 1 && IsAssignment(text))
            {
                start++;
                continue;
            }

            if (name is "sudo" or "doas" or "env" or "exec" or "command" or "nohup")
            {
                start++;
                while (start < words.Count && words[start].Text is { } option && option.Length > 1 && option[0] == '-')
                {
                    start += option is "-u" or "-g" or "-C" or "-h" or "-p" or "-U" ? 2 : 1;
                }

                continue;
            }

            break;
        }

        return start == 0 ? words : words.GetRange(Math.Min(start, words.Count), words.Count - Math.Min(start, words.Count));
    }

    private static bool IsAssignment(string text)
    {
        var equals = text.IndexOf('=');
        for (var i = 0; i < equals; i++)
        {
            var c = text[i];
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (i > 0 && c is >= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
