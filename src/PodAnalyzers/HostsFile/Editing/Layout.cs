using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>The file's indentation style around one spec mapping.</summary>
internal sealed class Layout
{
    private Layout(int keyColumn, int sequenceOffset, string newLine)
    {
        KeyColumn = keyColumn;
        SequenceOffset = sequenceOffset;
        NewLine = newLine;
    }

    /// <summary>0-based column of the spec's keys.</summary>
    public int KeyColumn { get; }

    /// <summary>How far a block sequence's dashes sit right of their key: 0 (kubectl style) or more.</summary>
    public int SequenceOffset { get; }

    public string NewLine { get; }

    public static Layout? Of(string text, YamlMapping spec)
    {
        if (spec.Entries.Count == 0)
        {
            return null;
        }

        var firstKey = spec.Entries[0].Key.Span.Start;
        if (!TextLines.StartsItsLine(text, firstKey))
        {
            return null;
        }

        var keyColumn = firstKey - TextLines.LineStart(text, firstKey);
        return new Layout(keyColumn, SequenceOffsetIn(text, spec) ?? 0, TextLines.NewLineOf(text));
    }

    /// <summary>The dash offset of the first block sequence found under a key, breadth first.</summary>
    private static int? SequenceOffsetIn(string text, YamlMapping root)
    {
        var queue = new Queue<YamlMapping>();
        queue.Enqueue(root);
        var visited = 0;
        while (queue.Count > 0 && visited++ < 10_000)
        {
            var mapping = queue.Dequeue();
            foreach (var entry in mapping.Entries)
            {
                if (YamlSourceText.DashOffset(text, entry) is { } offset)
                {
                    return offset;
                }

                if (entry.Value is YamlMapping child)
                {
                    queue.Enqueue(child);
                }
                else if (entry.Value is YamlSequence items)
                {
                    foreach (var item in items.Items)
                    {
                        if (item is YamlMapping itemMapping)
                        {
                            queue.Enqueue(itemMapping);
                        }
                    }
                }
            }
        }

        return null;
    }
}
