using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>
/// A deterministic mutator for YAML manifests: the same seed gives the same mutants on every
/// machine and runtime (SplitMix64, no System.Random). Each mutant applies one to four operations.
/// </summary>
internal sealed class ManifestMutator
{
    private static readonly string[] Insertions =
    {
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!", "!!str ", "!!int ", "!!map ", "|", ">", "'", "\"", "%", "@", "`", "#", " #", "?", "? ",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\\", "\\u", "\\x4", "---\n", "...\n", "<<: ", "\uFEFF", "\u0085", "\u2028", "\u00A0", "é", "😀", "\0", "\u0001",
        "{{", "}}", "0", "-1", "99999999999999999999", "0x", "_",
    };

    private static readonly string[] ScalarReplacements =
    {
        "yes", "no", "on", "off", "y", "true", "\"true\"", "0x1F", "0777", "0o17", "0b101", "1_000", "1e3", "-0", "+12", ".inf", "-.inf", ".nan", "~", "null", "", "\"\"", "''",
        "[]", "{}", "[a, b]", "{a: b}", "*a", "&a x", "!!int x", "!!binary aGk=", "!!float 1", "!!bool yes", "!!null", "!custom x", "12:30:00", "2001-12-14t21:59:43.10-05:00",
        "-", "|", ">-", "|+\n  text", "99999999999999999999", "2147483648", "-2147483649", "65536", "0", "\"\\uD800\"", "\"\\u0000\"", "'it''s'", "\"a\\nb\"", "a: b",
        "- x", "? k", "! x", "&anchor", "*undefined", "<<", "\"unterminated", "'unterminated", "[unclosed", "{unclosed: 1",
    };

    private static readonly string[] KeyReplacements =
    {
        "kind", "apiVersion", "metadata", "name", "generateName", "namespace", "labels", "annotations", "spec", "template", "jobTemplate", "containers",
        "initContainers", "ephemeralContainers", "image", "ports", "containerPort", "hostPort", "protocol", "hostIP", "env", "volumeMounts", "mountPath",
        "volumes", "hostAliases", "hostnames", "ip", "nodeName", "nodeSelector", "affinity", "nodeAffinity", "hostNetwork", "hostPID", "hostIPC",
        "shareProcessNamespace", "items", "<<", "os", "topologySpreadConstraints", "topologyKey", "subPath", "subPathExpr", "hostUsers",
    };

    private static readonly string[] Kinds = { "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "List", "ReplicationController", "PodTemplate", "Service" };

    private ulong state;

    public ManifestMutator(ulong seed) => state = seed;

    public enum Operation
    {
        DeleteCharacter,
        InsertCharacter,
        ReplaceCharacter,
        DeleteLine,
        DuplicateLine,
        SwapLines,
        Indent,
        Dedent,
        TabIndent,
        ReplaceScalar,
        ReplaceKey,
        ReplaceKind,
        Truncate,
        DuplicateBlock,
        MoveBlock,
        AddAnchorAndAlias,
        ToCrLf,
        JoinLines,
    }

    public static int OperationCount { get; } = Enum.GetValues(typeof(Operation)).Length;

    /// <summary>A mutant of <paramref name="text"/> and the operations that made it.</summary>
    public (string Text, string Operations) Mutate(string text)
    {
        var count = 1 + Next(4);
        var operations = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var operation = (Operation)Next(OperationCount);
            text = Apply(operation, text);
            operations.Add(operation.ToString());
        }

        return (text, string.Join("+", operations));
    }

    public int Next(int exclusiveMax) => exclusiveMax <= 0 ? 0 : (int)(NextULong() % (ulong)exclusiveMax);

    private ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private string Apply(Operation operation, string text)
    {
        var lines = text.Split('\n').ToList();
        switch (operation)
        {
            case Operation.DeleteCharacter when text.Length > 0:
                return text.Remove(Next(text.Length), 1);
            case Operation.InsertCharacter:
                return text.Insert(Next(text.Length + 1), Pick(Insertions));
            case Operation.ReplaceCharacter when text.Length > 0:
                var at = Next(text.Length);
                return text.Substring(0, at) + Pick(Insertions) + text.Substring(at + 1);
            case Operation.DeleteLine when lines.Count > 1:
                lines.RemoveAt(Next(lines.Count));
                break;
            case Operation.DuplicateLine:
                var line = Next(lines.Count);
                lines.Insert(Next(lines.Count + 1), lines[line]);
                break;
            case Operation.SwapLines when lines.Count > 1:
                var (a, b) = (Next(lines.Count), Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case Operation.Indent:
                line = Next(lines.Count);
                lines[line] = new string(' ', 1 + Next(4)) + lines[line];
                break;
            case Operation.Dedent:
                line = Next(lines.Count);
                var spaces = lines[line].Length - lines[line].TrimStart(' ').Length;
                lines[line] = lines[line].Substring(Math.Min(spaces, 1 + Next(4)));
                break;
            case Operation.TabIndent:
                line = Next(lines.Count);
                var trimmed = lines[line].TrimStart(' ');
                lines[line] = "\t" + trimmed;
                break;
            case Operation.ReplaceScalar:
                return ReplaceAfterColon(lines, Pick(ScalarReplacements));
            case Operation.ReplaceKey:
                return ReplaceKey(lines, Pick(KeyReplacements));
            case Operation.ReplaceKind:
                var kindLine = lines.FindIndex(candidate => candidate.TrimStart().StartsWith("kind:", StringComparison.Ordinal));
                if (kindLine >= 0)
                {
                    lines[kindLine] = lines[kindLine].Substring(0, lines[kindLine].IndexOf("kind:", StringComparison.Ordinal)) + "kind: " + Pick(Kinds);
                }

                break;
            case Operation.Truncate:
                return text.Substring(0, Next(text.Length + 1));
            case Operation.DuplicateBlock:
                var (start, length) = Block(lines.Count);
                var block = lines.GetRange(start, length);
                var indent = Next(3) == 0 ? new string(' ', 2 * Next(3)) : string.Empty;
                lines.InsertRange(Next(lines.Count + 1), block.Select(item => indent + item));
                break;
            case Operation.MoveBlock:
                (start, length) = Block(lines.Count);
                block = lines.GetRange(start, length);
                lines.RemoveRange(start, length);
                lines.InsertRange(Next(lines.Count + 1), block);
                break;
            case Operation.AddAnchorAndAlias:
                var colonLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimEnd().EndsWith(":", StringComparison.Ordinal)).ToList();
                if (colonLines.Count > 0)
                {
                    var anchorLine = colonLines[Next(colonLines.Count)];
                    var name = "m" + Next(3).ToString(CultureInfo.InvariantCulture);
                    lines[anchorLine] = lines[anchorLine].TrimEnd() + " &" + name;
                    var aliasLine = colonLines[Next(colonLines.Count)];
                    lines.Insert(Math.Min(lines.Count, aliasLine + 1), Indentation(lines[aliasLine]) + "  <<: *" + name);
                }

                break;
            case Operation.ToCrLf:
                return text.Replace("\r\n", "\n").Replace("\n", "\r\n");
            case Operation.JoinLines when lines.Count > 1:
                line = Next(lines.Count - 1);
                lines[line] += " " + lines[line + 1].TrimStart();
                lines.RemoveAt(line + 1);
                break;
        }

        return string.Join("\n", lines);
    }

    private string ReplaceAfterColon(List<string> lines, string replacement)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].IndexOf(": ", StringComparison.Ordinal) > 0).ToList();
        if (candidates.Count == 0)
        {
            return string.Join("\n", lines);
        }

        var line = candidates[Next(candidates.Count)];
        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
        lines[line] = lines[line].Substring(0, colon + 2) + replacement;
        return string.Join("\n", lines);
    }

    private string ReplaceKey(List<string> lines, string key)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].IndexOf(':') > 0).ToList();
        if (candidates.Count == 0)
        {
            return string.Join("\n", lines);
        }

        var line = candidates[Next(candidates.Count)];
        var text = lines[line];
        var keyStart = text.Length - text.TrimStart(' ', '-').Length;
        lines[line] = text.Substring(0, keyStart) + key + text.Substring(text.IndexOf(':'));
        return string.Join("\n", lines);
    }

    private (int Start, int Length) Block(int lineCount)
    {
        var start = Next(lineCount);
        return (start, 1 + Next(Math.Min(12, lineCount - start)));
    }

    private static string Indentation(string line) => new(' ', line.Length - line.TrimStart(' ').Length);

    private string Pick(string[] choices) => choices[Next(choices.Length)];
}
