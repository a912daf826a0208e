using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace PodAnalyzers.Findings;

/// <summary>
/// One diagnostic of the product: its ID, title, category, default severity and description.
/// The catalogue is the static fields of this type (<c>Rule.*.cs</c>, one file per family); the
/// Roslyn descriptors, the manifest-rule list and the documentation tables are derived from it.
/// </summary>
/// <param name="Id">POD0xxx reading and decoding, POD1xxx manifest rules (POD11xx across objects), POD2xxx C# code rules. Never changes meaning once shipped.</param>
/// <param name="ReportedAtCompilationEnd">Reported once the whole compilation is seen (Roslyn's CompilationEnd tag).</param>
internal sealed partial record Rule(
    string Id,
    string Title,
    string Category,
    Severity Severity,
    string Description,
    bool ReportedAtCompilationEnd = false)
{
    private static readonly Lazy<IReadOnlyList<Rule>> Catalogue = new(ReadCatalogue);

    /// <summary>Every rule, ordered by ID.</summary>
    public static IReadOnlyList<Rule> All => Catalogue.Value;

    /// <summary>A manifest rule (POD1xxx): what the API server or the scheduler says about a manifest; suppressible inside the YAML.</summary>
    public bool IsManifestRule => Id.StartsWith("POD1", StringComparison.Ordinal);

    /// <summary>Suppressible inside the YAML: the manifest rules and what strict decoding refuses.</summary>
    public bool IsSuppressibleInYaml => IsManifestRule || Category == RuleCategory.Decoding;

    /// <summary>A reading, decoding or configuration diagnostic (POD0xxx).</summary>
    public bool IsReadingRule => Id.StartsWith("POD0", StringComparison.Ordinal);

    /// <summary>A rule about C# code (POD2xxx).</summary>
    public bool IsCodeRule => Id.StartsWith("POD2", StringComparison.Ordinal);

    public static Rule? Find(string id) => All.FirstOrDefault(rule => string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Id;

    // The catalogue is the static fields themselves, so a new rule is one field and nothing else to list.
    private static IReadOnlyList<Rule> ReadCatalogue() =>
        typeof(Rule).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Rule))
            .Select(field => (Rule)field.GetValue(null)!)
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToArray();
}
