using System;
using System.Collections.Generic;
using System.Text;
using PodAnalyzers.Yaml;
using static PodAnalyzers.HostsFile.Editing.YamlSourceText;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>Adds an entry's missing hostnames to the existing hostAliases item with the same IP.</summary>
internal static class HostnamesMerge
{
    /// <summary>False when the item's shape is one it cannot edit safely.</summary>
    public static bool Merge(string text, YamlMapping item, HostsEntry entry, Layout layout, TextEdits edits)
    {
        if (IsFlow(text, item))
        {
            return false;
        }

        var hostnamesEntry = PodSpecLocator.FindEntry(item, "hostnames");
        var missing = Missing(entry.Hostnames, hostnamesEntry?.Value as YamlSequence);
        if (missing.Count == 0)
        {
            return true;
        }

        if (hostnamesEntry is null)
        {
            var keyColumn = item.Entries[0].Key.Span.Column - 1;
            var builder = new StringBuilder().Append(AliasText.Spaces(keyColumn)).Append("hostnames:").Append(layout.NewLine);
            AliasText.AppendBlockNames(builder, missing, keyColumn + layout.SequenceOffset, layout.NewLine);
            edits.Insert(AfterLastLine(text, item, edits, layout.NewLine), builder.ToString());
            return true;
        }

        return hostnamesEntry.Value switch
        {
            YamlScalar { IsNull: true, Value: "" } => AddAfterEmptyKey(text, item, hostnamesEntry, missing, layout, edits),
            YamlSequence names when IsFlow(text, names) => AddToFlowList(text, names, missing, edits),
            YamlSequence names => AddToBlockList(text, names, missing, layout, edits),
            _ => false,
        };
    }

    private static List<string> Missing(IReadOnlyList<string> wanted, YamlSequence? existing)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in existing?.Items ?? Array.Empty<YamlNode>())
        {
            if (name is YamlScalar scalar)
            {
                present.Add(scalar.Value);
            }
        }

        var missing = new List<string>();
        foreach (var name in wanted)
        {
            if (!present.Contains(name))
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    /// <summary>"hostnames:" with nothing after it: the names go on the following lines.</summary>
    private static bool AddAfterEmptyKey(string text, YamlMapping item, YamlEntry hostnamesEntry, List<string> missing, Layout layout, TextEdits edits)
    {
        var keyColumn = item.Entries[0].Key.Span.Column - 1;
        var builder = new StringBuilder();
        AliasText.AppendBlockNames(builder, missing, keyColumn + layout.SequenceOffset, layout.NewLine);
        var added = AliasText.WithoutFinalNewLine(builder.ToString(), layout.NewLine);
        edits.Insert(TextLines.LineBreakAt(text, hostnamesEntry.Key.Span.End), layout.NewLine + added);
        return true;
    }

    private static bool AddToFlowList(string text, YamlSequence names, List<string> missing, TextEdits edits)
    {
        var close = FlowClose(text, names);
        if (close < 0)
        {
            return false;
        }

        edits.Insert(close, (names.Items.Count > 0 ? ", " : string.Empty) + AliasText.FlowNames(missing));
        return true;
    }

    private static bool AddToBlockList(string text, YamlSequence names, List<string> missing, Layout layout, TextEdits edits)
    {
        if (names.Items.Count == 0 || DashColumn(text, names.Items[0].Span.Start) is not { } dash)
        {
            return false;
        }

        var lines = new StringBuilder();
        AliasText.AppendBlockNames(lines, missing, dash, layout.NewLine);
        edits.Insert(AfterLastLine(text, names, edits, layout.NewLine), lines.ToString());
        return true;
    }
}
