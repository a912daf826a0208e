using System;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>Line arithmetic on the raw text.</summary>
internal static class TextLines
{
    public static int LineStart(string text, int offset)
    {
        var newline = offset == 0 ? -1 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1);
        return newline + 1;
    }

    /// <summary>Where the line holding <paramref name="offset"/> ends, before its line break (CR LF included); the text's end on the last line.</summary>
    public static int LineBreakAt(string text, int offset)
    {
        var newline = text.IndexOf('\n', Math.Min(offset, text.Length));
        if (newline < 0)
        {
            return text.Length;
        }

        return newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    /// <summary>The start of the key's line, moved up over comment lines directly above it (they belong to the key).</summary>
    public static int LeadingCommentsStart(string text, int keyStart)
    {
        var start = LineStart(text, keyStart);
        while (start > 0)
        {
            var previous = LineStart(text, start - 1);
            if (!text.Substring(previous, start - previous).TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            start = previous;
        }

        return start;
    }

    /// <summary>Whether <paramref name="offset"/> is the first non-blank character of its line.</summary>
    public static bool StartsItsLine(string text, int offset)
    {
        var lineStart = LineStart(text, offset);
        return text.Substring(lineStart, offset - lineStart).Trim().Length == 0;
    }

    /// <summary>The file's line break: CR LF as soon as one line uses it.</summary>
    public static string NewLineOf(string text) => text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
}
