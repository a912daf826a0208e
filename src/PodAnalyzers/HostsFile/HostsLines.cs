using System;
using System.Collections.Generic;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.HostsFile;

/// <summary>One line of a hosts file: an IP address and the names it resolves.</summary>
internal sealed class HostsEntry
{
    public HostsEntry(string ip, IReadOnlyList<string> hostnames)
    {
        Ip = ip;
        Hostnames = hostnames;
    }

    public string Ip { get; }

    public IReadOnlyList<string> Hostnames { get; }
}

/// <summary>Parses text written to a hosts file: <c>IP hostname [hostname…]</c> lines, <c>#</c> comments.</summary>
internal static class HostsLines
{
    private static readonly char[] Blanks = { ' ', '\t' };

    /// <summary>
    /// The entries of <paramref name="text"/>, with the hostnames of one IP merged in order and
    /// without duplicates; null when any non-comment line is not a hosts line or there is none.
    /// </summary>
    public static IReadOnlyList<HostsEntry>? Parse(string? text)
    {
        if (text is null || text.Length > 100_000)
        {
            return null;
        }

        var order = new List<string>();
        var byIp = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line.Substring(0, hash);
            }

            var tokens = line.Trim().Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            if (tokens.Length < 2 || !IsIp(tokens[0]))
            {
                return null;
            }

            if (!byIp.TryGetValue(tokens[0], out var names))
            {
                names = new List<string>();
                byIp.Add(tokens[0], names);
                order.Add(tokens[0]);
            }

            for (var i = 1; i < tokens.Length; i++)
            {
                if (!IsHostnameToken(tokens[i]))
                {
                    return null;
                }

                if (!names.Contains(tokens[i]))
                {
                    names.Add(tokens[i]);
                }
            }
        }

        if (order.Count == 0)
        {
            return null;
        }

        var entries = new List<HostsEntry>(order.Count);
        foreach (var ip in order)
        {
            entries.Add(new HostsEntry(ip, byIp[ip]));
        }

        return entries;
    }

    /// <summary>The entries written back as hosts lines (used to carry them from analyzer to fix).</summary>
    public static string Format(IReadOnlyList<HostsEntry> entries)
    {
        var lines = new List<string>(entries.Count);
        foreach (var entry in entries)
        {
            lines.Add(entry.Ip + " " + string.Join(" ", entry.Hostnames));
        }

        return string.Join("\n", lines);
    }

    private static bool IsIp(string token) =>
        GoIpParser.TryParse(token, out _) || (GoIpParser.StripIPv4LeadingZeros(token) is { } stripped && GoIpParser.TryParse(stripped, out _));

    /// <summary>A name a resolver could look up: no quotes, slashes or shell syntax.</summary>
    private static bool IsHostnameToken(string token)
    {
        if (token.Length > 253)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
