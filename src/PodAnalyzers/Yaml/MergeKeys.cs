using System;
using System.Collections.Generic;

namespace PodAnalyzers.Yaml;

/// <summary>
/// YAML 1.1 merge keys (<c>&lt;&lt;: *defaults</c>), which go-yaml and therefore kubectl honour:
/// merged keys come first so that the mapping's own keys win.
/// </summary>
internal static class MergeKeys
{
    private const string MergeKey = "<<";

    public static List<YamlEntry> Apply(List<YamlEntry> entries)
    {
        if (!entries.Exists(IsMerge))
        {
            return entries;
        }

        var merged = new List<YamlEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (IsMerge(entry))
            {
                continue;
            }

            seen.Add(entry.KeyText);
        }

        foreach (var entry in entries)
        {
            if (!IsMerge(entry))
            {
                continue;
            }

            // In a list of merged mappings the first one wins.
            foreach (var source in Sources(entry.Value))
            {
                foreach (var inherited in source.Entries)
                {
                    if (seen.Add(inherited.KeyText))
                    {
                        merged.Add(inherited);
                    }
                }
            }
        }

        foreach (var entry in entries)
        {
            if (!IsMerge(entry) || Sources(entry.Value).Count == 0)
            {
                merged.Add(entry);
            }
        }

        return merged;
    }

    private static bool IsMerge(YamlEntry entry) =>
        entry.Key is YamlScalar { IsPlain: true, Value: MergeKey };

    private static List<YamlMapping> Sources(YamlNode value)
    {
        var sources = new List<YamlMapping>();
        if (value is YamlMapping mapping)
        {
            sources.Add(mapping);
        }
        else if (value is YamlSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (item is YamlMapping itemMapping)
                {
                    sources.Add(itemMapping);
                }
            }
        }

        return sources;
    }
}
