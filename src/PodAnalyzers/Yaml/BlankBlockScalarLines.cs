using System;
using YamlDotNet.Core;

namespace PodAnalyzers.Yaml;

/// <summary>
/// A literal or folded block scalar whose first lines hold only spaces, no deeper than its
/// content, is valid YAML (libyaml and go-yaml, and so kubectl, read it: those lines are empty
/// lines of the scalar). YamlDotNet refuses it ("found extra spaces in first line", YamlDotNet
/// #523, #535). The repair moves those spaces to the end of the block's header line, where they
/// are insignificant: the scalar's value and every offset after the header stay as they were.
/// </summary>
internal static class BlankBlockScalarLines
{
    private const string Refusal = "found extra spaces in first line";

    /// <summary>The text YamlDotNet reads as libyaml would, when <paramref name="error"/> is that refusal and the lines qualify.</summary>
    public static bool TryRepair(string text, YamlException error, out string repaired)
    {
        repaired = text;
        var contentStart = checked((int)error.Start.Index);
        if (error.Message.IndexOf(Refusal, StringComparison.Ordinal) < 0 || contentStart <= 0 || contentStart > text.Length || text[contentStart - 1] != '\n')
        {
            return false;
        }

        var contentIndent = CountSpaces(text, contentStart);
        var blankStart = contentStart;
        while (PreviousLineStart(text, blankStart) is { } previous && IsBlank(text, previous, blankStart))
        {
            if (CountSpaces(text, previous) > contentIndent)
            {
                return false;
            }

            blankStart = previous;
        }

        if (blankStart == contentStart || blankStart == 0)
        {
            return false;
        }

        // The header line ends just before blankStart ("\n", or "\r\n").
        var headerEnd = blankStart - 1;
        if (headerEnd > 0 && text[headerEnd - 1] == '\r')
        {
            headerEnd--;
        }

        var blankLines = text.Substring(blankStart, contentStart - blankStart);
        var spaces = blankLines.Length - blankLines.Replace(" ", string.Empty).Length;
        repaired = text.Substring(0, headerEnd)
            + new string(' ', spaces)
            + text.Substring(headerEnd, blankStart - headerEnd)
            + blankLines.Replace(" ", string.Empty)
            + text.Substring(contentStart);
        return true;
    }

    private static int? PreviousLineStart(string text, int lineStart)
    {
        if (lineStart == 0)
        {
            return null;
        }

        return lineStart >= 2 ? text.LastIndexOf('\n', lineStart - 2) + 1 : 0;
    }

    /// <summary>The line from <paramref name="start"/> to <paramref name="nextLineStart"/> holds spaces only (and its line break).</summary>
    private static bool IsBlank(string text, int start, int nextLineStart)
    {
        for (var i = start; i < nextLineStart; i++)
        {
            if (text[i] is not (' ' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountSpaces(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        return end - start;
    }
}
