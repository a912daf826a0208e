using System.Collections.Generic;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>
/// Reads a workload's <c>spec.selector</c> (and a Job's <c>spec.manualSelector</c>) silently: a
/// wrong shape is the strict decoder's to report, and only marks the selector as not usable.
/// </summary>
internal static class WorkloadSpecReader
{
    public static WorkloadSpec Read(YamlMapping root, string kind, string? apiVersion, SourceSpan fallbackSpan)
    {
        var specEntry = root.Find("spec");
        var specSpan = specEntry?.Key.Span ?? fallbackSpan;
        if (specEntry?.Value is not YamlMapping spec)
        {
            return new WorkloadSpec(apiVersion, specSpan, null, StringMap.Empty, null);
        }

        if (kind == "CronJob")
        {
            // The Job template's own selector and manualSelector: the server refuses both.
            var jobSpec = (spec.Find("jobTemplate")?.Value as YamlMapping)?.Find("spec")?.Value as YamlMapping;
            var jobSelector = jobSpec?.Find("selector") is { } jobSelectorEntry && jobSelectorEntry.Value is not YamlScalar { IsNull: true }
                ? ReadSelector(jobSelectorEntry, "spec.jobTemplate.spec.selector")
                : null;
            return new WorkloadSpec(apiVersion, specSpan, jobSelector, StringMap.Empty, jobSpec is null ? null : ReadBool(jobSpec, "manualSelector"))
            {
                HasPodFailurePolicy = HasPodFailurePolicy(jobSpec),
            };
        }

        var selectorEntry = spec.Find("selector");
        if (kind == "ReplicationController")
        {
            var map = selectorEntry is null
                ? StringMap.Empty
                : ReadMap(selectorEntry, "spec.selector", out _);
            return new WorkloadSpec(apiVersion, specSpan, null, map, null);
        }

        var manual = kind == "Job" ? ReadBool(spec, "manualSelector") : null;
        var selector = selectorEntry is null || selectorEntry.Value is YamlScalar { IsNull: true }
            ? null
            : ReadSelector(selectorEntry, "spec.selector");
        return new WorkloadSpec(apiVersion, specSpan, selector, StringMap.Empty, manual) { HasPodFailurePolicy = kind == "Job" && HasPodFailurePolicy(spec) };
    }

    /// <summary>A non-null <c>podFailurePolicy</c>: the Go pointer the server tests.</summary>
    private static bool HasPodFailurePolicy(YamlMapping? jobSpec) =>
        jobSpec?.Find("podFailurePolicy")?.Value is YamlMapping;

    /// <summary>A boolean field as FieldReader.Bool reads it, silently.</summary>
    private static Located<bool>? ReadBool(YamlMapping parent, string key)
    {
        if (parent.Find(key)?.Value is not YamlScalar scalar || scalar.IsNull)
        {
            return null;
        }

        return scalar.Type == YamlScalarType.Bool
            ? new Located<bool>(scalar.IsTrue, scalar.Span)
            : new Located<bool>(false, scalar.Span, IsWellTyped: false);
    }

    private static LabelSelector ReadSelector(YamlEntry entry, string path)
    {
        if (entry.Value is not YamlMapping selector)
        {
            return new LabelSelector(entry.Key.Span, StringMap.Empty, false, new LabelSelectorRequirement[0], false, IsWellTyped: false);
        }

        var wellTyped = true;
        var matchLabels = StringMap.Empty;
        var hasMatchLabels = false;
        if (selector.Find("matchLabels") is { } labelsEntry && labelsEntry.Value is not YamlScalar { IsNull: true })
        {
            matchLabels = ReadMap(labelsEntry, path + ".matchLabels", out var labelsTyped);
            hasMatchLabels = labelsEntry.Value is YamlMapping;
            wellTyped &= labelsTyped;
        }

        var expressions = new List<LabelSelectorRequirement>();
        var hasExpressions = false;
        if (selector.Find("matchExpressions") is { } expressionsEntry && expressionsEntry.Value is not YamlScalar { IsNull: true })
        {
            if (expressionsEntry.Value is YamlSequence sequence)
            {
                hasExpressions = true;
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var itemPath = path + ".matchExpressions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                    if (sequence.Items[i] is YamlMapping requirement)
                    {
                        expressions.Add(ReadRequirement(requirement, itemPath, ref wellTyped));
                    }
                    else
                    {
                        wellTyped = false;
                    }
                }
            }
            else
            {
                wellTyped = false;
            }
        }

        return new LabelSelector(entry.Key.Span, matchLabels, hasMatchLabels, expressions, hasExpressions, wellTyped);
    }

    private static LabelSelectorRequirement ReadRequirement(YamlMapping requirement, string path, ref bool wellTyped)
    {
        var key = ReadString(requirement.Find("key")?.Value, ref wellTyped);
        var op = ReadString(requirement.Find("operator")?.Value, ref wellTyped);
        var values = new List<Located<string>>();
        var hasValues = false;
        if (requirement.Find("values")?.Value is { } valuesNode && valuesNode is not YamlScalar { IsNull: true })
        {
            if (valuesNode is YamlSequence sequence)
            {
                hasValues = true;
                foreach (var item in sequence.Items)
                {
                    // A null item decodes as "".
                    values.Add(ReadString(item, ref wellTyped) ?? new Located<string>(string.Empty, item.Span));
                }
            }
            else
            {
                wellTyped = false;
            }
        }

        return new LabelSelectorRequirement(path, requirement.Span, key, op, values, hasValues);
    }

    private static Located<string>? ReadString(YamlNode? node, ref bool wellTyped)
    {
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar { IsString: true } scalar:
                return new Located<string>(scalar.Value, scalar.Span);
            default:
                wellTyped = false;
                return new Located<string>(node is YamlScalar other ? other.Value : string.Empty, node.Span, IsWellTyped: false);
        }
    }

    private static StringMap ReadMap(YamlEntry entry, string path, out bool wellTyped)
    {
        wellTyped = true;
        if (entry.Value is not YamlMapping mapping)
        {
            wellTyped = entry.Value is YamlScalar { IsNull: true };
            return new StringMap(path, entry.Key.Span, new StringMapEntry[0]);
        }

        // A repeated key: the last one wins, as in FieldReader.StringMap.
        var entries = new List<StringMapEntry>(mapping.Entries.Count);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = mapping.Entries.Count - 1; i >= 0; i--)
        {
            var item = mapping.Entries[i];
            if (item.Key is not YamlScalar keyScalar)
            {
                wellTyped = false;
                continue;
            }

            if (!seen.Add(keyScalar.Value))
            {
                continue;
            }

            var value = item.Value is YamlScalar { IsNull: true } nullValue
                ? new Located<string>(string.Empty, nullValue.Span)
                : ReadString(item.Value, ref wellTyped);
            if (value is not null)
            {
                entries.Add(new StringMapEntry(new Located<string>(keyScalar.Value, keyScalar.Span), value));
            }
        }

        entries.Reverse();
        return new StringMap(path, entry.Key.Span, entries);
    }
}
