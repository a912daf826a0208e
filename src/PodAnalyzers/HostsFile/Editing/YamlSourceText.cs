using System;
using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>Where YAML nodes sit in their text, beyond what their spans say.</summary>
internal static class YamlSourceText
{
    public static bool IsFlow(string text, YamlNode node) =>
        node.Span.Start < text.Length && text[node.Span.Start] is '{' or '[';

    /// <summary>The column of the '-' that introduces a block sequence item starting at <paramref name="itemStart"/>.</summary>
    public static int? DashColumn(string text, int itemStart)
    {
        var lineStart = TextLines.LineStart(text, itemStart);
        var prefix = text.Substring(lineStart, itemStart - lineStart);
        var trimmed = prefix.TrimEnd();
        if (!trimmed.EndsWith("-", StringComparison.Ordinal) || trimmed.Substring(0, trimmed.Length - 1).Trim().Length != 0)
        {
            return null;
        }

        return trimmed.Length - 1;
    }

    /// <summary>How far the dashes of the entry's block sequence sit right of its key; null when the value is no such sequence.</summary>
    public static int? DashOffset(string text, YamlEntry entry) =>
        entry.Value is YamlSequence { Items.Count: > 0 } sequence && !IsFlow(text, sequence)
            && DashColumn(text, sequence.Items[0].Span.Start) is { } dash
            ? Math.Max(0, dash - (entry.Key.Span.Column - 1))
            : null;

    /// <summary>The closing ']' of a flow sequence; -1 when absent.</summary>
    public static int FlowClose(string text, YamlSequence sequence)
    {
        // YamlDotNet's end mark of a flow sequence sits on the ']' itself, not after it.
        for (var i = Math.Max(sequence.Span.Start, sequence.Span.End - 1); i <= sequence.Span.End + 1 && i < text.Length; i++)
        {
            if (text[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where lines go after a node: after the line of its last scalar (block collections' own end marks sit on the next token).</summary>
    public static int AfterLastLine(string text, YamlNode node, TextEdits edits, string newLine)
    {
        var end = LastScalarEnd(node);
        var newline = text.IndexOf('\n', Math.Min(end, text.Length));
        if (newline >= 0)
        {
            return newline + 1;
        }

        edits.InsertFinalNewLine(newLine);
        return text.Length;
    }

    private static int LastScalarEnd(YamlNode node)
    {
        var max = node.Span.Start;
        var stack = new Stack<YamlNode>();
        stack.Push(node);
        var visited = 0;
        while (stack.Count > 0 && visited++ < 100_000)
        {
            switch (stack.Pop())
            {
                case YamlScalar scalar:
                    max = Math.Max(max, scalar.Span.End);
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        stack.Push(item);
                    }

                    break;
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        stack.Push(entry.Key);
                        stack.Push(entry.Value);
                    }

                    break;
            }
        }

        return max;
    }
}
