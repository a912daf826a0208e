using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ListeningEndpointTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2022: a probe of the container running the project targets a port the app does not listen on.</summary>
public sealed class ProbeTargetsUnlistenedPortTests
{
    private const string Net8Default = "8080 (the aspnet image's ASPNETCORE_HTTP_PORTS default for net8.0)";

    // ---- The image default ----

    [Fact]
    public Task The_net8_image_listens_on_8080_and_a_probe_on_80_is_reported() =>
        For(string.Empty, Pod("{|#0:80|}")).Expect(Unlistened(0, Net8Default, "80")).RunAsync();

    [Fact]
    public Task A_probe_on_8080_or_on_the_port_named_http_is_not_reported() =>
        For(string.Empty, Pod("8080", "    livenessProbe:\n      tcpSocket: {port: http}\n")).RunAsync();

    [Fact]
    public Task A_named_probe_port_resolves_through_the_container_ports() =>
        For(string.Empty, Pod("{|#0:web|}").Replace("    - {name: http, containerPort: 8080}\n", "    - {name: http, containerPort: 8080}\n    - {name: web, containerPort: 80}\n"))
            .Expect(Unlistened(0, Net8Default, "'web' (80)")).RunAsync();

    [Fact]
    public Task Before_net8_the_image_listens_on_80() =>
        For(string.Empty, Pod("{|#0:8080|}"), "net6.0")
            .Expect(Unlistened(0, "80 (the aspnet image's ASPNETCORE_URLS default (http://+:80) for net6.0)", "8080")).RunAsync();

    [Fact]
    public Task Liveness_startup_and_grpc_probes_are_checked() =>
        For(string.Empty, Pod("8080", "    livenessProbe:\n      grpc: {port: {|#0:5000|}}\n    startupProbe:\n      tcpSocket: {port: {|#1:80|}}\n"))
            .Expect(
                Unlistened(0, Net8Default, "5000", "livenessProbe", "the probe fails and the kubelet restarts the container again and again"),
                Unlistened(1, Net8Default, "80", "startupProbe", "the probe fails and the container is restarted before it ever starts"))
            .RunAsync();

    [Fact]
    public Task Without_the_target_framework_property_the_version_of_the_core_library_tells_it() =>
        For(string.Empty, Pod("{|#0:80|}"), targetFramework: string.Empty).Expect(Unlistened(0, Net8Default, "80")).RunAsync();

    [Fact]
    public Task A_target_framework_that_is_not_dotnet_core_leaves_the_image_default_unknown() =>
        For(string.Empty, Pod("80"), targetFramework: "net48").RunAsync();

    [Fact]
    public Task A_dockerfile_on_a_non_dotnet_base_image_leaves_the_default_unknown() =>
        For(string.Empty, Pod("80")).With("/Dockerfile", "FROM ubuntu:24.04\nCOPY app /app\n").RunAsync();

    [Fact]
    public Task A_dockerfile_on_the_aspnet_image_keeps_the_default() =>
        For(string.Empty, Pod("{|#0:80|}"))
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /out\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /out /app\n")
            .Expect(Unlistened(0, Net8Default, "80")).RunAsync();

    [Fact]
    public Task A_probe_with_a_host_asks_another_address_and_is_not_checked() =>
        For(string.Empty, Pod("80").Replace("{path: /healthz, port: 80}", "{path: /healthz, port: 80, host: 10.0.0.1}")).RunAsync();

    // ---- Environment and Dockerfile ----

    [Fact]
    public Task ASPNETCORE_HTTP_PORTS_in_the_container_env_replaces_the_default() =>
        For(string.Empty, Pod("{|#0:8080|}", "    env:\n    - {name: ASPNETCORE_HTTP_PORTS, value: \"5000\"}\n"))
            .Expect(Unlistened(0, "5000 (ASPNETCORE_HTTP_PORTS of container 'api')", "8080")).RunAsync();

    [Fact]
    public Task ASPNETCORE_URLS_in_the_dockerfile_beats_the_default() =>
        For(string.Empty, Pod("{|#0:8080|}"))
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_URLS=http://+:80\n")
            .Expect(Unlistened(0, "80 (ASPNETCORE_URLS of the Dockerfile)", "8080")).RunAsync();

    [Fact]
    public Task The_container_env_overrides_the_dockerfile() =>
        For(string.Empty, Pod("8080", "    env:\n    - {name: ASPNETCORE_URLS, value: \"http://+:8080\"}\n"))
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_URLS=http://+:80\n")
            .RunAsync();

    [Fact]
    public Task A_kestrel_endpoint_in_the_env_is_read() =>
        For(string.Empty, Pod("{|#0:8080|}", "    env:\n    - {name: Kestrel__Endpoints__Http__Url, value: \"http://0.0.0.0:5000\"}\n"))
            .Expect(Unlistened(0, "5000 (Kestrel__Endpoints__Http__Url of container 'api')", "8080")).RunAsync();

    [Theory]
    [InlineData("    env:\n    - name: ASPNETCORE_URLS\n      valueFrom: {configMapKeyRef: {name: web, key: urls}}\n")]
    [InlineData("    env:\n    - {name: ASPNETCORE_URLS, value: \"http://+:$(PORT)\"}\n")]
    [InlineData("    env:\n    - {name: ASPNETCORE_URLS, value: \"http://+:0\"}\n")]
    [InlineData("    env:\n    - {name: ASPNETCORE_HTTP_PORTS, value: 5000}\n")]
    [InlineData("    envFrom:\n    - configMapRef: {name: outside}\n")]
    [InlineData("    args: [\"--urls\", \"http://+:5000\"]\n")]
    public Task A_value_that_cannot_be_read_makes_the_rule_silent(string more) =>
        For(string.Empty, Pod("80", more)).RunAsync();

    [Fact]
    public Task Dockerfiles_that_disagree_make_the_rule_silent() =>
        For(string.Empty, Pod("80"))
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_HTTP_PORTS=80\n")
            .With("/Dockerfile.dev", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n")
            .RunAsync();

    // ---- appsettings ----

    [Fact]
    public Task Kestrel_endpoints_in_appsettings_are_read() =>
        For(string.Empty, Pod("{|#0:80|}"))
            .With("/appsettings.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://*:5000" } } } }""")
            .Expect(Unlistened(0, "5000 (Kestrel:Endpoints:Http:Url in appsettings.json)", "80")).RunAsync();

    [Fact]
    public Task The_development_settings_do_not_apply_in_the_container() =>
        For(string.Empty, Pod("{|#0:80|}"))
            .With("/appsettings.json", "{}")
            .With("/appsettings.Development.json", """{ "urls": "http://localhost:80" }""")
            .Expect(Unlistened(0, Net8Default, "80")).RunAsync();

    [Fact]
    public Task The_settings_of_the_container_environment_apply() =>
        For(string.Empty, Pod("{|#0:8080|}", "    env:\n    - {name: ASPNETCORE_ENVIRONMENT, value: Staging}\n"))
            .With("/appsettings.Staging.json", """{ "urls": "http://+:80" }""")
            .Expect(Unlistened(0, "80 (urls in appsettings.Staging.json)", "8080")).RunAsync();

    [Fact]
    public Task An_environment_name_that_cannot_be_read_makes_environment_settings_unknowable() =>
        For(string.Empty, Pod("8080", "    env:\n    - name: ASPNETCORE_ENVIRONMENT\n      valueFrom: {fieldRef: {fieldPath: metadata.namespace}}\n"))
            .With("/appsettings.Staging.json", """{ "urls": "http://+:80" }""")
            .RunAsync();

    // ---- Code ----

    [Fact]
    public Task Listen_in_code_beats_every_configuration() =>
        For("builder.WebHost.ConfigureKestrel(options => options.ListenAnyIP(5000));", Pod("{|#0:8080|}", "    env:\n    - {name: ASPNETCORE_URLS, value: \"http://+:8080\"}\n"))
            .Expect(Unlistened(0, "5000 (ListenAnyIP in Program.cs)", "8080")).RunAsync();

    [Fact]
    public Task Listen_in_code_and_kestrel_endpoints_in_configuration_both_listen() =>
        For("builder.WebHost.ConfigureKestrel(options => options.ListenAnyIP(5000));", Pod("8080"))
            .With("/appsettings.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://+:8080" } } } }""")
            .RunAsync();

    [Theory]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Any, 5000));", "Listen")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.Listen(new IPEndPoint(IPAddress.IPv6Any, 5000)));", "Listen")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Parse(\"10.1.2.3\"), 5000));", "Listen")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => { o.ListenAnyIP(5000, listen => { }); });", "ListenAnyIP")]
    [InlineData("builder.WebHost.UseUrls(\"http://+:5000\");", "UseUrls")]
    [InlineData("builder.WebHost.UseUrls(\"http://*:5000\", \"https://*:5000\");", "UseUrls")]
    [InlineData("builder.WebHost.UseSetting(\"urls\", \"http://0.0.0.0:5000\");", "UseSetting")]
    [InlineData("var app = builder.Build();\napp.Urls.Add(\"http://+:5000\");\napp.Run();", "app.Urls.Add")]
    [InlineData("var app = builder.Build();\napp.Run(\"http://+:5000\");", "app.Run")]
    [InlineData("var app = builder.Build();\nawait app.RunAsync(\"http://+:5000\");", "app.RunAsync")]
    public Task Each_way_code_sets_a_port_is_read(string statements, string origin) =>
        For(statements, Pod("{|#0:8080|}")).Expect(Unlistened(0, $"5000 ({origin} in Program.cs)", "8080")).RunAsync();

    [Fact]
    public Task Server_addresses_in_code_beat_the_urls_setting() =>
        For("var app = builder.Build();\napp.Urls.Add(\"http://+:5000\");\napp.Run();", Pod("{|#0:8080|}", "    env:\n    - {name: ASPNETCORE_URLS, value: \"http://+:8080\"}\n"))
            .Expect(Unlistened(0, "5000 (app.Urls.Add in Program.cs)", "8080")).RunAsync();

    [Fact]
    public Task Several_ports_are_all_listed() =>
        For("builder.WebHost.ConfigureKestrel(o => { o.ListenAnyIP(5000); o.ListenAnyIP(5001); });", Pod("{|#0:8080|}"))
            .Expect(Unlistened(0, "5000 (ListenAnyIP in Program.cs) and 5001 (ListenAnyIP in Program.cs)", "8080")).RunAsync();

    [Theory]
    [InlineData("var port = int.Parse(System.Environment.GetEnvironmentVariable(\"PORT\") ?? \"80\");\nbuilder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(port));")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(0));")]
    [InlineData("builder.WebHost.UseUrls(\"http://+:0\");")]
    [InlineData("var urls = System.Environment.GetCommandLineArgs()[0];\nbuilder.WebHost.UseUrls(urls);")]
    [InlineData("if (args.Length > 0) builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(5000));")]
    [InlineData("var app = builder.Build();\nforeach (var url in args) app.Urls.Add(\"http://+:5000\");\napp.Run();")]
    [InlineData("builder.WebHost.ConfigureKestrel(o => o.Configure(new object()));")]
    [InlineData("builder.WebHost.PreferHostingUrls(true).UseUrls(\"http://+:5000\");")]
    [InlineData("builder.WebHost.UseSetting(args[0], \"http://+:5000\");")]
    [InlineData("builder.WebHost.UseSetting(\"http_ports\", \"5000\");")]
    public Task A_port_the_code_computes_or_may_skip_makes_the_rule_silent(string statements) =>
        For(statements, Pod("80")).RunAsync();

    [Fact]
    public Task A_configuration_source_the_code_adds_makes_the_rule_silent() =>
        For("builder.Configuration.AddJsonFile(\"ports.json\");", Pod("80"))
            .WithSource("/Json.cs", "namespace Microsoft.AspNetCore.Builder { public static class JsonConfigurationExtensions { public static Microsoft.AspNetCore.Builder.ConfigurationManager AddJsonFile(this Microsoft.AspNetCore.Builder.ConfigurationManager manager, string path) => manager; } }")
            .RunAsync();

    [Fact]
    public Task A_conditional_endpoint_beside_an_unconditional_one_still_counts() =>
        For("builder.WebHost.ConfigureKestrel(o => { o.ListenAnyIP(5000); if (args.Length > 0) o.ListenAnyIP(8080); });", Pod("8080")).RunAsync();

    // ---- Which projects ----

    [Fact]
    public Task A_worker_without_asp_net_core_is_silent() =>
        new ListeningEndpointTest("System.Console.WriteLine();", withStubs: false).With("/k8s/pod.yaml", Pod("80")).WithProperty("TargetFramework", "net8.0").RunAsync();

    [Fact]
    public Task A_project_that_references_asp_net_core_but_hosts_no_web_app_is_silent() =>
        new ListeningEndpointTest("System.Console.WriteLine();").With("/k8s/pod.yaml", Pod("80")).WithProperty("TargetFramework", "net8.0").RunAsync();

    [Fact]
    public Task Without_a_container_for_the_project_the_rule_is_silent() =>
        For(string.Empty, Pod("80", "  - name: proxy\n    image: envoy:1.0\n")).RunAsync();

    [Fact]
    public Task Two_containers_are_told_apart_by_the_image_name() =>
        For(string.Empty, Pod("{|#0:80|}", "  - name: proxy\n    image: envoy:1.0\n    readinessProbe:\n      tcpSocket: {port: 9901}\n").Replace("inventory-api:2.0", "test-project:2.0"))
            .Expect(Unlistened(0, Net8Default, "80")).RunAsync();
}
