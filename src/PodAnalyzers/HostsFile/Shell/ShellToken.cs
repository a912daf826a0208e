namespace PodAnalyzers.HostsFile.Shell;

/// <summary>What a lexer produces: a word, or an operator (<c>|</c>, <c>;</c>, <c>&gt;&gt;</c>, ...).</summary>
internal sealed class ShellToken
{
    public ShellToken(ShellWord? word, string? op)
    {
        Word = word;
        Operator = op;
    }

    public ShellWord? Word { get; }

    public string? Operator { get; }
}
