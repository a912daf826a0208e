using System.Linq;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Route templates and probe paths matched as ASP.NET Core routing matches a GET.</summary>
public sealed class RouteTableTests
{
    [Theory]
    [InlineData("/healthz", "/healthz")]
    [InlineData("healthz", "/healthz")]
    [InlineData("/healthz", "healthz")]
    [InlineData("/healthz", "/HEALTHZ")]
    [InlineData("/healthz", "/healthz/")]
    [InlineData("/healthz/", "/healthz")]
    [InlineData("/healthz", "/healthz?full=true")]
    [InlineData("/healthz", "/healthz#top")]
    [InlineData("~/healthz", "/healthz")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/", "")]
    [InlineData("/health/ready", "/health/ready")]
    [InlineData("/items/{id}", "/items/42")]
    [InlineData("/items/{id:int}", "/items/42")]
    [InlineData("/items/{id:int}", "/items/abc")]
    [InlineData("/items/{id:regex(^\\d{{3}}$)}", "/items/123")]
    [InlineData("/items/{id?}", "/items")]
    [InlineData("/items/{id?}", "/items/42")]
    [InlineData("/items/{id=5}", "/items")]
    [InlineData("/items/{id:int?}", "/items")]
    [InlineData("/items/{id}/parts/{part?}", "/items/1/parts")]
    [InlineData("/files/{name}.{ext}", "/files/report.pdf")]
    [InlineData("/files/{name}.{ext?}", "/files/report")]
    [InlineData("/v{version}/health", "/v2/health")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/{{literal}}", "/{literal}")]
    public void A_path_the_template_maps_matches(string template, string path) =>
        Assert.True(Table(template).Maps(path));

    [Theory]
    [InlineData("/healthz", "/ready")]
    [InlineData("/healthz", "/healthz/live")]
    [InlineData("/health/ready", "/health")]
    [InlineData("/healthz", "/")]
    [InlineData("/", "/healthz")]
    [InlineData("/items/{id}", "/items")]
    [InlineData("/items/{id}", "/items/1/2")]
    [InlineData("/items/{id?}", "/items/1/2")]
    [InlineData("/items/{id}/parts/{part?}", "/items/1")]
    [InlineData("/files/{name}.{ext}", "/files/report")]
    [InlineData("/v{version}/health", "/v/health")]
    [InlineData("/healthz", "/health")]
    public void A_path_the_template_does_not_map_does_not_match(string template, string path) =>
        Assert.False(Table(template).Maps(path));

    [Theory]
    [InlineData("/files/{*path}")]
    [InlineData("/files/{**path}")]
    [InlineData("/items/{id")]
    [InlineData("/items/id}")]
    [InlineData("/items//parts")]
    [InlineData("/items/{}")]
    public void A_catch_all_or_malformed_template_makes_the_table_unknown(string template) =>
        Assert.Null(RouteTable.Create(new[] { "/healthz", template }, new string[0], new string[0]));

    [Fact]
    public void A_literal_path_is_matched_exactly_with_braces_as_text()
    {
        var table = RouteTable.Create(new string[0], new[] { "/health/{x}" }, new string[0])!;

        Assert.True(table.Maps("/health/{x}"));
        Assert.True(table.Maps("/HEALTH/{x}/"));
        Assert.False(table.Maps("/health/1"));
        Assert.False(table.Maps("/health/{x}/more"));
    }

    [Fact]
    public void A_prefix_maps_itself_and_everything_below_it()
    {
        var table = RouteTable.Create(new string[0], new string[0], new[] { "/swagger" })!;

        Assert.True(table.Maps("/swagger"));
        Assert.True(table.Maps("/swagger/v1/swagger.json"));
        Assert.False(table.Maps("/swaggerui"));
        Assert.False(table.Maps("/"));
    }

    [Theory]
    [InlineData("/api", "/items", "/api/items")]
    [InlineData("/api/", "items", "/api/items")]
    [InlineData("/api", "", "/api")]
    [InlineData("/api", "/", "/api")]
    [InlineData("", "/items", "/items")]
    [InlineData("", "", "/")]
    public void A_group_prefix_and_a_pattern_join_with_one_slash(string prefix, string pattern, string expected) =>
        Assert.Equal(expected, RouteTemplate.Combine(prefix, pattern));

    [Fact]
    public void The_nearest_routes_come_first_at_most_three()
    {
        var table = RouteTable.Create(new[] { "/healthz", "/health/ready", "/api/items/{id}", "/api/orders", "/ready/" }, new string[0], new string[0])!;

        Assert.Equal(new[] { "/ready", "/healthz", "/health/ready" }, table.Nearest("/readyz?x=1"));
        Assert.Equal(new[] { "/api/items/{id}", "/api/orders", "/healthz" }, table.Nearest("/api/items"));
        Assert.Equal(new[] { "/healthz" }, RouteTable.Create(new[] { "/healthz", "HEALTHZ" }, new string[0], new string[0])!.Nearest("/x").Take(3));
    }

    private static RouteTable Table(string template) => RouteTable.Create(new[] { template }, new string[0], new string[0])!;
}
