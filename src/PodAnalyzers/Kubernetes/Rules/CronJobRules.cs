using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1093: a CronJob's <c>spec.schedule</c> and <c>spec.timeZone</c> as validateCronJobSpec
/// checks them on create (pkg/apis/batch/validation): validateScheduleFormat parses the schedule
/// with robfig/cron's ParseStandard and rejects any "TZ" in it; validateTimeZone checks the
/// name's characters, rejects "Local" and loads the zone from the embedded tz database.
/// </summary>
internal static class CronJobRules
{
    private const string TzInSchedule = "cannot use TZ or CRON_TZ in schedule, use timeZone field instead";

    private const string LocalTimeZone = "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones";

    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.CronJob is not { } cronJob)
        {
            return;
        }

        // An empty or missing schedule is a Required value, not a format error: not this rule's.
        if (cronJob.Schedule is { Value.Length: > 0 } schedule)
        {
            CheckSchedule(schedule, context);
        }

        if (cronJob.TimeZone is { } timeZone)
        {
            CheckTimeZone(timeZone, context);
        }
    }

    private static void CheckSchedule(Located<string> schedule, RuleContext context)
    {
        const string Path = "spec.schedule";
        if (CronSchedule.ParseStandardError(schedule.Value, out _) is { } error)
        {
            context.Report(Rule.InvalidCronJobSchedule, schedule.Span, FieldErrors.Invalid(Path, schedule.Value, error));
        }

        // Any "TZ" at all, as the server tests it. A "TZ=zone" with no space after it crashes the
        // v3.0.1 parser (an internal error on the server): this message is the one that helps.
        if (schedule.Value.Contains("TZ"))
        {
            context.Report(Rule.InvalidCronJobSchedule, schedule.Span, FieldErrors.Invalid(Path, schedule.Value, TzInSchedule));
        }
    }

    private static void CheckTimeZone(Located<string> timeZone, RuleContext context)
    {
        const string Path = "spec.timeZone";
        var name = timeZone.Value;
        if (name.Length == 0)
        {
            context.Report(Rule.InvalidCronJobSchedule, timeZone.Span, FieldErrors.Invalid(Path, name, "timeZone must be nil or non-empty string"));
            return;
        }

        foreach (var part in name.Split('/'))
        {
            if (part is "." or ".." || part.StartsWith("-", System.StringComparison.Ordinal) || !IsNamePart(part))
            {
                context.Report(Rule.InvalidCronJobSchedule, timeZone.Span, FieldErrors.Invalid(Path, name, "unknown time zone " + name));
                return;
            }
        }

        if (string.Equals(name, "Local", System.StringComparison.OrdinalIgnoreCase))
        {
            context.Report(Rule.InvalidCronJobSchedule, timeZone.Span, FieldErrors.Invalid(Path, name, LocalTimeZone));
        }

        if (GoTimeZones.LoadLocationError(name) is { } error)
        {
            context.Report(Rule.InvalidCronJobSchedule, timeZone.Span, FieldErrors.Invalid(Path, name, error));
        }
    }

    /// <summary>validTimeZoneCharacters: <c>^[A-Za-z\.\-_0-9+]{1,14}$</c>.</summary>
    private static bool IsNamePart(string part)
    {
        if (part.Length is 0 or > 14)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
