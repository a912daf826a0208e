using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Which endpoints decide where the app listens.</summary>
public sealed class ListeningEndpointsTests
{
    private static ListeningEndpoint At(EndpointLevel level, int? port, EndpointHost host = EndpointHost.Any, bool conditional = false) =>
        new(level, host, port, level.ToString(), conditional);

    [Fact]
    public void The_highest_level_decides_and_the_lower_ones_are_ignored()
    {
        var endpoints = ListeningEndpoints.Resolve(new[]
        {
            At(EndpointLevel.ImageDefault, 8080), At(EndpointLevel.Urls, 5000), At(EndpointLevel.Urls, 5001), At(EndpointLevel.Ports, 6000),
        });

        Assert.True(endpoints.PortsKnown);
        Assert.True(endpoints.Listens(5000) && endpoints.Listens(5001));
        Assert.False(endpoints.Listens(8080) || endpoints.Listens(6000));
        Assert.Equal("5000 (Urls) and 5001 (Urls)", endpoints.DescribePorts());
    }

    [Fact]
    public void A_level_whose_endpoints_are_all_conditional_decides_nothing()
    {
        var endpoints = ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Kestrel, 5000, conditional: true), At(EndpointLevel.ImageDefault, 8080) });

        Assert.Empty(endpoints.Effective);
        Assert.False(endpoints.PortsKnown);
        Assert.False(endpoints.IsLoopbackOnly);
    }

    [Fact]
    public void A_conditional_endpoint_beside_an_unconditional_one_counts()
    {
        var endpoints = ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Kestrel, 5000), At(EndpointLevel.Kestrel, 5001, conditional: true) });

        Assert.True(endpoints.PortsKnown);
        Assert.True(endpoints.Listens(5001));
    }

    [Fact]
    public void An_unknowable_endpoint_of_the_deciding_level_decides_nothing_and_one_below_it_is_ignored()
    {
        Assert.Empty(ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Urls, 5000), ListeningEndpoint.Unknowable(EndpointLevel.Urls, "x") }).Effective);
        Assert.True(ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Urls, 5000), ListeningEndpoint.Unknowable(EndpointLevel.ImageDefault, "x") }).PortsKnown);
    }

    [Fact]
    public void An_unknown_port_leaves_ports_unknown_but_the_address_known()
    {
        var endpoints = ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Kestrel, null, EndpointHost.Loopback) });

        Assert.False(endpoints.PortsKnown);
        Assert.True(endpoints.IsLoopbackOnly);
    }

    [Fact]
    public void Loopback_only_needs_every_deciding_endpoint_on_loopback()
    {
        Assert.False(ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Kestrel, 5000, EndpointHost.Loopback), At(EndpointLevel.Kestrel, 5001, EndpointHost.Specific) }).IsLoopbackOnly);
        Assert.True(ListeningEndpoints.Resolve(new[] { At(EndpointLevel.Kestrel, 5000, EndpointHost.Loopback), At(EndpointLevel.Urls, 5001) }).IsLoopbackOnly);
    }
}
