using System;
using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>The YAML text of new hostAliases items and hostnames, always double-quoted.</summary>
internal static class AliasText
{
    /// <summary>Block items, each ending with <paramref name="newLine"/>.</summary>
    public static string BlockItems(IReadOnlyList<HostsEntry> entries, int dashColumn, int sequenceOffset, string newLine)
    {
        var builder = new StringBuilder();
        foreach (var entry in entries)
        {
            builder.Append(Spaces(dashColumn)).Append("- ip: ").Append(Quote(entry.Ip)).Append(newLine);
            builder.Append(Spaces(dashColumn + 2)).Append("hostnames:").Append(newLine);
            AppendBlockNames(builder, entry.Hostnames, dashColumn + 2 + sequenceOffset, newLine);
        }

        return builder.ToString();
    }

    /// <summary>One <c>- "name"</c> line per name.</summary>
    public static void AppendBlockNames(StringBuilder builder, IReadOnlyList<string> names, int dashColumn, string newLine)
    {
        foreach (var name in names)
        {
            builder.Append(Spaces(dashColumn)).Append("- ").Append(Quote(name)).Append(newLine);
        }
    }

    /// <summary>The names quoted and separated by commas, for a flow sequence.</summary>
    public static string FlowNames(IReadOnlyList<string> names)
    {
        var quoted = new List<string>();
        foreach (var name in names)
        {
            quoted.Add(Quote(name));
        }

        return string.Join(", ", quoted);
    }

    public static string Quote(string value)
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

    public static string Spaces(int count) => new(' ', Math.Max(0, count));

    /// <summary>Lines inserted just before an existing line break end without one of their own.</summary>
    public static string WithoutFinalNewLine(string lines, string newLine) => lines.Substring(0, lines.Length - newLine.Length);
}
