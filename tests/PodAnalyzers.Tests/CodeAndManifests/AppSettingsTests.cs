using System.Linq;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>appsettings*.json read as ASP.NET Core's JSON configuration provider reads it.</summary>
public sealed class AppSettingsTests
{
    [Fact]
    public void Keys_are_flattened_with_colons_and_array_indexes()
    {
        var settings = AppSettings.Read("appsettings.json", """
            {
              "Inventory": { "Zone": "eu", "Replicas": 3, "Tags": ["a", { "Name": "b" }], "Empty": {}, "None": [] },
              "ConnectionStrings": { "Db": "Server=db" },
              "Flag": true, "Nothing": null
            }
            """);

        Assert.True(settings.IsReadable);
        Assert.Equal(
            new[]
            {
                "ConnectionStrings", "ConnectionStrings:Db", "Flag", "Inventory", "Inventory:Empty", "Inventory:None",
                "Inventory:Replicas", "Inventory:Tags", "Inventory:Tags:0", "Inventory:Tags:1", "Inventory:Tags:1:Name",
                "Inventory:Zone", "Nothing",
            },
            settings.Keys.OrderBy(key => key, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Scalar_values_are_kept_as_written_and_null_has_none()
    {
        var settings = AppSettings.Read("appsettings.json", """
            { "urls": "http://+:5000", "http_ports": 8080, "Flag": false, "Nothing": null, "Escaped": "a\u0041\"b", "Urls": "http://+:6000" }
            """);

        Assert.Equal(
            new[] { "Escaped=aA\"b", "Flag=false", "http_ports=8080", "urls=http://+:6000" },
            settings.Values.Select(pair => pair.Key + "=" + pair.Value).OrderBy(entry => entry, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Keys_compare_case_insensitively()
    {
        var settings = AppSettings.Read("appsettings.json", """{ "Inventory": { "Zone": "eu" } }""");

        Assert.True(settings.Provides("inventory:ZONE"));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted_as_the_provider_accepts_them()
    {
        var settings = AppSettings.Read("appsettings.json", """
            // the service's settings
            {
              /* block */ "A": { "B": 1, }, // trailing comma in an object
              "C": [1, 2,],
            }
            """);

        Assert.True(settings.IsReadable);
        Assert.True(settings.Provides("A:B"));
        Assert.True(settings.Provides("C:1"));
        Assert.False(settings.Provides("C:2"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"A\": }")]
    [InlineData("{ \"A\": 1 } trailing")]
    [InlineData("{ \"A\": \"unterminated }")]
    [InlineData("{ /* unterminated comment ")]
    [InlineData("{ \"A\": tru }")]
    [InlineData("{ \"A\": \"\\q\" }")]
    public void Malformed_json_is_unreadable_and_never_throws(string text)
    {
        Assert.False(AppSettings.Read("appsettings.json", text).IsReadable);
    }

    [Fact]
    public void Deep_nesting_is_bounded()
    {
        var text = "{\"A\":" + new string('[', 10000) + new string(']', 10000) + "}";

        Assert.False(AppSettings.Read("appsettings.json", text).IsReadable);
    }

    [Theory]
    [InlineData("/p/appsettings.json", true)]
    [InlineData("C:\\p\\appsettings.Production.json", true)]
    [InlineData("/p/AppSettings.Development.JSON", true)]
    [InlineData("/p/settings.json", false)]
    [InlineData("/p/appsettings.json.bak", false)]
    public void Appsettings_files_are_recognised_by_name(string path, bool expected)
    {
        Assert.Equal(expected, AppSettings.IsAppSettingsPath(path));
    }
}
