namespace PodAnalyzers.Roslyn;

internal static class RuleCategories
{
    public const string Reading = "PodAnalyzers.Reading";
    public const string Configuration = "PodAnalyzers.Configuration";
    public const string Validation = "PodAnalyzers.Validation";
    public const string Scheduling = "PodAnalyzers.Scheduling";
    public const string Code = "PodAnalyzers.Code";
}
