using System.Collections.Generic;

namespace PodAnalyzers.HostsFile.Shell;

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
    public static ShellWrite? AnalyzeProcess(string fileName, string arguments) =>
        AnalyzeProcess(fileName, ProcessArguments.Split(arguments));

    /// <summary>A process started with <paramref name="fileName"/> and an argument list.</summary>
    public static ShellWrite? AnalyzeProcess(string fileName, IReadOnlyList<string> arguments)
    {
        var argv = new List<ShellWord> { ShellWord.Literal(fileName) };
        foreach (var argument in arguments)
        {
            argv.Add(ShellWord.Literal(argument));
        }

        return AnalyzeArgv(argv, null, 0);
    }

    /// <summary>A POSIX shell script (the argument of <c>sh -c</c>).</summary>
    public static ShellWrite? AnalyzeScript(string script) => AnalyzeScript(script, cmd: false, 0);

    /// <inheritdoc cref="ProcessArguments.Split"/>
    public static IReadOnlyList<string> SplitArguments(string arguments) => ProcessArguments.Split(arguments);

    private static ShellWrite? AnalyzeScript(string script, bool cmd, int depth)
    {
        if (depth > MaxDepth || script.Length > 10_000)
        {
            return null;
        }

        var tokens = cmd ? CmdLexer.Lex(script) : ShLexer.Lex(script);
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
            if (SimpleCommand.IsOutputRedirection(op) || op == "<")
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
            var argv = CommandPrefixes.Strip(command.Words);
            var output = argv.Count > 0 && argv[0].Text is { } program ? EchoCommand.Output(ProgramNames.Of(program), argv, cmd) : null;
            foreach (var (op, target) in command.Redirections)
            {
                if (SimpleCommand.IsOutputRedirection(op) && HostsPaths.IsHostsFile(target.Text))
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

    private static ShellWrite? AnalyzeArgv(List<ShellWord> argv, string? stdinText, int depth)
    {
        argv = CommandPrefixes.Strip(argv);
        if (depth > MaxDepth || argv.Count == 0 || argv[0].Text is not { } programText)
        {
            return null;
        }

        var program = ProgramNames.Of(programText);
        if (ShellInvocations.ScriptOf(program, argv) is { } invocation)
        {
            // The write is reported as the outer shell's, with the inner command's details.
            return AnalyzeScript(invocation.Script, invocation.Cmd, depth + 1) is { } inner
                ? new ShellWrite(program, inner.How, inner.Path, inner.WrittenText)
                : null;
        }

        return HostsWriterCommands.Recognize(program, argv, stdinText);
    }
}
