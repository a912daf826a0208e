namespace PodAnalyzers.Yaml;

internal static class TextPositions
{
    /// <summary>
    /// A span for a range found by searching the raw text (YAML marks are unavailable there); lines
    /// end at LF, CRLF or a lone CR, as YamlDotNet and Roslyn count them.
    /// </summary>
    public static SourceSpan SpanAt(string text, int start, int length)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < start; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceSpan(start, start + length, line, start - lineStart + 1);
    }
}
