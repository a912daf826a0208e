using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ListeningEndpointTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2023: the app binds only to a loopback address while it runs in a container.</summary>
public sealed class LoopbackOnlyInContainerTests
{
    private static readonly string PodOn5000 = Pod("5000");

    // ---- Reported ----

    [Theory]
    [InlineData("builder.WebHost.ConfigureKestrel(o => {|#0:o.ListenLocalhost(5000)|});", "ListenLocalhost")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => {|#0:o.Listen(IPAddress.Loopback, 5000)|});", "Listen")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => {|#0:o.Listen(IPAddress.IPv6Loopback, 5000)|});", "Listen")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => {|#0:o.Listen(IPAddress.Parse(\"127.0.0.1\"), 5000)|});", "Listen")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => {|#0:o.Listen(new IPEndPoint(IPAddress.Loopback, 5000))|});", "Listen")]
    [InlineData("builder.WebHost.UseUrls({|#0:\"http://localhost:5000\"|});", "UseUrls")]
    [InlineData("builder.WebHost.UseUrls({|#0:\"http://127.0.0.1:5000\"|});", "UseUrls")]
    [InlineData("builder.WebHost.UseSetting(\"urls\", {|#0:\"http://[::1]:5000\"|});", "UseSetting")]
    [InlineData("var app = builder.Build();\napp.Urls.Add({|#0:\"http://localhost:5000\"|});\napp.Run();", "app.Urls.Add")]
    [InlineData("var app = builder.Build();\napp.Run({|#0:\"http://localhost:5000\"|});", "app.Run")]
    public Task A_loopback_only_binding_is_reported_on_the_call_or_literal(string statements, string origin) =>
        For(statements, PodOn5000).Expect(Loopback(0, origin + " in Program.cs", 5000)).RunAsync();

    [Fact]
    public Task Every_loopback_endpoint_is_reported() =>
        For("builder.WebHost.ConfigureKestrel(o => { {|#0:o.ListenLocalhost(5000)|}; {|#1:o.ListenLocalhost(5001)|}; });", PodOn5000)
            .Expect(Loopback(0, "ListenLocalhost in Program.cs", 5000), Loopback(1, "ListenLocalhost in Program.cs", 5001)).RunAsync();

    [Fact]
    public Task A_computed_port_on_localhost_is_still_loopback_only() =>
        For("var port = args.Length;\nbuilder.WebHost.ConfigureKestrel(o => {|#0:o.ListenLocalhost(port)|});", PodOn5000)
            .Expect(Loopback(0, "ListenLocalhost in Program.cs", 8080)).RunAsync();

    [Fact]
    public Task Loopback_code_beats_an_any_address_in_the_urls_setting() =>
        For("builder.WebHost.ConfigureKestrel(o => {|#0:o.ListenLocalhost(5000)|});", Pod("5000", "    env:\n    - {name: ASPNETCORE_URLS, value: \"http://+:5000\"}\n"))
            .Expect(Loopback(0, "ListenLocalhost in Program.cs", 5000)).RunAsync();

    // ---- Silent ----

    [Theory]
    [InlineData("builder.WebHost.ConfigureKestrel(o => { o.ListenLocalhost(5000); o.ListenAnyIP(5001); });")]
    [InlineData("builder.WebHost.UseUrls(\"http://localhost:5000\", \"http://+:5001\");")]
    [InlineData("builder.WebHost.UseUrls(\"http://localhost:5000;http://*:5001\");")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Any, 5000));")]
    [InlineData("builder.WebHost.UseUrls(\"http://inventory:5000\");")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Parse(\"10.0.0.7\"), 5000));")]
    public Task A_non_loopback_binding_beside_it_is_silent(string statements) =>
        For(statements, PodOn5000).RunAsync();

    [Theory]
    [InlineData("if (args.Length > 0) builder.WebHost.UseUrls(\"http://localhost:5000\");")]
    [InlineData("var host = args[0];\nbuilder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Parse(host), 5000));")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => { o.ListenLocalhost(5000); o.Configure(new object()); });")]
    [InlineData("var app = builder.Build();\napp.Urls.Add(args[0]);\napp.Urls.Add(\"http://localhost:5000\");\napp.Run();")]
    public Task Endpoints_that_cannot_all_be_known_are_silent(string statements) =>
        For(statements, PodOn5000).RunAsync();

    [Fact]
    public Task A_kestrel_endpoint_of_the_configuration_on_every_interface_is_silent() =>
        For("builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost(5000));", PodOn5000)
            .With("/appsettings.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:8080" } } } }""")
            .RunAsync();

    [Fact]
    public Task A_localhost_url_the_kestrel_endpoints_override_is_silent() =>
        For("builder.WebHost.UseUrls(\"http://localhost:5000\");", PodOn5000)
            .With("/appsettings.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://+:5000" } } } }""")
            .RunAsync();

    [Fact]
    public Task A_localhost_url_only_in_configuration_has_no_code_to_report_on() =>
        For(string.Empty, Pod("5000", "    env:\n    - {name: ASPNETCORE_URLS, value: \"http://localhost:5000\"}\n")).RunAsync();

    [Fact]
    public Task Without_a_container_for_the_project_it_is_silent() =>
        For("builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost(5000));", Pod("5000", "  - name: proxy\n    image: envoy:1.0\n")).RunAsync();

    [Fact]
    public Task Without_pod_sources_it_is_silent() =>
        new ListeningEndpointTest(Program("builder.WebHost.ConfigureKestrel(o => o.ListenLocalhost(5000));")).With("/k8s/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n").RunAsync();
}
