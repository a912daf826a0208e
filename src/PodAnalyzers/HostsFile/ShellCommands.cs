using System;
using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.HostsFile;

/// <summary>
/// Decides whether a process command line writes the hosts file. Only shells interpret
/// redirections and pipes: <c>Process.Start("echo", "x &gt;&gt; /etc/hosts")</c> prints the text and
/// writes nothing. Anything the analysis cannot see (variables, command substitution, here
/// documents) makes the word unknown, and an unknown word never matches the hosts path.
/// </summary>
internal static class ShellCommands
{
    private const int MaxDepth = 4;

    /// <summary>A process started with <paramref name="fileName"/> and a .NET arguments string.</summary>
    public static ShellWrite? AnalyzeProcess(string fileName, string arguments)
    {
        var argv = new List<Word> { Word.Literal(fileName) };
        foreach (var argument in SplitArguments(arguments))
        {
            argv.Add(Word.Literal(argument));
        }

        return AnalyzeArgv(argv, null, 0);
    }

    /// <summary>A process started with <paramref name="fileName"/> and an argument list.</summary>
    public static ShellWrite? AnalyzeProcess(string fileName, IReadOnlyList<string> arguments)
    {
        var argv = new List<Word> { Word.Literal(fileName) };
        foreach (var argument in arguments)
        {
            argv.Add(Word.Literal(argument));
        }

        return AnalyzeArgv(argv, null, 0);
    }

    /// <summary>A POSIX shell script (the argument of <c>sh -c</c>).</summary>
    public static ShellWrite? AnalyzeScript(string script) => AnalyzeScript(script, cmd: false, 0);

    /// <summary>How .NET splits <c>ProcessStartInfo.Arguments</c> into argv (the Windows rules, on every OS).</summary>
    public static IReadOnlyList<string> SplitArguments(string arguments)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var hasWord = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (c == '\\')
            {
                var backslashes = 0;
                while (i < arguments.Length && arguments[i] == '\\')
                {
                    backslashes++;
                    i++;
                }

                if (i < arguments.Length && arguments[i] == '"')
                {
                    current.Append('\\', backslashes / 2);
                    if (backslashes % 2 == 1)
                    {
                        current.Append('"');
                    }
                    else
                    {
                        inQuotes = !inQuotes;
                    }
                }
                else
                {
                    current.Append('\\', backslashes);
                    i--;
                }

                hasWord = true;
                continue;
            }

            if (c == '"')
            {
                if (inQuotes && i + 1 < arguments.Length && arguments[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = !inQuotes;
                }

                hasWord = true;
                continue;
            }

            if (!inQuotes && (c == ' ' || c == '\t'))
            {
                if (hasWord)
                {
                    result.Add(current.ToString());
                    current.Clear();
                    hasWord = false;
                }

                continue;
            }

            current.Append(c);
            hasWord = true;
        }

        if (hasWord)
        {
            result.Add(current.ToString());
        }

        return result;
    }

    private static ShellWrite? AnalyzeScript(string script, bool cmd, int depth)
    {
        if (depth > MaxDepth || script.Length > 10_000)
        {
            return null;
        }

        var tokens = cmd ? Lexer.LexCmd(script) : Lexer.LexSh(script);
        if (tokens is null)
        {
            return null;
        }

        // Split into pipelines (separated by ; && || & newline) of simple commands (separated by |).
        var pipeline = new List<SimpleCommand>();
        var command = new SimpleCommand();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Operator is null)
            {
                command.Words.Add(token.Word!);
                continue;
            }

            var op = token.Operator;
            if (IsOutputRedirection(op) || op == "<")
            {
                if (i + 1 >= tokens.Count || tokens[i + 1].Word is not { } target)
                {
                    return null;
                }

                command.Redirections.Add((op, target));
                i++;
                continue;
            }

            pipeline.Add(command);
            command = new SimpleCommand();
            if (op != "|")
            {
                if (AnalyzePipeline(pipeline, cmd, depth) is { } write)
                {
                    return write;
                }

                pipeline.Clear();
            }
        }

        pipeline.Add(command);
        return AnalyzePipeline(pipeline, cmd, depth);
    }

    private static ShellWrite? AnalyzePipeline(List<SimpleCommand> pipeline, bool cmd, int depth)
    {
        string? stdinText = null;
        foreach (var command in pipeline)
        {
            var argv = StripPrefixes(command.Words);
            var output = argv.Count > 0 && argv[0].Text is { } program ? EchoText(ProgramName(program), argv, cmd) : null;
            foreach (var (op, target) in command.Redirections)
            {
                if (IsOutputRedirection(op) && HostsPaths.IsHostsFile(target.Text))
                {
                    return new ShellWrite(cmd ? "cmd" : "sh", "'" + op + "' redirection", target.Text!, output);
                }
            }

            if (AnalyzeArgv(argv, stdinText, depth + 1) is { } write)
            {
                return write;
            }

            stdinText = output;
        }

        return null;
    }

    private static ShellWrite? AnalyzeArgv(List<Word> argv, string? stdinText, int depth)
    {
        argv = StripPrefixes(argv);
        if (depth > MaxDepth || argv.Count == 0 || argv[0].Text is not { } programText)
        {
            return null;
        }

        var program = ProgramName(programText);
        switch (program)
        {
            case "sh" or "bash" or "dash" or "zsh" or "ash" or "ksh" or "busybox":
                for (var i = 1; i + 1 < argv.Count; i++)
                {
                    var option = argv[i].Text;
                    if (option is null || option.Length < 2 || option[0] != '-' || option.StartsWith("--", StringComparison.Ordinal))
                    {
                        if (program == "busybox" && i == 1 && option is "sh" or "ash")
                        {
                            continue;
                        }

                        break;
                    }

                    if (option.IndexOf('c') > 0)
                    {
                        return argv[i + 1].Text is { } script && AnalyzeScript(script, cmd: false, depth + 1) is { } inner
                            ? new ShellWrite(program, inner.How, inner.Path, inner.WrittenText)
                            : null;
                    }
                }

                return null;
            case "cmd":
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

                        return AnalyzeScript(string.Join(" ", parts), cmd: true, depth + 1) is { } inner
                            ? new ShellWrite("cmd", inner.How, inner.Path, inner.WrittenText)
                            : null;
                    }
                }

                return null;
            case "tee":
            {
                var append = false;
                foreach (var word in Operands(argv, out var options))
                {
                    append |= options.Contains("-a") || options.Contains("--append");
                    if (HostsPaths.IsHostsFile(word))
                    {
                        return new ShellWrite("tee", append ? "tee -a" : "tee", word, stdinText);
                    }
                }

                return null;
            }

            case "sed":
            {
                var operands = Operands(argv, out var options);
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

                for (var i = scriptGiven ? 0 : 1; i < operands.Count; i++)
                {
                    if (HostsPaths.IsHostsFile(operands[i]))
                    {
                        return new ShellWrite("sed", "sed -i", operands[i], null);
                    }
                }

                return null;
            }

            case "cp" or "mv" or "install":
            {
                var operands = Operands(argv, out var options);
                if (options.Exists(option => option == "-t" || option.StartsWith("--target-directory", StringComparison.Ordinal)))
                {
                    return null;
                }

                return operands.Count >= 2 && HostsPaths.IsHostsFile(operands[operands.Count - 1])
                    ? new ShellWrite(program, program, operands[operands.Count - 1], null)
                    : null;
            }

            case "rm" or "truncate":
                foreach (var word in Operands(argv, out _))
                {
                    if (HostsPaths.IsHostsFile(word))
                    {
                        return new ShellWrite(program, program, word, null);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Non-option arguments (after the program); options are collected separately. Unknown words end the scan.</summary>
    private static List<string> Operands(List<Word> argv, out List<string> options)
    {
        var withValue = ProgramName(argv[0].Text ?? string.Empty) switch
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

    /// <summary>Drops <c>sudo</c>, <c>doas</c>, <c>env</c>, <c>exec</c>, <c>command</c> and variable assignments in front of a command.</summary>
    private static List<Word> StripPrefixes(List<Word> words)
    {
        var start = 0;
        while (start < words.Count && words[start].Text is { } text)
        {
            var name = ProgramName(text);
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

    private static string ProgramName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(slash + 1).ToLowerInvariant();
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
    }

    private static bool IsOutputRedirection(string op) =>
        op is ">" or ">>" or ">|" or "&>" or "&>>" || (op.Length >= 2 && op[0] is >= '0' and <= '9' && op.Substring(1) is ">" or ">>" or ">|");

    /// <summary>What <c>echo</c> or <c>printf</c> prints, when every word is known.</summary>
    private static string? EchoText(string program, List<Word> argv, bool cmd)
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

        if (program == "echo")
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

    private sealed class SimpleCommand
    {
        public List<Word> Words { get; } = new();

        public List<(string Op, Word Target)> Redirections { get; } = new();
    }

    /// <summary>A shell word: its text, or null when it depends on something only known at run time.</summary>
    private sealed class Word
    {
        private Word(string? text) => Text = text;

        public string? Text { get; }

        public static Word Literal(string text) => new(text);

        public static Word Unknown { get; } = new(null);
    }

    private sealed class Token
    {
        public Token(Word? word, string? op)
        {
            Word = word;
            Operator = op;
        }

        public Word? Word { get; }

        public string? Operator { get; }
    }

    private static class Lexer
    {
        /// <summary>POSIX shell words and operators; null for here documents (not analysed).</summary>
        public static List<Token>? LexSh(string s)
        {
            var tokens = new List<Token>();
            var word = new StringBuilder();
            var inWord = false;
            var unknown = false;
            void Flush()
            {
                if (inWord)
                {
                    tokens.Add(new Token(unknown ? Word.Unknown : Word.Literal(word.ToString()), null));
                }

                word.Clear();
                inWord = false;
                unknown = false;
            }

            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                switch (c)
                {
                    case ' ' or '\t' or '\r':
                        Flush();
                        break;
                    case '\n' or ';':
                        Flush();
                        tokens.Add(new Token(null, ";"));
                        break;
                    case '#' when !inWord:
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

                        word.Append(s, i + 1, end - i - 1);
                        inWord = true;
                        i = end;
                        break;
                    }

                    case '"':
                    {
                        inWord = true;
                        var j = i + 1;
                        for (; j < s.Length && s[j] != '"'; j++)
                        {
                            if (s[j] == '\\' && j + 1 < s.Length && s[j + 1] is '"' or '\\' or '$' or '`' or '\n')
                            {
                                j++;
                                word.Append(s[j]);
                            }
                            else if (s[j] is '$' or '`')
                            {
                                unknown = true;
                            }
                            else
                            {
                                word.Append(s[j]);
                            }
                        }

                        if (j >= s.Length)
                        {
                            return null;
                        }

                        i = j;
                        break;
                    }

                    case '\\':
                        if (i + 1 < s.Length)
                        {
                            i++;
                            if (s[i] != '\n')
                            {
                                word.Append(s[i]);
                                inWord = true;
                            }
                        }

                        break;
                    case '$' or '`':
                        unknown = true;
                        inWord = true;
                        if (c == '$' && i + 1 < s.Length && s[i + 1] == '(')
                        {
                            // Skip the substitution; its contents are not analysed.
                            var level = 0;
                            for (i++; i < s.Length; i++)
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
                        }

                        break;
                    case '|' or '&':
                        Flush();
                        if (c == '&' && i + 1 < s.Length && s[i + 1] == '>')
                        {
                            var append = i + 2 < s.Length && s[i + 2] == '>';
                            tokens.Add(new Token(null, append ? "&>>" : "&>"));
                            i += append ? 2 : 1;
                        }
                        else if (i + 1 < s.Length && s[i + 1] == c)
                        {
                            tokens.Add(new Token(null, c == '|' ? "||" : "&&"));
                            i++;
                        }
                        else
                        {
                            tokens.Add(new Token(null, c == '|' ? "|" : ";"));
                        }

                        break;
                    case '>' or '<':
                    {
                        var prefix = string.Empty;
                        if (inWord && !unknown && word.Length == 1 && word[0] is >= '0' and <= '9')
                        {
                            prefix = word.ToString();
                            word.Clear();
                            inWord = false;
                        }

                        Flush();
                        if (c == '<')
                        {
                            if (i + 1 < s.Length && s[i + 1] == '<')
                            {
                                return null;
                            }

                            tokens.Add(new Token(null, "<"));
                            break;
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

                            break;
                        }

                        tokens.Add(new Token(null, prefix + op));
                        break;
                    }

                    case '(' or ')':
                        Flush();
                        tokens.Add(new Token(null, ";"));
                        break;
                    default:
                        word.Append(c);
                        inWord = true;
                        break;
                }
            }

            Flush();
            return tokens;
        }

        /// <summary>cmd.exe: double quotes group (and are removed here), ^ escapes, no single quotes.</summary>
        public static List<Token>? LexCmd(string s)
        {
            var tokens = new List<Token>();
            var word = new StringBuilder();
            var inWord = false;
            var unknown = false;
            void Flush()
            {
                if (inWord)
                {
                    tokens.Add(new Token(unknown ? Word.Unknown : Word.Literal(word.ToString()), null));
                }

                word.Clear();
                inWord = false;
                unknown = false;
            }

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
                        word.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"':
                        inQuotes = true;
                        inWord = true;
                        break;
                    case ' ' or '\t' or '\r':
                        Flush();
                        break;
                    case '\n':
                        Flush();
                        tokens.Add(new Token(null, ";"));
                        break;
                    case '^':
                        if (i + 1 < s.Length)
                        {
                            word.Append(s[++i]);
                            inWord = true;
                        }

                        break;
                    case '|' or '&':
                        Flush();
                        var doubled = i + 1 < s.Length && s[i + 1] == c;
                        if (doubled)
                        {
                            i++;
                        }

                        tokens.Add(new Token(null, c == '|' && !doubled ? "|" : ";"));
                        break;
                    case '>' or '<':
                    {
                        var prefix = string.Empty;
                        if (inWord && word.Length == 1 && word[0] is >= '0' and <= '9')
                        {
                            prefix = word.ToString();
                            word.Clear();
                            inWord = false;
                        }

                        Flush();
                        if (c == '<')
                        {
                            tokens.Add(new Token(null, "<"));
                            break;
                        }

                        var op = ">";
                        if (i + 1 < s.Length && s[i + 1] == '>')
                        {
                            op = ">>";
                            i++;
                        }

                        tokens.Add(new Token(null, prefix + op));
                        break;
                    }

                    case '%':
                        // %SystemRoot% stays symbolic; other variables are unknown.
                        var close = s.IndexOf('%', i + 1);
                        if (close > i && s.Substring(i, close - i + 1) is var variable
                            && (variable.Equals("%SystemRoot%", StringComparison.OrdinalIgnoreCase) || variable.Equals("%windir%", StringComparison.OrdinalIgnoreCase)))
                        {
                            word.Append(HostsPaths.SystemRoot);
                            i = close;
                        }
                        else
                        {
                            unknown = true;
                        }

                        inWord = true;
                        break;
                    default:
                        word.Append(c);
                        inWord = true;
                        break;
                }
            }

            Flush();
            return inQuotes ? null : tokens;
        }
    }
}
