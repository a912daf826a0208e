namespace PodAnalyzers.Yaml;

/// <summary>YamlDotNet reports a tab used as indentation at the enclosing mapping: find the tab itself.</summary>
internal static class IndentingTab
{
    public static SourceSpan? Find(string text, int from)
    {
        var lineStart = from == 0 || text[from - 1] == '\n' ? from : NextLineStart(text, from);
        for (; lineStart < text.Length; lineStart = NextLineStart(text, lineStart))
        {
            var indentEnd = lineStart;
            while (indentEnd < text.Length && text[indentEnd] == ' ')
            {
                indentEnd++;
            }

            if (indentEnd < text.Length && text[indentEnd] == '\t')
            {
                return TextPositions.SpanAt(text, indentEnd, 1);
            }
        }

        return null;
    }

    private static int NextLineStart(string text, int offset)
    {
        var newline = text.IndexOf('\n', offset);
        return newline < 0 ? text.Length : newline + 1;
    }
}
