using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

/// <summary>POSIX shell words and operators.</summary>
internal static class ShLexer
{
    /// <summary>The tokens of <paramref name="s"/>; null for unterminated quotes and here documents (not analysed).</summary>
    public static List<ShellToken>? Lex(string s)
    {
        var tokens = new ShellTokenList();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case ' ' or '\t' or '\r':
                    tokens.EndWord();
                    break;
                case '\n' or ';':
                    tokens.AddOperator(";");
                    break;
                case '#' when !tokens.InWord:
                    while (i + 1 < s.Length && s[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '\'':
                {
                    var end = s.IndexOf('\'', i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    tokens.Append(s, i + 1, end - i - 1);
                    i = end;
                    break;
                }

                case '"':
                    i = DoubleQuoted(s, i, tokens);
                    if (i < 0)
                    {
                        return null;
                    }

                    break;
                case '\\':
                    if (i + 1 < s.Length)
                    {
                        i++;
                        if (s[i] != '\n')
                        {
                            tokens.Append(s[i]);
                        }
                    }

                    break;
                case '$' or '`':
                    tokens.MarkUnknown();
                    if (c == '$' && i + 1 < s.Length && s[i + 1] == '(')
                    {
                        i = SubstitutionEnd(s, i + 1);
                    }

                    break;
                case '|' or '&':
                    i = ControlOperator(s, i, tokens);
                    break;
                case '>' or '<':
                    i = Redirection(s, i, tokens);
                    if (i < 0)
                    {
                        return null;
                    }

                    break;
                case '(' or ')':
                    tokens.AddOperator(";");
                    break;
                default:
                    tokens.Append(c);
                    break;
            }
        }

        tokens.EndWord();
        return tokens.Tokens;
    }

    /// <summary>Reads <c>"..."</c> opening at <paramref name="open"/>; the index of its closing quote, or -1 when unterminated.</summary>
    private static int DoubleQuoted(string s, int open, ShellTokenList tokens)
    {
        tokens.StartWord();
        var j = open + 1;
        for (; j < s.Length && s[j] != '"'; j++)
        {
            if (s[j] == '\\' && j + 1 < s.Length && s[j + 1] is '"' or '\\' or '$' or '`' or '\n')
            {
                j++;
                tokens.Append(s[j]);
            }
            else if (s[j] is '$' or '`')
            {
                tokens.MarkUnknown();
            }
            else
            {
                tokens.Append(s[j]);
            }
        }

        return j >= s.Length ? -1 : j;
    }

    /// <summary>Skips <c>$(...)</c> from its '(' at <paramref name="open"/>: its contents are not analysed.</summary>
    private static int SubstitutionEnd(string s, int open)
    {
        var level = 0;
        var i = open;
        for (; i < s.Length; i++)
        {
            if (s[i] == '(')
            {
                level++;
            }
            else if (s[i] == ')' && --level == 0)
            {
                break;
            }
        }

        return i;
    }

    /// <summary><c>|</c>, <c>||</c>, <c>&amp;</c>, <c>&amp;&amp;</c>, <c>&amp;&gt;</c>, <c>&amp;&gt;&gt;</c> at <paramref name="i"/>; the index of its last character.</summary>
    private static int ControlOperator(string s, int i, ShellTokenList tokens)
    {
        var c = s[i];
        if (c == '&' && i + 1 < s.Length && s[i + 1] == '>')
        {
            var append = i + 2 < s.Length && s[i + 2] == '>';
            tokens.AddOperator(append ? "&>>" : "&>");
            return i + (append ? 2 : 1);
        }

        if (i + 1 < s.Length && s[i + 1] == c)
        {
            tokens.AddOperator(c == '|' ? "||" : "&&");
            return i + 1;
        }

        tokens.AddOperator(c == '|' ? "|" : ";");
        return i;
    }

    /// <summary>A redirection at <paramref name="i"/>; the index of its last character, or -1 for a here document.</summary>
    private static int Redirection(string s, int i, ShellTokenList tokens)
    {
        var prefix = tokens.TakeDescriptorPrefix(evenIfUnknown: false);
        tokens.EndWord();
        if (s[i] == '<')
        {
            if (i + 1 < s.Length && s[i + 1] == '<')
            {
                return -1;
            }

            tokens.AddOperator("<");
            return i;
        }

        var op = ">";
        if (i + 1 < s.Length && s[i + 1] is '>' or '|')
        {
            op += s[i + 1];
            i++;
        }

        if (i + 1 < s.Length && s[i + 1] == '&')
        {
            // >&2 duplicates a descriptor: no file is named.
            i++;
            while (i + 1 < s.Length && s[i + 1] is >= '0' and <= '9' or '-')
            {
                i++;
            }

            return i;
        }

        tokens.AddOperator(prefix + op);
        return i;
    }
}
