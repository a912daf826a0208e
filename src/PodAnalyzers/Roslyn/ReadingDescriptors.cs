using Microsoft.CodeAnalysis;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Roslyn;

/// <summary>POD0xxx: problems reading manifests and settings.</summary>
internal static class ReadingDescriptors
{
    public static readonly DiagnosticDescriptor MalformedYaml = DescriptorFactory.Create(
        RuleIds.MalformedYaml,
        "YAML file cannot be parsed",
        RuleCategories.Reading,
        DiagnosticSeverity.Error,
        "The file is not valid YAML. kubectl would refuse it, and PodAnalyzers cannot read the documents after the error.");

    public static readonly DiagnosticDescriptor WrongShape = DescriptorFactory.Create(
        RuleIds.WrongShape,
        "Manifest field has the wrong type",
        RuleCategories.Reading,
        DiagnosticSeverity.Error,
        "A field of a pod source holds the wrong kind of value (a mapping where a list is expected, a number where a string is expected). The API server fails to decode such an object.");

    public static readonly DiagnosticDescriptor TemplateSkipped = DescriptorFactory.Create(
        RuleIds.TemplateSkipped,
        "Template file skipped",
        RuleCategories.Reading,
        DiagnosticSeverity.Info,
        "The file contains Go template actions ({{ ... }}), as Helm charts do: it is not YAML until rendered, so PodAnalyzers skips it.");

    public static readonly DiagnosticDescriptor PodIdentifierClash = DescriptorFactory.Create(
        RuleIds.PodIdentifierClash,
        "Two pods map to the same generated class name",
        RuleCategories.Reading,
        DiagnosticSeverity.Info,
        "Two pod sources have names that become the same C# identifier; the later one gets a numeric suffix.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnusedSuppression = DescriptorFactory.Create(
        RuleIds.UnusedSuppression,
        "Unused suppression",
        RuleCategories.Reading,
        DiagnosticSeverity.Info,
        "A podanalyzers.io/suppress annotation or a '# podanalyzers:disable-line' / '# podanalyzers:disable-next-line' comment names a rule that reports nothing there, a rule that cannot be suppressed in YAML, or no rule at all: remove it or fix it.");

    public static readonly DiagnosticDescriptor InvalidSetting = DescriptorFactory.Create(
        RuleIds.InvalidSetting,
        "Invalid PodAnalyzers setting",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        "An MSBuild property read by PodAnalyzers has a value it cannot use; the default applies instead.",
        WellKnownDiagnosticTags.CompilationEnd);
}
