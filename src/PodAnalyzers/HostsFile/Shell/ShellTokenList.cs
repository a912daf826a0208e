using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.HostsFile.Shell;

/// <summary>The word a lexer is building and the tokens it has finished: the state both lexers share.</summary>
internal sealed class ShellTokenList
{
    private readonly StringBuilder word = new();
    private bool inWord;
    private bool unknown;

    public List<ShellToken> Tokens { get; } = new();

    public bool InWord => inWord;

    public void Append(char c)
    {
        word.Append(c);
        inWord = true;
    }

    public void Append(string s, int start, int count)
    {
        word.Append(s, start, count);
        inWord = true;
    }

    /// <summary>Starts a word that may stay empty (<c>""</c> is a word).</summary>
    public void StartWord() => inWord = true;

    public void MarkUnknown()
    {
        unknown = true;
        inWord = true;
    }

    public void EndWord()
    {
        if (inWord)
        {
            Tokens.Add(new ShellToken(unknown ? ShellWord.Unknown : ShellWord.Literal(word.ToString()), null));
        }

        word.Clear();
        inWord = false;
        unknown = false;
    }

    public void AddOperator(string op)
    {
        EndWord();
        Tokens.Add(new ShellToken(null, op));
    }

    /// <summary>
    /// A single digit just before a redirection names the descriptor (<c>2&gt;</c>): it leaves the
    /// word and becomes part of the operator. Empty when the word is anything else.
    /// </summary>
    public string TakeDescriptorPrefix(bool evenIfUnknown)
    {
        if (!inWord || (unknown && !evenIfUnknown) || word.Length != 1 || word[0] is not (>= '0' and <= '9'))
        {
            return string.Empty;
        }

        var prefix = word.ToString();
        word.Clear();
        inWord = false;
        return prefix;
    }
}
