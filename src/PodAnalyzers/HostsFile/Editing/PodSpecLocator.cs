using System;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.HostsFile.Editing;

/// <summary>Finds a pod source's spec mapping again in a freshly read YAML stream.</summary>
internal static class PodSpecLocator
{
    public static YamlMapping? FindSpec(YamlStream stream, PodSource pod)
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

    /// <summary>
    /// The entry for a key. Throws <see cref="InvalidOperationException"/> when the key appears twice
    /// (which one kubectl keeps is not worth guessing here): the editor then gives up.
    /// </summary>
    public static YamlEntry? FindEntry(YamlMapping mapping, string key)
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
}
