using System;
using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>Text edits collected against the original text, applied back to front.</summary>
internal sealed class TextEdits
{
    private readonly string text;
    private readonly List<(int Offset, int Length, string Text, int Order)> edits = new();
    private bool finalNewLine;

    public TextEdits(string text) => this.text = text;

    public void Insert(int offset, string value) => Replace(offset, 0, value);

    /// <summary>The text lacks a final line break: add one, once, before lines appended at its end.</summary>
    public void InsertFinalNewLine(string newLine)
    {
        if (!finalNewLine)
        {
            finalNewLine = true;
            Insert(text.Length, newLine);
        }
    }

    public void Replace(int offset, int length, string value) => edits.Add((offset, length, value, edits.Count));

    public string Apply()
    {
        edits.Sort((a, b) => a.Offset != b.Offset ? b.Offset.CompareTo(a.Offset) : b.Order.CompareTo(a.Order));
        var builder = new StringBuilder(text);
        var previous = int.MaxValue;
        foreach (var edit in edits)
        {
            if (edit.Offset + edit.Length > previous)
            {
                throw new InvalidOperationException("overlapping edits");
            }

            builder.Remove(edit.Offset, edit.Length).Insert(edit.Offset, edit.Text);
            previous = edit.Offset;
        }

        return builder.ToString();
    }
}
