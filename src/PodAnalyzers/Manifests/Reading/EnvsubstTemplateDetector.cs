using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>
/// Finds the <c>${NAME}</c> (or <c>${NAME:-default}</c>) reference that makes a document a template
/// for <c>envsubst</c>-style substitution rather than a manifest: one used in an object's name, a
/// label, a key, or as a whole plain value where a number or boolean goes. <c>${...}</c> inside
/// commands, args and env values is ordinary shell text and does not count, and neither does one
/// inside an env var's name (from Kubernetes 1.32 any printable character but '=' is allowed there).
/// </summary>
internal static class EnvsubstTemplateDetector
{
    private static readonly Regex Reference = new(
        @"\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> ShellText = new(StringComparer.Ordinal) { "command", "args" };

    private static readonly HashSet<string> NameFields = new(StringComparer.Ordinal) { "name", "generateName", "namespace" };

    private static readonly HashSet<string> LabelMaps = new(StringComparer.Ordinal) { "labels", "matchLabels", "nodeSelector", "selector" };

    /// <summary>The scalar holding the first such reference, or null when the document is not a template.</summary>
    public static YamlScalar? Find(YamlNode root)
    {
        // An explicit stack: documents may nest ten thousand levels deep.
        var pending = new Stack<(YamlNode Node, string? Key, bool InLabels)>();
        pending.Push((root, null, false));
        while (pending.Count > 0)
        {
            var (node, key, inLabels) = pending.Pop();
            switch (node)
            {
                case YamlScalar scalar when scalar.Value.IndexOf("${", StringComparison.Ordinal) >= 0 && IsTemplateUse(scalar, key, inLabels):
                    return scalar;
                case YamlMapping mapping:
                    var isEnvVar = key == "env";
                    for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                    {
                        var entry = mapping.Entries[i];
                        if (entry.Key is YamlScalar keyScalar && Reference.IsMatch(keyScalar.Value))
                        {
                            return keyScalar;
                        }

                        var entryKey = entry.KeyText;
                        if (ShellText.Contains(entryKey) || (isEnvVar && entryKey == "value"))
                        {
                            continue;
                        }

                        // An env var's name is checked as a plain value only, never as an object's name.
                        pending.Push((entry.Value, isEnvVar && entryKey == "name" ? null : entryKey, inLabels || LabelMaps.Contains(entryKey)));
                    }

                    break;
                case YamlSequence sequence:
                    // The items of a list keep its key: the entries of env are env vars.
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push((sequence.Items[i], key, inLabels));
                    }

                    break;
            }
        }

        return null;
    }

    private static bool IsTemplateUse(YamlScalar scalar, string? key, bool inLabels)
    {
        var match = Reference.Match(scalar.Value);
        if (!match.Success)
        {
            return false;
        }

        return inLabels
            || (key is not null && NameFields.Contains(key))
            || (scalar.IsPlain && match.Length == scalar.Value.Length);
    }
}
