using System;
using System.Collections.Generic;
using System.Text;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.HostsFile;

/// <summary>
/// Adds hosts entries to the <c>hostAliases</c> of one pod source by editing its YAML text in
/// place: everything else (comments, quoting, key order, line endings) stays byte for byte.
/// New lines follow the file's own indentation. Returns null when the file's shape is one it
/// cannot edit safely (syntax errors, flow-style hostAliases, a missing spec).
/// </summary>
internal static class HostAliasesEditor
{
    public static string? Add(string text, PodSource pod, IReadOnlyList<HostsEntry> entries)
    {
        try
        {
            return AddCore(text, pod, entries);
        }
        catch (Exception exception) when (exception is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? AddCore(string text, PodSource pod, IReadOnlyList<HostsEntry> entries)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var stream = YamlReader.Read(text);
        if (stream.Error is not null || FindSpec(stream, pod) is not { } spec)
        {
            return null;
        }

        var edits = new Edits(text);
        if (IsFlow(text, spec))
        {
            return AddToFlowSpec(text, spec, entries, edits) ? edits.Apply() : null;
        }

        var layout = Layout.Of(text, spec);
        if (layout is null)
        {
            return null;
        }

        var aliasesEntry = FindEntry(spec, "hostAliases");
        if (aliasesEntry is null)
        {
            var builder = new StringBuilder();
            builder.Append(Spaces(layout.KeyColumn)).Append("hostAliases:").Append(layout.NewLine);
            foreach (var entry in entries)
            {
                AppendItem(builder, layout.KeyColumn + layout.SequenceOffset, layout.SequenceOffset, entry.Ip, entry.Hostnames, layout.NewLine);
            }

            edits.Insert(LeadingCommentsStart(text, spec.Entries[0].Key.Span.Start), builder.ToString());
            return edits.Apply();
        }

        if (aliasesEntry.Value is YamlSequence { Items.Count: 0 } empty && IsFlow(text, empty))
        {
            // hostAliases: []  ->  a block list in its place.
            var builder = new StringBuilder();
            foreach (var entry in entries)
            {
                AppendItem(builder, layout.KeyColumn + layout.SequenceOffset, layout.SequenceOffset, entry.Ip, entry.Hostnames, layout.NewLine);
            }

            var itemsText = builder.ToString();
            var emptyEnd = FlowClose(text, empty) + 1;
            if (emptyEnd <= 0)
            {
                return null;
            }

            edits.Replace(aliasesEntry.Key.Span.End, emptyEnd - aliasesEntry.Key.Span.End, ":" + layout.NewLine + itemsText.Substring(0, itemsText.Length - layout.NewLine.Length));
            return edits.Apply();
        }

        if (aliasesEntry.Value is not YamlSequence aliases || IsFlow(text, aliases) || aliases.Items.Count == 0)
        {
            return null;
        }

        var items = new List<YamlMapping>();
        foreach (var item in aliases.Items)
        {
            if (item is not YamlMapping mapping || mapping.Entries.Count == 0)
            {
                return null;
            }

            items.Add(mapping);
        }

        var itemDash = DashColumn(text, items[0].Span.Start);
        if (itemDash is null)
        {
            return null;
        }

        var appended = new StringBuilder();
        foreach (var entry in entries)
        {
            var existing = items.Find(item => FindEntry(item, "ip")?.Value is YamlScalar ip && ip.Value == entry.Ip);
            if (existing is null)
            {
                AppendItem(appended, itemDash.Value, HostnamesOffset(text, items) ?? layout.SequenceOffset, entry.Ip, entry.Hostnames, layout.NewLine);
            }
            else if (!MergeHostnames(text, existing, entry, layout, edits))
            {
                return null;
            }
        }

        if (appended.Length > 0)
        {
            edits.Insert(AfterLastLine(text, aliases, edits, layout.NewLine), appended.ToString());
        }

        return edits.Apply();
    }

    private static bool MergeHostnames(string text, YamlMapping item, HostsEntry entry, Layout layout, Edits edits)
    {
        if (IsFlow(text, item))
        {
            return false;
        }

        var hostnamesEntry = FindEntry(item, "hostnames");
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (hostnamesEntry?.Value is YamlSequence existingNames)
        {
            foreach (var name in existingNames.Items)
            {
                if (name is YamlScalar scalar)
                {
                    present.Add(scalar.Value);
                }
            }
        }

        var missing = entry.Hostnames.Where(name => !present.Contains(name));
        if (missing.Count == 0)
        {
            return true;
        }

        var keyColumn = item.Entries[0].Key.Span.Column - 1;
        if (hostnamesEntry is null || hostnamesEntry.Value is YamlScalar { IsNull: true, Value: "" })
        {
            var builder = new StringBuilder();
            if (hostnamesEntry is null)
            {
                builder.Append(Spaces(keyColumn)).Append("hostnames:").Append(layout.NewLine);
            }

            foreach (var name in missing)
            {
                builder.Append(Spaces(keyColumn + layout.SequenceOffset)).Append("- ").Append(Quote(name)).Append(layout.NewLine);
            }

            if (hostnamesEntry is null)
            {
                edits.Insert(AfterLastLine(text, item, edits, layout.NewLine), builder.ToString());
            }
            else
            {
                // "hostnames:" with nothing after it: the names go on the following lines.
                var added = builder.ToString();
                edits.Insert(LineBreakAt(text, hostnamesEntry.Key.Span.End), layout.NewLine + added.Substring(0, added.Length - layout.NewLine.Length));
            }

            return true;
        }

        if (hostnamesEntry.Value is not YamlSequence names)
        {
            return false;
        }

        if (IsFlow(text, names))
        {
            var close = FlowClose(text, names);
            if (close < 0)
            {
                return false;
            }

            var quoted = new List<string>();
            foreach (var name in missing)
            {
                quoted.Add(Quote(name));
            }

            edits.Insert(close, (names.Items.Count > 0 ? ", " : string.Empty) + string.Join(", ", quoted));
            return true;
        }

        var dash = names.Items.Count > 0 ? DashColumn(text, names.Items[0].Span.Start) : null;
        if (dash is null)
        {
            return false;
        }

        var lines = new StringBuilder();
        foreach (var name in missing)
        {
            lines.Append(Spaces(dash.Value)).Append("- ").Append(Quote(name)).Append(layout.NewLine);
        }

        edits.Insert(AfterLastLine(text, names, edits, layout.NewLine), lines.ToString());
        return true;
    }

    private static bool AddToFlowSpec(string text, YamlMapping spec, IReadOnlyList<HostsEntry> entries, Edits edits)
    {
        if (FindEntry(spec, "hostAliases") is not null)
        {
            return false;
        }

        var json = spec.Entries.Count > 0 && text[spec.Entries[0].Key.Span.Start] == '"';
        string Key(string name) => json ? "\"" + name + "\"" : name;
        var items = new List<string>();
        foreach (var entry in entries)
        {
            var names = new List<string>();
            foreach (var name in entry.Hostnames)
            {
                names.Add(Quote(name));
            }

            items.Add("{ " + Key("ip") + ": " + Quote(entry.Ip) + ", " + Key("hostnames") + ": [ " + string.Join(", ", names) + " ] }");
        }

        var value = Key("hostAliases") + ": [ " + string.Join(", ", items) + " ]";
        if (spec.Entries.Count == 0)
        {
            var open = spec.Span.Start;
            edits.Insert(open + 1, " " + value + " ");
            return true;
        }

        var first = spec.Entries[0].Key.Span.Start;
        var lineStart = LineStart(text, first);
        var onOwnLine = text.Substring(lineStart, first - lineStart).Trim().Length == 0;
        var newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        edits.Insert(first, value + "," + (onOwnLine ? newLine + text.Substring(lineStart, first - lineStart) : " "));
        return true;
    }

    private static void AppendItem(StringBuilder builder, int dashColumn, int sequenceOffset, string ip, IReadOnlyList<string> hostnames, string newLine)
    {
        builder.Append(Spaces(dashColumn)).Append("- ip: ").Append(Quote(ip)).Append(newLine);
        builder.Append(Spaces(dashColumn + 2)).Append("hostnames:").Append(newLine);
        foreach (var name in hostnames)
        {
            builder.Append(Spaces(dashColumn + 2 + sequenceOffset)).Append("- ").Append(Quote(name)).Append(newLine);
        }
    }

    private static YamlMapping? FindSpec(YamlStream stream, PodSource pod)
    {
        YamlMapping? current = null;
        foreach (var document in stream.Documents)
        {
            if (document.Index == pod.DocumentIndex && document.Root is YamlMapping root)
            {
                current = FindObject(root, pod.ObjectSpan);
            }
        }

        if (current is null)
        {
            return null;
        }

        foreach (var step in pod.Spec.Path.Split('.'))
        {
            if (FindEntry(current, step)?.Value is not YamlMapping next)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static YamlMapping? FindObject(YamlMapping root, SourceSpan span)
    {
        if (root.Span.Start == span.Start && root.Span.End == span.End)
        {
            return root;
        }

        if (FindEntry(root, "items")?.Value is YamlSequence items)
        {
            foreach (var item in items.Items)
            {
                if (item is YamlMapping mapping && mapping.Span.Start == span.Start && mapping.Span.End == span.End)
                {
                    return mapping;
                }
            }
        }

        return null;
    }

    /// <summary>The entry for a key; null when the key appears twice (which one kubectl keeps is not worth guessing here).</summary>
    private static YamlEntry? FindEntry(YamlMapping mapping, string key)
    {
        YamlEntry? found = null;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar scalar && scalar.Value == key)
            {
                if (found is not null)
                {
                    throw new InvalidOperationException("duplicate key " + key);
                }

                found = entry;
            }
        }

        return found;
    }

    private static bool IsFlow(string text, YamlNode node) =>
        node.Span.Start < text.Length && text[node.Span.Start] is '{' or '[';

    /// <summary>The column of the '-' that introduces a block sequence item starting at <paramref name="itemStart"/>.</summary>
    private static int? DashColumn(string text, int itemStart)
    {
        var lineStart = LineStart(text, itemStart);
        var prefix = text.Substring(lineStart, itemStart - lineStart);
        var trimmed = prefix.TrimEnd();
        if (!trimmed.EndsWith("-", StringComparison.Ordinal) || trimmed.Substring(0, trimmed.Length - 1).Trim().Length != 0)
        {
            return null;
        }

        return trimmed.Length - 1;
    }

    /// <summary>How far the hostnames' dashes sit right of the <c>hostnames</c> key in existing items.</summary>
    private static int? HostnamesOffset(string text, List<YamlMapping> items)
    {
        foreach (var item in items)
        {
            var entry = item.Entries.Count > 0 ? FindEntrySafe(item, "hostnames") : null;
            if (entry?.Value is YamlSequence { Items.Count: > 0 } names && !IsFlow(text, names)
                && DashColumn(text, names.Items[0].Span.Start) is { } dash)
            {
                return Math.Max(0, dash - (entry.Key.Span.Column - 1));
            }
        }

        return null;
    }

    private static YamlEntry? FindEntrySafe(YamlMapping mapping, string key)
    {
        try
        {
            return FindEntry(mapping, key);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The closing ']' of a flow sequence; -1 when absent.</summary>
    private static int FlowClose(string text, YamlSequence sequence)
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

    /// <summary>The start of the key's line, moved up over comment lines directly above it (they belong to the key).</summary>
    private static int LeadingCommentsStart(string text, int keyStart)
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

    private static int LineStart(string text, int offset)
    {
        var newline = offset == 0 ? -1 : text.LastIndexOf('\n', Math.Min(offset, text.Length) - 1);
        return newline + 1;
    }

    /// <summary>Where the line holding <paramref name="offset"/> ends, before its line break (CR LF included); the text's end on the last line.</summary>
    private static int LineBreakAt(string text, int offset)
    {
        var newline = text.IndexOf('\n', Math.Min(offset, text.Length));
        if (newline < 0)
        {
            return text.Length;
        }

        return newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    /// <summary>Where lines go after a node: after the line of its last scalar (block collections' own end marks sit on the next token).</summary>
    private static int AfterLastLine(string text, YamlNode node, Edits edits, string newLine)
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

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static string Spaces(int count) => new(' ', Math.Max(0, count));

    private static List<string> Where(this IReadOnlyList<string> source, Func<string, bool> predicate)
    {
        var result = new List<string>();
        foreach (var item in source)
        {
            if (predicate(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>The file's indentation style around one spec mapping.</summary>
    private sealed class Layout
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
            var lineStart = LineStart(text, firstKey);
            if (text.Substring(lineStart, firstKey - lineStart).Trim().Length != 0)
            {
                return null;
            }

            var newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            return new Layout(firstKey - lineStart, SequenceOffsetIn(text, spec) ?? 0, newLine);
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
                    if (entry.Value is YamlSequence { Items.Count: > 0 } sequence && !IsFlow(text, sequence)
                        && DashColumn(text, sequence.Items[0].Span.Start) is { } dash)
                    {
                        return Math.Max(0, dash - (entry.Key.Span.Column - 1));
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

    /// <summary>Text edits collected against the original text, applied back to front.</summary>
    private sealed class Edits
    {
        private readonly string text;
        private readonly List<(int Offset, int Length, string Text, int Order)> edits = new();

        public Edits(string text) => this.text = text;

        private bool finalNewLine;

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
}
