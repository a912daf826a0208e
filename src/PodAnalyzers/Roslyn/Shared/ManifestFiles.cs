using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Roslyn.Shared;

/// <summary>
/// Reads AdditionalFiles as manifests. The generator and the analyzers see the same SourceText
/// instances in one compilation, so a file is parsed once and shared.
/// </summary>
internal static class ManifestFiles
{
    private static readonly ConditionalWeakTable<SourceText, ManifestFile> Cache = new();

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The YAML AdditionalFiles, each path once (the first occurrence wins).</summary>
    public static ImmutableHashSet<AdditionalText> DistinctYamlFiles(ImmutableArray<AdditionalText> files)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var distinct = ImmutableHashSet.CreateBuilder<AdditionalText>();
        foreach (var file in files)
        {
            if (IsYaml(file.Path) && paths.Add(file.Path))
            {
                distinct.Add(file);
            }
        }

        return distinct.ToImmutable();
    }

    public static ManifestFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new ManifestFile(file.Path, Array.Empty<PodSource>(), Array.Empty<Finding>());
        }

        var path = file.Path;
        var manifest = Cache.GetValue(text, source => ManifestReader.Read(path, source.ToString(), cancellationToken));
        return manifest.Path == path ? manifest : ManifestReader.Read(path, text.ToString(), cancellationToken);
    }
}
