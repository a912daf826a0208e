namespace PodAnalyzers.Findings;

/// <summary>
/// Every diagnostic ID of the product. POD0xxx: reading and configuration; POD1xxx: manifest
/// rules; POD2xxx: C# code rules. An ID never changes meaning once shipped.
/// </summary>
internal static class RuleIds
{
    public const string MalformedYaml = "POD0001";
    public const string WrongShape = "POD0002";
    public const string TemplateSkipped = "POD0003";
    public const string PodIdentifierClash = "POD0004";
    public const string InvalidSetting = "POD0006";
    public const string HostsFileWrite = "POD2001";
}
