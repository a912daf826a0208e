using System.Collections.Generic;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>A []string field as the server decodes it.</summary>
internal static class StringLists
{
    /// <summary>
    /// The strings with their positions: empty when the field is absent or null; null when it is
    /// not a list or holds anything but strings (a decoding error: the server validates nothing).
    /// </summary>
    public static List<Located<string>>? Of(FieldNode list)
    {
        if (!list.IsPresent)
        {
            return new List<Located<string>>(0);
        }

        if (list.Sequence is not { } sequence)
        {
            return null;
        }

        var strings = new List<Located<string>>(sequence.Items.Count);
        foreach (var item in list.Items())
        {
            if (item.AsString() is not { } text)
            {
                return null;
            }

            strings.Add(text);
        }

        return strings;
    }
}
