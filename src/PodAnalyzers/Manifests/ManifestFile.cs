using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Manifests;

/// <summary>What one YAML file holds for PodAnalyzers, and what went wrong reading it.</summary>
internal sealed class ManifestFile
{
    public ManifestFile(
        string path,
        IReadOnlyList<PodSource> podSources,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<Node>? nodes = null,
        IReadOnlyList<Suppression>? suppressions = null,
        IReadOnlyList<ManifestObject>? objects = null)
    {
        Path = path;
        PodSources = podSources;
        Findings = findings;
        Nodes = nodes ?? new Node[0];
        Suppressions = suppressions ?? new Suppression[0];
        Objects = objects ?? new ManifestObject[0];
    }

    public string Path { get; }

    public IReadOnlyList<PodSource> PodSources { get; }

    /// <summary>POD0001–POD0003: syntax errors, wrong shapes, skipped templates.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The node inventory this file contributes (never pod sources, never constants of Pods).</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The suppression comments and annotations written in the file.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>Every object with a kind (List items included, Lists themselves not), for strict decoding.</summary>
    public IReadOnlyList<ManifestObject> Objects { get; }
}
