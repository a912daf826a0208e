using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>The configuration keys and framework versions the container's endpoints are read from.</summary>
public sealed class ConfiguredEndpointsTests
{
    [Theory]
    [InlineData("ASPNETCORE_URLS", "URLS")]
    [InlineData("DOTNET_URLS", "URLS")]
    [InlineData("aspnetcore_http_ports", "http_ports")]
    [InlineData("Kestrel__Endpoints__Http__Url", "Kestrel:Endpoints:Http:Url")]
    [InlineData("ASPNETCORE_Kestrel__Endpoints__Http__Url", "Kestrel:Endpoints:Http:Url")]
    public void A_variable_becomes_the_key_the_environment_provider_makes(string variable, string key) =>
        Assert.Equal(key, ConfiguredEndpoints.ConfigurationKey(variable));

    [Theory]
    [InlineData("urls", "Urls")]
    [InlineData("URLS", "Urls")]
    [InlineData("http_ports", "Ports")]
    [InlineData("HTTPS_PORTS", "Ports")]
    [InlineData("kestrel:endpoints:Https:url", "Kestrel")]
    public void Endpoint_keys_have_their_level(string key, string level) =>
        Assert.Equal(System.Enum.Parse<EndpointLevel>(level), ConfiguredEndpoints.Level(key));

    [Theory]
    [InlineData("Kestrel:Endpoints:Http:Protocols")]
    [InlineData("Kestrel:Endpoints:Http")]
    [InlineData("Kestrel:EndpointDefaults:Url")]
    [InlineData("Inventory:Urls")]
    public void Other_keys_set_no_endpoint(string key) =>
        Assert.Null(ConfiguredEndpoints.Level(key));

    [Theory]
    [InlineData("net8.0", 8)]
    [InlineData("net10.0", 10)]
    [InlineData("net8.0-windows", 8)]
    [InlineData(" NET9.0 ", 9)]
    [InlineData("netcoreapp3.1", 3)]
    [InlineData("net6.0", 6)]
    public void The_major_version_comes_from_the_target_framework(string targetFramework, int major) =>
        Assert.Equal(major, ConfiguredEndpoints.MajorVersion(targetFramework));

    [Theory]
    [InlineData("net48")]
    [InlineData("netstandard2.0")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_frameworks_have_no_version(string? targetFramework) =>
        Assert.Null(ConfiguredEndpoints.MajorVersion(targetFramework));
}
