using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

/// <summary>
/// robfig/cron v3.0.1 ParseStandard (parser.go at tag v3.0.1, commit ccba498) and Go's
/// time.ParseDuration / strconv.Atoi error texts, as Kubernetes embeds them in its messages.
/// </summary>
public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("*/15 * * * *")]
    [InlineData("0 0 1 JAN MON")]
    [InlineData("@hourly")]
    [InlineData("@every 1h30m")]
    [InlineData("0-59/5 * * * *")]
    [InlineData("5 4 * * sun")]
    [InlineData("0 0 * * 0")]
    [InlineData("? ? ? ? ?")]
    [InlineData("5/10 * * * *")]
    [InlineData("1,2,,3 * * * *")]
    [InlineData(", * * * *")]
    [InlineData("*-5 * * * *")]
    [InlineData("*/+5 * * * *")]
    [InlineData("*/61 * * * *")]
    [InlineData("0 9 * jan-MAR mon-fri")]
    [InlineData("  0\t9 * * *  ")]
    [InlineData("@yearly")]
    [InlineData("@annually")]
    [InlineData("@monthly")]
    [InlineData("@weekly")]
    [InlineData("@daily")]
    [InlineData("@midnight")]
    [InlineData("@every 0")]
    [InlineData("@every -1.5h")]
    [InlineData("@every .5s")]
    [InlineData("@every 1\u00b5s")]
    [InlineData("@every 1\u03bcs")]
    [InlineData("@every 2562047h")]
    [InlineData("TZ=UTC 0 0 * * *")]
    [InlineData("CRON_TZ=Europe/Berlin 0 0 * * *")]
    [InlineData("CRON_TZ=Local @hourly")]
    [InlineData("0 0 * * FR\u0130")]
    [InlineData("0\u00a00 * * *")]
    [InlineData("0 0 * * \u0053UN")]
    public void Valid(string schedule) => Assert.Null(Parse(schedule));

    [Theory]
    [InlineData("61 * * * *", "end of range (61) above maximum (59): 61")]
    [InlineData("* 24 * * *", "end of range (24) above maximum (23): 24")]
    [InlineData("* * 0 * *", "beginning of range (0) below minimum (1): 0")]
    [InlineData("* * 32 * *", "end of range (32) above maximum (31): 32")]
    [InlineData("* * * 13 *", "end of range (13) above maximum (12): 13")]
    [InlineData("* * * * 7", "end of range (7) above maximum (6): 7")]
    [InlineData("5-3 * * * *", "beginning of range (5) beyond end of range (3): 5-3")]
    [InlineData("*/0 * * * *", "step of range should be a positive number: */0")]
    [InlineData("5--5 * * * *", "too many hyphens: 5--5")]
    [InlineData("*//2 * * * *", "too many slashes: *//2")]
    [InlineData("*/-12 * * * *", "negative number (-12) not allowed: -12")]
    [InlineData("x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("-5 * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax")]
    [InlineData("5/ * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax")]
    [InlineData("* * * jan-x *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("* * * * monday", "failed to parse int from monday: strconv.Atoi: parsing \"monday\": invalid syntax")]
    [InlineData("99999999999999999999 * * * *", "failed to parse int from 99999999999999999999: strconv.Atoi: parsing \"99999999999999999999\": value out of range")]
    [InlineData("9223372036854775808 * * * *", "failed to parse int from 9223372036854775808: strconv.Atoi: parsing \"9223372036854775808\": value out of range")]
    [InlineData("9223372036854775807 * * * *", "end of range (9223372036854775807) above maximum (59): 9223372036854775807")]
    [InlineData("*/+ * * * *", "failed to parse int from +: strconv.Atoi: parsing \"+\": invalid syntax")]
    [InlineData("1_0 * * * *", "failed to parse int from 1_0: strconv.Atoi: parsing \"1_0\": invalid syntax")]
    [InlineData("*/18446744073709551616 * * * *", "failed to parse int from 18446744073709551616: strconv.Atoi: parsing \"18446744073709551616\": value out of range")]
    [InlineData("9999999999999999999x * * * *", "failed to parse int from 9999999999999999999x: strconv.Atoi: parsing \"9999999999999999999x\": invalid syntax")]
    [InlineData("* * * * fr\u00ee", "failed to parse int from fr\u00ee: strconv.Atoi: parsing \"fr\u00ee\": invalid syntax")]
    [InlineData("* * * * * *", "expected exactly 5 fields, found 6: [* * * * * *]")]
    [InlineData("0 0 * *", "expected exactly 5 fields, found 4: [0 0 * *]")]
    [InlineData("   ", "expected exactly 5 fields, found 0: []")]
    [InlineData("@foo", "unrecognized descriptor: @foo")]
    [InlineData("@hourly ", "unrecognized descriptor: @hourly ")]
    [InlineData("@every", "unrecognized descriptor: @every")]
    [InlineData("@every 1x", "failed to parse duration @every 1x: time: unknown unit \"x\" in duration \"1x\"")]
    [InlineData("@every 10", "failed to parse duration @every 10: time: missing unit in duration \"10\"")]
    [InlineData("@every ", "failed to parse duration @every : time: invalid duration \"\"")]
    [InlineData("@every  1h", "failed to parse duration @every  1h: time: invalid duration \" 1h\"")]
    [InlineData("@every h", "failed to parse duration @every h: time: invalid duration \"h\"")]
    [InlineData("@every .h", "failed to parse duration @every .h: time: invalid duration \".h\"")]
    [InlineData("@every 1 h", "failed to parse duration @every 1 h: time: unknown unit \" h\" in duration \"1 h\"")]
    [InlineData("@every 1\u00e9", "failed to parse duration @every 1\u00e9: time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"")]
    [InlineData("@every 2562048h", "failed to parse duration @every 2562048h: time: invalid duration \"2562048h\"")]
    [InlineData("@every 9223372036854775808ns", "failed to parse duration @every 9223372036854775808ns: time: invalid duration \"9223372036854775808ns\"")]
    [InlineData("TZ=Mars/Olympus 0 0 * * *", "provided bad location Mars/Olympus: unknown time zone Mars/Olympus")]
    [InlineData("TZ=../etc 0 0 * * *", "provided bad location ../etc: time: invalid location name")]
    [InlineData("TZ=UTC 61 * * * *", "end of range (61) above maximum (59): 61")]
    public void Invalid(string schedule, string expected) => Assert.Equal(expected, Parse(schedule));

    [Theory]
    [InlineData("TZ=UTC")]
    [InlineData("CRON_TZ=Europe/Berlin")]
    public void A_zone_prefix_without_a_space_crashes_the_parser(string schedule)
    {
        Assert.Null(CronSchedule.ParseStandardError(schedule, out var crashes));
        Assert.True(crashes);
    }

    [Fact]
    public void The_negative_duration_limit_is_one_more_nanosecond() =>
        Assert.Null(Parse("@every -9223372036854775808ns"));

    private static string? Parse(string schedule)
    {
        var error = CronSchedule.ParseStandardError(schedule, out var crashes);
        Assert.False(crashes);
        return error;
    }
}
