using System;
using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

/// <summary>cmd.exe words and operators: double quotes group (and are removed here), ^ escapes, no single quotes.</summary>
internal static class CmdLexer
{
    /// <summary>The tokens of <paramref name="s"/>; null for an unterminated quote.</summary>
    public static List<ShellToken>? Lex(string s)
    {
        var tokens = new ShellTokenList();
        var inQuotes = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    tokens.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    tokens.StartWord();
                    break;
                case ' ' or '\t' or '\r':
                    tokens.EndWord();
                    break;
                case '\n':
                    tokens.AddOperator(";");
                    break;
                case '^':
                    if (i + 1 < s.Length)
                    {
                        tokens.Append(s[++i]);
                    }

                    break;
                case '|' or '&':
                    var doubled = i + 1 < s.Length && s[i + 1] == c;
                    if (doubled)
                    {
                        i++;
                    }

                    tokens.AddOperator(c == '|' && !doubled ? "|" : ";");
                    break;
                case '>' or '<':
                    i = Redirection(s, i, tokens);
                    break;
                case '%':
                    i = Variable(s, i, tokens);
                    break;
                default:
                    tokens.Append(c);
                    break;
            }
        }

        tokens.EndWord();
        return inQuotes ? null : tokens.Tokens;
    }

    /// <summary>A redirection at <paramref name="i"/>; the index of its last character.</summary>
    private static int Redirection(string s, int i, ShellTokenList tokens)
    {
        var prefix = tokens.TakeDescriptorPrefix(evenIfUnknown: true);
        if (s[i] == '<')
        {
            tokens.AddOperator("<");
            return i;
        }

        var op = ">";
        if (i + 1 < s.Length && s[i + 1] == '>')
        {
            op = ">>";
            i++;
        }

        tokens.AddOperator(prefix + op);
        return i;
    }

    /// <summary>%SystemRoot% stays symbolic; other variables are unknown. The index of the last character read.</summary>
    private static int Variable(string s, int i, ShellTokenList tokens)
    {
        var close = s.IndexOf('%', i + 1);
        if (close > i && s.Substring(i, close - i + 1) is var variable
            && (variable.Equals("%SystemRoot%", StringComparison.OrdinalIgnoreCase) || variable.Equals("%windir%", StringComparison.OrdinalIgnoreCase)))
        {
            tokens.Append(HostsPaths.SystemRoot, 0, HostsPaths.SystemRoot.Length);
            return close;
        }

        tokens.MarkUnknown();
        return i;
    }
}
