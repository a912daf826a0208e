using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Roslyn;

/// <summary>
/// Reads AdditionalFiles as manifests. The generator and the analyzers see the same SourceText
/// instances in one compilation, so a file is parsed once and shared.
/// </summary>
internal static class ManifestFiles
{
    private static readonly ConditionalWeakTable<SourceText, ManifestFile> Cache = new();

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static ManifestFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new ManifestFile(file.Path, Array.Empty<Manifests.Model.PodSource>(), Array.Empty<Findings.Finding>());
        }

        var path = file.Path;
        var manifest = Cache.GetValue(text, source => ManifestReader.Read(path, source.ToString(), cancellationToken));
        return manifest.Path == path ? manifest : ManifestReader.Read(path, text.ToString(), cancellationToken);
    }
}
