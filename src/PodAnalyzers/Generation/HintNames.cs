using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PodAnalyzers.Generation;

/// <summary>
/// Names the generated source of each manifest after its project-relative path
/// (<c>k8s/web pod.yaml</c> → <c>Pods.k8s.web_pod.yaml.g.cs</c>): only letters, digits, '-', '_'
/// and single dots, so any file system and every Roslyn version accept it; unique ignoring case,
/// as the compiler compares hint names.
/// </summary>
internal sealed class HintNames
{
    public const string Prefix = GeneratedMemberNames.PodsClass + ".";
    public const string Suffix = ".g.cs";

    /// <summary>The source that declares and documents <c>Pods</c>; every other part has none.</summary>
    public const string PodsRoot = GeneratedMemberNames.PodsClass + Suffix;

    /// <summary>The source of <c>Nodes</c>.</summary>
    public const string NodeInventory = "NodeInventory" + Suffix;

    private const int MaxStemLength = 120;

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string relativePath)
    {
        var stem = Stem(relativePath);
        var candidate = stem;
        for (var suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = stem + "_" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return Prefix + candidate + Suffix;
    }

    private static string Stem(string relativePath)
    {
        var builder = new StringBuilder(relativePath.Length);
        foreach (var character in relativePath)
        {
            var mapped = character switch
            {
                (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' => character,
                '/' or '.' => '.',
                _ => '_',
            };
            if (mapped != '.' || (builder.Length > 0 && builder[builder.Length - 1] != '.'))
            {
                builder.Append(mapped);
            }
        }

        var stem = builder.ToString().TrimEnd('.');
        if (stem.Length == 0)
        {
            return "manifest";
        }

        return stem.Length <= MaxStemLength ? stem : stem.Substring(0, MaxStemLength) + "_" + StableHash.Of(relativePath);
    }
}
