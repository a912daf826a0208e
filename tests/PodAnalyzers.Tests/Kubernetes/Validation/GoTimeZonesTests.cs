using System;
using System.Linq;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public sealed class GoTimeZonesTests
{
    [Theory]
    [InlineData("Etc/UTC")]
    [InlineData("Europe/Berlin")]
    [InlineData("America/Argentina/ComodRivadavia")]
    [InlineData("US/Pacific")]
    [InlineData("EST5EDT")]
    [InlineData("Etc/GMT+5")]
    [InlineData("Factory")]
    [InlineData("UTC")]
    [InlineData("Local")]
    [InlineData("")]
    [InlineData("Europe/Kyiv")]
    [InlineData("America/Coyhaique")]
    public void Known(string name) => Assert.Null(GoTimeZones.LoadLocationError(name));

    [Theory]
    [InlineData("Mars/Olympus", "unknown time zone Mars/Olympus")]
    [InlineData("europe/berlin", "unknown time zone europe/berlin")]
    [InlineData("local", "unknown time zone local")]
    [InlineData("posix/Europe/Berlin", "unknown time zone posix/Europe/Berlin")]
    [InlineData("Europe/Berlin/", "unknown time zone Europe/Berlin/")]
    [InlineData("zone.tab", "unknown time zone zone.tab")]
    [InlineData("../etc/passwd", "time: invalid location name")]
    [InlineData("/etc/localtime", "time: invalid location name")]
    [InlineData("\\x", "time: invalid location name")]
    public void Unknown(string name, string expected) => Assert.Equal(expected, GoTimeZones.LoadLocationError(name));

    [Fact]
    public void The_table_is_sorted_ordinally_without_duplicates_for_the_binary_search()
    {
        var names = typeof(GoTimeZones).GetField("Names", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null) as string[];
        Assert.NotNull(names);
        Assert.Equal(598, names!.Length);
        Assert.Equal(names.OrderBy(name => name, StringComparer.Ordinal).Distinct(), names);
        Assert.Equal("2025b", GoTimeZones.TzdataVersion);
        Assert.All(names, name => Assert.Null(GoTimeZones.LoadLocationError(name)));
    }
}
