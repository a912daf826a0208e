using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>Adds hostAliases to a flow-style spec (<c>spec: { ... }</c>, JSON included) as a flow value.</summary>
internal static class FlowSpecInsertion
{
    public static bool Add(string text, YamlMapping spec, IReadOnlyList<HostsEntry> entries, TextEdits edits)
    {
        if (PodSpecLocator.FindEntry(spec, "hostAliases") is not null)
        {
            return false;
        }

        var json = spec.Entries.Count > 0 && text[spec.Entries[0].Key.Span.Start] == '"';
        string Key(string name) => json ? "\"" + name + "\"" : name;
        var items = new List<string>();
        foreach (var entry in entries)
        {
            items.Add("{ " + Key("ip") + ": " + AliasText.Quote(entry.Ip) + ", " + Key("hostnames") + ": [ " + AliasText.FlowNames(entry.Hostnames) + " ] }");
        }

        var value = Key("hostAliases") + ": [ " + string.Join(", ", items) + " ]";
        if (spec.Entries.Count == 0)
        {
            var open = spec.Span.Start;
            edits.Insert(open + 1, " " + value + " ");
            return true;
        }

        var first = spec.Entries[0].Key.Span.Start;
        var lineStart = TextLines.LineStart(text, first);
        var separator = TextLines.StartsItsLine(text, first) ? TextLines.NewLineOf(text) + text.Substring(lineStart, first - lineStart) : " ";
        edits.Insert(first, value + "," + separator);
        return true;
    }
}
