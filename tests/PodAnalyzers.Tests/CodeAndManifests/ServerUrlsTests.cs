using System.Linq;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Server URLs and port lists read as Kestrel reads them.</summary>
public sealed class ServerUrlsTests
{
    [Theory]
    [InlineData("http://+:5000", "Any", 5000)]
    [InlineData("http://*:5000", "Any", 5000)]
    [InlineData("http://0.0.0.0:5000/", "Any", 5000)]
    [InlineData("http://[::]:5000", "Any", 5000)]
    [InlineData("http://inventory.example.com:5000", "Any", 5000)]
    [InlineData("http://localhost:5000", "Loopback", 5000)]
    [InlineData("HTTP://LOCALHOST:5000", "Loopback", 5000)]
    [InlineData("http://127.0.0.2:5000", "Loopback", 5000)]
    [InlineData("http://[::1]:5000", "Loopback", 5000)]
    [InlineData("http://10.0.0.7:5000", "Specific", 5000)]
    [InlineData("http://+", "Any", 80)]
    [InlineData("https://localhost", "Loopback", 443)]
    [InlineData("http://[::1]", "Loopback", 80)]
    [InlineData("https://+:5001/base", "Any", 5001)]
    public void A_url_gives_its_host_and_port(string url, string host, int port) =>
        Assert.Equal((System.Enum.Parse<EndpointHost>(host), (int?)port), ServerUrls.ParseOne(url));

    [Theory]
    [InlineData("http://+:0", "Any")]
    [InlineData("http://+:port", "Any")]
    [InlineData("http://+:70000", "Any")]
    [InlineData("ftp://+", "Any")]
    [InlineData("localhost:5000", "Unknown")]
    [InlineData("http://:5000", "Unknown")]
    [InlineData("http://[::1:5000", "Unknown")]
    [InlineData("http://unix:/run/app.sock", "NotTcp")]
    public void A_port_that_cannot_be_known_is_null(string url, string host) =>
        Assert.Equal((System.Enum.Parse<EndpointHost>(host), (int?)null), ServerUrls.ParseOne(url));

    [Fact]
    public void A_list_is_separated_by_semicolons_and_keeps_its_level_and_origin()
    {
        var endpoints = ServerUrls.Parse(" http://localhost:5000 ; ;https://+:5001", EndpointLevel.Urls, "ASPNETCORE_URLS").ToList();

        Assert.Equal(new[] { (EndpointHost.Loopback, (int?)5000), (EndpointHost.Any, (int?)5001) }, endpoints.Select(endpoint => (endpoint.Host, endpoint.Port)));
        Assert.All(endpoints, endpoint => Assert.Equal((EndpointLevel.Urls, "ASPNETCORE_URLS"), (endpoint.Level, endpoint.Origin)));
    }

    [Fact]
    public void Ports_are_read_at_the_ports_level_and_a_bad_entry_is_unknown() =>
        Assert.Equal(
            new int?[] { 8080, 8081, null, null },
            ServerUrls.ParsePorts("8080;8081;http;0", "ASPNETCORE_HTTP_PORTS").Select(endpoint => endpoint.Port));
}
