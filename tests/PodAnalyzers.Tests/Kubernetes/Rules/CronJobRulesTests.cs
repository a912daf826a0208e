using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>POD1093: validateScheduleFormat and validateTimeZone (pkg/apis/batch/validation) on create.</summary>
public sealed class CronJobRulesTests
{
    private const string TzInSchedule = "cannot use TZ or CRON_TZ in schedule, use timeZone field instead";

    /// <summary>A CronJob whose schedule is on line 6 (column 13), <paramref name="extra"/> on line 7.</summary>
    private static string CronJob(string schedule, string extra = "") =>
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: " + schedule + "\n" + extra
        + "  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: app\n            image: busybox\n";

    [Theory]
    [InlineData("\"*/15 * * * *\"")]
    [InlineData("\"@every 1h30m\"")]
    [InlineData("0 0 1 JAN MON")]
    public void A_valid_schedule_is_not_reported(string schedule) => Assert.Empty(Run(CronJob(schedule)));

    [Fact]
    public void The_parser_error_is_the_detail() =>
        Assert.Equal(
            new[] { "POD1093 (6,13): spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59): 61" },
            Run(CronJob("\"61 * * * *\"")));

    [Fact]
    public void A_zone_in_the_schedule_is_rejected_even_when_it_parses() =>
        Assert.Equal(
            new[] { "POD1093 (6,13): spec.schedule: Invalid value: \"CRON_TZ=UTC 0 * * * *\": " + TzInSchedule },
            Run(CronJob("\"CRON_TZ=UTC 0 * * * *\"")));

    [Fact]
    public void A_bad_zone_in_the_schedule_gives_both_messages_in_the_server_order() =>
        Assert.Equal(
            new[]
            {
                "POD1093 (6,13): spec.schedule: Invalid value: \"TZ=Mars/Olympus 0 * * * *\": provided bad location Mars/Olympus: unknown time zone Mars/Olympus",
                "POD1093 (6,13): spec.schedule: Invalid value: \"TZ=Mars/Olympus 0 * * * *\": " + TzInSchedule,
            },
            Run(CronJob("\"TZ=Mars/Olympus 0 * * * *\"")));

    [Fact]
    public void A_zone_prefix_alone_gets_the_tz_message() =>
        Assert.Equal(
            new[] { "POD1093 (6,13): spec.schedule: Invalid value: \"TZ=UTC\": " + TzInSchedule },
            Run(CronJob("TZ=UTC")));

    [Theory]
    [InlineData("Etc/UTC")]
    [InlineData("Europe/Berlin")]
    [InlineData("UTC")]
    [InlineData("null")]
    public void A_known_time_zone_is_not_reported(string timeZone) =>
        Assert.Empty(Run(CronJob("\"0 7 * * *\"", "  timeZone: " + timeZone + "\n")));

    [Theory]
    [InlineData("Mars/Olympus", "unknown time zone Mars/Olympus")]
    [InlineData("\"\"", "timeZone must be nil or non-empty string")]
    [InlineData("Local", "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones")]
    [InlineData("Etc/GMT+5+", "unknown time zone Etc/GMT+5+")]
    [InlineData("America/Argentina_Buenos_Aires", "unknown time zone America/Argentina_Buenos_Aires")]
    [InlineData("Europe/Berlin ", "unknown time zone Europe/Berlin ")]
    [InlineData("Europe//Berlin", "unknown time zone Europe//Berlin")]
    [InlineData("./UTC", "unknown time zone ./UTC")]
    [InlineData("-UTC", "unknown time zone -UTC")]
    public void An_unknown_time_zone_gets_one_message(string timeZone, string detail)
    {
        var value = timeZone == "\"\"" ? string.Empty : timeZone;
        Assert.Equal(
            new[] { "POD1093 (7,13): spec.timeZone: Invalid value: \"" + value + "\": " + detail },
            Run(CronJob("\"0 7 * * *\"", "  timeZone: " + (timeZone.EndsWith(" ", System.StringComparison.Ordinal) ? "\"" + timeZone + "\"" : timeZone) + "\n")));
    }

    [Fact]
    public void Local_in_another_case_is_also_unknown() =>
        Assert.Equal(
            new[]
            {
                "POD1093 (7,13): spec.timeZone: Invalid value: \"LOCAL\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones",
                "POD1093 (7,13): spec.timeZone: Invalid value: \"LOCAL\": unknown time zone LOCAL",
            },
            Run(CronJob("\"0 7 * * *\"", "  timeZone: LOCAL\n")));

    [Theory]
    [InlineData("5")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void A_schedule_that_is_not_a_non_empty_string_is_left_to_other_rules(string schedule) =>
        Assert.DoesNotContain(Run(CronJob(schedule)), finding => finding.StartsWith("POD1093", System.StringComparison.Ordinal));

    [Fact]
    public void Other_kinds_are_not_checked() =>
        Assert.Empty(Run("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  schedule: nonsense\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: app\n        image: busybox\n"));
}
