using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ContainerReadTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2021: a constant configuration key neither appsettings*.json nor the container's environment provides.</summary>
public sealed class MissingConfigurationKeyTests
{
    // ---- Reported ----

    [Theory]
    [InlineData("var zone = configuration[{|#0:\"Inventory:Zone\"|}]!;", "Inventory:Zone", false)]
    [InlineData("var replicas = configuration.GetValue<int>({|#0:\"Inventory:Replicas\"|});", "Inventory:Replicas", false)]
    [InlineData("var cache = configuration.GetConnectionString({|#0:\"Cache\"|})!;", "ConnectionStrings:Cache", false)]
    [InlineData("var section = configuration.GetSection({|#0:\"Catalog\"|});", "Catalog", true)]
    [InlineData("var section = configuration.GetRequiredSection({|#0:\"Catalog\"|});", "Catalog", true)]
    [InlineData("var section = configuration.GetSection({|#0:\"Catalog\"|}).Get<string[]>();", "Catalog", true)]
    [InlineData("var zone = configuration.GetSection(\"Inventory\")[{|#0:\"Zone\"|}]!;", "Inventory:Zone", false)]
    [InlineData("var zone = configuration.GetSection(\"Inventory\").GetValue<string>({|#0:\"Zone\"|})!;", "Inventory:Zone", false)]
    [InlineData("var level = configuration[{|#0:\"Logging:LogLevel:Microsoft\"|}]!;", "Logging:LogLevel:Microsoft", false)]
    [InlineData("var zone = configuration[{|#0:\"INVENTORY_ZONE\"|}]!;", "INVENTORY_ZONE", false)]
    public Task A_key_nothing_provides_is_reported_on_the_key(string statement, string key, bool section) =>
        ForBody("        " + statement).Expect(Missing(0, key, section: section)).RunAsync();

    [Fact]
    public Task The_root_configuration_of_the_host_is_read() =>
        new ContainerReadTest("""
            using Microsoft.Extensions.Configuration;

            class Program
            {
                static void Run(ConfigurationManager manager, IConfigurationRoot root)
                {
                    var a = manager[{|#0:"Inventory:Zone"|}]!;
                    var b = root.GetValue<string>({|#1:"Inventory:Zone"|})!;
                }
            }
            """).With("/k8s/pod.yaml", Pod).With("/appsettings.json", "{}")
            .Expect(Missing(0, "Inventory:Zone"), Missing(1, "Inventory:Zone"))
            .RunAsync();

    [Fact]
    public Task Every_appsettings_file_is_named_in_the_message() =>
        ForBody("        var zone = configuration[{|#0:\"Inventory:Zone\"|}]!;")
            .With("/appsettings.Production.json", "{ \"Other\": 1 }")
            .Expect(Missing(0, "Inventory:Zone", "not in appsettings.json, appsettings.Production.json"))
            .RunAsync();

    [Fact]
    public Task Without_appsettings_the_message_says_so() =>
        new ContainerReadTest(InMethod("        var zone = configuration[{|#0:\"Inventory:Zone\"|}]!;")).With("/k8s/pod.yaml", Pod)
            .Expect(Missing(0, "Inventory:Zone", "the project has no appsettings*.json"))
            .RunAsync();

    // ---- Silent: provided ----

    [Theory]
    [InlineData("var level = configuration[\"Logging:LogLevel:Default\"]!;")]
    [InlineData("var level = configuration[\"logging:loglevel:DEFAULT\"]!;")]
    [InlineData("var logging = configuration.GetSection(\"Logging\");")]
    [InlineData("var db = configuration.GetConnectionString(\"Db\")!;")]
    [InlineData("var owner = configuration[\"Inventory:Owner\"]!;")] // env Inventory__Owner
    [InlineData("var region = configuration[\"INVENTORY_REGION\"]!;")] // env
    [InlineData("var zone = configuration[\"Inventory:Zone\"]!;")] // Dockerfile ENV Inventory__Zone
    [InlineData("var environment = configuration[\"environment\"]!;")] // the host's
    public Task A_provided_key_is_not_reported(string statement) =>
        ForBody("        " + statement)
            .With("/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV Inventory__Zone=eu\n")
            .RunAsync();

    // ---- Silent: handled or unknowable ----

    [Theory]
    [InlineData("var zone = configuration[\"Inventory:Zone\"] ?? \"eu\";")]
    [InlineData("var zone = configuration.GetConnectionString(\"Cache\") ?? \"none\";")]
    [InlineData("if (configuration[\"Inventory:Zone\"] is { } zone) { }")]
    [InlineData("var replicas = configuration.GetValue(\"Inventory:Replicas\", 3);")]
    [InlineData("if (configuration.GetSection(\"Inventory\").Exists()) { }")]
    [InlineData("configuration[\"Inventory:Zone\"] = \"eu\";")]
    [InlineData("var zone = parameter[\"Inventory:Zone\"]!;")] // a method's IConfiguration may be a section
    [InlineData("var key = \"Inventory:\" + DateTime.Now.Second; var zone = configuration[key]!;")]
    public Task Handled_and_unknowable_reads_are_not_reported(string statement) =>
        ForBody("        " + statement).RunAsync();

    [Theory]
    [InlineData("static void AddJsonFile(string path) { }")]
    [InlineData("static void AddEnvironmentVariables(string prefix) { } static void M() => AddEnvironmentVariables(\"APP_\");")]
    [InlineData("static void AddInMemoryCollection() { }")]
    public Task An_added_configuration_source_silences_the_rule(string setup)
    {
        var test = ForBody("        var zone = configuration[\"Inventory:Zone\"]!;");
        test.TestState.Sources.Add(("/Setup.cs", "static class Setup { " + setup + " }"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("static void AddEnvironmentVariables() { } static void M() => AddEnvironmentVariables( );")]
    [InlineData("static void AddCommandLine(string[] args) { }")]
    public Task Sources_the_host_reads_anyway_do_not_silence_the_rule(string setup)
    {
        var test = ForBody("        var zone = configuration[{|#0:\"Inventory:Zone\"|}]!;").Expect(Missing(0, "Inventory:Zone"));
        test.TestState.Sources.Add(("/Setup.cs", "static class Setup { " + setup + " }"));
        return test.RunAsync();
    }

    [Fact]
    public Task Unreadable_appsettings_silence_the_rule() =>
        ForBody("        var zone = configuration[\"Inventory:Zone\"]!;", appsettings: "{ \"Inventory\": ")
            .RunAsync();

    [Fact]
    public Task Container_arguments_may_carry_configuration() =>
        new ContainerReadTest(InMethod("        var zone = configuration[\"Inventory:Zone\"]!;"))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - {name: api, image: inventory-api, args: ["--Inventory:Zone=eu"]}

                """)
            .RunAsync();

    [Fact]
    public Task A_command_that_only_starts_the_app_carries_no_configuration() =>
        new ContainerReadTest(InMethod("        var zone = configuration[{|#0:\"Inventory:Zone\"|}]!;"))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - {name: api, image: inventory-api, command: [dotnet, /app/Inventory.Api.dll]}

                """)
            .Expect(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(PodAnalyzers.Roslyn.Shared.Descriptors.Of(PodAnalyzers.Findings.Rule.MissingConfigurationKey)).WithLocation(0).WithMessage(
                "Configuration key 'Inventory:Zone' is provided by nothing the app runs with: the project has no appsettings*.json, and not in the environment of container 'api' of pod 'inventory' (pod.yaml) (as 'Inventory__Zone'); the read returns null (or the default) at run time"))
            .RunAsync();

    [Fact]
    public Task Appsettings_switched_off_are_unknown() =>
        ForBody("        var zone = configuration[\"Inventory:Zone\"]!;")
            .WithProperty("PodAnalyzersIncludeAppSettings", "false")
            .RunAsync();
}
