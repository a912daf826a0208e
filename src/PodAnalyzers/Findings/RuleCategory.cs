namespace PodAnalyzers.Findings;

/// <summary>The categories of the rules, as shown in the IDE and the release-tracking files.</summary>
internal static class RuleCategory
{
    public const string Reading = "PodAnalyzers.Reading";
    public const string Decoding = "PodAnalyzers.Decoding";
    public const string Configuration = "PodAnalyzers.Configuration";
    public const string Validation = "PodAnalyzers.Validation";
    public const string Scheduling = "PodAnalyzers.Scheduling";
    public const string Code = "PodAnalyzers.Code";
}
