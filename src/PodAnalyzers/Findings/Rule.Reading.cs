namespace PodAnalyzers.Findings;

/// <summary>POD0xxx: problems reading manifests and settings.</summary>
internal sealed partial record Rule
{
    public static readonly Rule MalformedYaml = new(
        "POD0001",
        "YAML file cannot be parsed",
        RuleCategory.Reading,
        Severity.Error,
        "The file is not valid YAML. kubectl would refuse it, and PodAnalyzers cannot read the documents after the error.");

    public static readonly Rule TemplateSkipped = new(
        "POD0003",
        "Template file skipped",
        RuleCategory.Reading,
        Severity.Info,
        "The file contains Go template actions ({{ ... }}), as Helm charts do: it is not YAML until rendered, so PodAnalyzers skips it.");

    public static readonly Rule PodIdentifierClash = new(
        "POD0004",
        "Two pods map to the same generated class name",
        RuleCategory.Reading,
        Severity.Info,
        "Two pod sources have names that become the same C# identifier; the later one gets a numeric suffix.",
        ReportedAtCompilationEnd: true);

    public static readonly Rule UnusedSuppression = new(
        "POD0005",
        "Unused suppression",
        RuleCategory.Reading,
        Severity.Info,
        "A podanalyzers.io/suppress annotation or a '# podanalyzers:disable-line' / '# podanalyzers:disable-next-line' comment names a rule that reports nothing there, a rule that cannot be suppressed in YAML, or no rule at all: remove it or fix it.");

    public static readonly Rule InvalidSetting = new(
        "POD0006",
        "Invalid PodAnalyzers setting",
        RuleCategory.Configuration,
        Severity.Warning,
        "An MSBuild property read by PodAnalyzers has a value it cannot use; the default applies instead.",
        ReportedAtCompilationEnd: true);
}
