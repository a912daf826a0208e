using System;
using System.Collections.Generic;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;
using static PodAnalyzers.HostsFile.Editing.YamlSourceText;

namespace PodAnalyzers.HostsFile.Editing;

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
        if (stream.Error is not null || PodSpecLocator.FindSpec(stream, pod) is not { } spec)
        {
            return null;
        }

        var edits = new TextEdits(text);
        if (IsFlow(text, spec))
        {
            return FlowSpecInsertion.Add(text, spec, entries, edits) ? edits.Apply() : null;
        }

        if (Layout.Of(text, spec) is not { } layout)
        {
            return null;
        }

        var added = PodSpecLocator.FindEntry(spec, "hostAliases") switch
        {
            null => AddList(text, spec, entries, layout, edits),
            { Value: YamlSequence { Items.Count: 0 } empty } aliasesEntry when IsFlow(text, empty) => ReplaceEmptyList(text, aliasesEntry, empty, entries, layout, edits),
            { Value: YamlSequence aliases } when !IsFlow(text, aliases) && aliases.Items.Count > 0 => AddToList(text, aliases, entries, layout, edits),
            _ => false,
        };
        return added ? edits.Apply() : null;
    }

    /// <summary>No hostAliases yet: a new key above the spec's first one (and the comments over it).</summary>
    private static bool AddList(string text, YamlMapping spec, IReadOnlyList<HostsEntry> entries, Layout layout, TextEdits edits)
    {
        var list = AliasText.Spaces(layout.KeyColumn) + "hostAliases:" + layout.NewLine
            + AliasText.BlockItems(entries, layout.KeyColumn + layout.SequenceOffset, layout.SequenceOffset, layout.NewLine);
        edits.Insert(TextLines.LeadingCommentsStart(text, spec.Entries[0].Key.Span.Start), list);
        return true;
    }

    /// <summary><c>hostAliases: []</c> becomes a block list in its place.</summary>
    private static bool ReplaceEmptyList(string text, YamlEntry aliasesEntry, YamlSequence empty, IReadOnlyList<HostsEntry> entries, Layout layout, TextEdits edits)
    {
        var itemsText = AliasText.BlockItems(entries, layout.KeyColumn + layout.SequenceOffset, layout.SequenceOffset, layout.NewLine);
        var emptyEnd = FlowClose(text, empty) + 1;
        if (emptyEnd <= 0)
        {
            return false;
        }

        var keyEnd = aliasesEntry.Key.Span.End;
        edits.Replace(keyEnd, emptyEnd - keyEnd, ":" + layout.NewLine + AliasText.WithoutFinalNewLine(itemsText, layout.NewLine));
        return true;
    }

    /// <summary>A block list: new IPs become new items, known IPs get their missing hostnames.</summary>
    private static bool AddToList(string text, YamlSequence aliases, IReadOnlyList<HostsEntry> entries, Layout layout, TextEdits edits)
    {
        var items = new List<YamlMapping>();
        foreach (var item in aliases.Items)
        {
            if (item is not YamlMapping mapping || mapping.Entries.Count == 0)
            {
                return false;
            }

            items.Add(mapping);
        }

        if (DashColumn(text, items[0].Span.Start) is not { } itemDash)
        {
            return false;
        }

        var newEntries = new List<HostsEntry>();
        foreach (var entry in entries)
        {
            var existing = items.Find(item => PodSpecLocator.FindEntry(item, "ip")?.Value is YamlScalar ip && ip.Value == entry.Ip);
            if (existing is null)
            {
                newEntries.Add(entry);
            }
            else if (!HostnamesMerge.Merge(text, existing, entry, layout, edits))
            {
                return false;
            }
        }

        if (newEntries.Count > 0)
        {
            var appended = AliasText.BlockItems(newEntries, itemDash, HostnamesOffset(text, items) ?? layout.SequenceOffset, layout.NewLine);
            edits.Insert(AfterLastLine(text, aliases, edits, layout.NewLine), appended);
        }

        return true;
    }

    /// <summary>How far the hostnames' dashes sit right of the <c>hostnames</c> key in existing items.</summary>
    private static int? HostnamesOffset(string text, List<YamlMapping> items)
    {
        foreach (var item in items)
        {
            if (FindEntryOrNull(item, "hostnames") is { } entry && DashOffset(text, entry) is { } offset)
            {
                return offset;
            }
        }

        return null;
    }

    /// <summary>Like <see cref="PodSpecLocator.FindEntry"/>, but a duplicated key only means "no example to follow".</summary>
    private static YamlEntry? FindEntryOrNull(YamlMapping mapping, string key)
    {
        try
        {
            return PodSpecLocator.FindEntry(mapping, key);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
