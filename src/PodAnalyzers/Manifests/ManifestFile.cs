using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Manifests;

/// <summary>What one YAML file holds for PodAnalyzers, and what went wrong reading it.</summary>
internal sealed class ManifestFile
{
    public ManifestFile(string path, IReadOnlyList<PodSource> podSources, IReadOnlyList<Finding> findings)
    {
        Path = path;
        PodSources = podSources;
        Findings = findings;
    }

    public string Path { get; }

    public IReadOnlyList<PodSource> PodSources { get; }

    /// <summary>POD0001–POD0003: syntax errors, wrong shapes, skipped templates.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
