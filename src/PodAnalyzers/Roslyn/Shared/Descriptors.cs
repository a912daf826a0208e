using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Roslyn.Shared;

/// <summary>The Roslyn descriptor of each rule of the catalogue (<see cref="Rule"/>), one instance per rule.</summary>
internal static class Descriptors
{
    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById =
        DescriptorTable.All.ToDictionary(descriptor => descriptor.Id);

    /// <summary>What the manifest analyzer reports: every reading and manifest rule.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> ManifestAnalyzerRules =
        DescriptorTable.All.Where(descriptor => Rule.Find(descriptor.Id) is { IsReadingRule: true } or { IsManifestRule: true }).ToImmutableArray();

    public static DiagnosticDescriptor Of(Rule rule) => ById[rule.Id];

    public static ImmutableArray<DiagnosticDescriptor> Of(params Rule[] rules) => rules.Select(Of).ToImmutableArray();
}
