namespace PodAnalyzers.Findings;

/// <summary>A rule's default severity (Roslyn's DiagnosticSeverity, without depending on Roslyn).</summary>
internal enum Severity
{
    Info,
    Warning,
    Error,
}
