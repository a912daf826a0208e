namespace PodAnalyzers.Manifests.Model;

/// <summary>A CronJob's <c>spec.schedule</c> and <c>spec.timeZone</c>, when written as strings.</summary>
/// <param name="Schedule">Null when absent, null or not a string.</param>
/// <param name="TimeZone">Null when absent or null (the server's nil pointer), or not a string.</param>
internal sealed record CronJobSchedule(
    Located<string>? Schedule,
    Located<string>? TimeZone);
