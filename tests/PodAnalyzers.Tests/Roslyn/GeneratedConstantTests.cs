using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.CodeFixes;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2026 and its fix: a literal the generated constants already name.</summary>
public sealed class GeneratedConstantTests
{
    private const string Config = "is_global = true\nbuild_property.ProjectDir = /project/\nbuild_property.PodAnalyzersNamespace = Inventory.Api\n";

    private const string Api = "container 'api' of Deployment 'inventory' (k8s/deploy.yaml)";

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: inventory}
        spec:
          selector: {matchLabels: {app: inventory}}
          template:
            metadata: {labels: {app: inventory}}
            spec:
              containers:
              - name: api
                image: registry.example.com/inventory-api:2.0
                ports:
                - {name: http, containerPort: 8080}
                - {containerPort: 9090}
                - {containerPort: 5353}
                - {containerPort: 5353, protocol: UDP}
                env:
                - {name: INVENTORY_REGION, value: eu-west}
                - {name: INVENTORY_OWNER, value: team}

        """;

    private const string KestrelStubs = """
        namespace Microsoft.AspNetCore.Server.Kestrel.Core
        {
            public class ListenOptions { }

            public class KestrelServerOptions
            {
                public void Listen(System.Net.IPAddress address, int port) { }
                public void Listen(System.Net.IPAddress address, int port, System.Action<ListenOptions> configure) { }
                public void ListenAnyIP(int port) { }
                public void ListenAnyIP(int port, System.Action<ListenOptions> configure) { }
                public void ListenLocalhost(int port) { }
            }
        }
        """;

    private sealed class Test : CSharpCodeFixTest<GeneratedConstantAnalyzer, GeneratedConstantCodeFixProvider, DefaultVerifier>
    {
        public Test(string code, string? fixedCode = null, string manifest = Deployment, bool generate = true, string container = "")
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestCode = code;
            FixedCode = fixedCode ?? code;
            foreach (var state in new[] { TestState, FixedState })
            {
                state.AnalyzerConfigFiles.Add(("/.globalconfig", Config + (container.Length > 0 ? "build_property.PodAnalyzersContainer = " + container + "\n" : string.Empty)));
                state.AdditionalFiles.Add(("/project/k8s/deploy.yaml", manifest));
                state.Sources.Add(("/Kestrel.cs", KestrelStubs));
            }

            if (generate)
            {
                var properties = new Dictionary<string, string> { ["ProjectDir"] = "/project/", ["PodAnalyzersNamespace"] = "Inventory.Api" };
                var run = GeneratorHarness.Run(new[] { ("/project/k8s/deploy.yaml", manifest) }, properties);
                foreach (var source in run.Results.Single().GeneratedSources)
                {
                    TestState.Sources.Add(("/Generated/" + source.HintName, source.SourceText.ToString()));
                    FixedState.Sources.Add(("/Generated/" + source.HintName, source.SourceText.ToString()));
                }
            }
        }

        public Test Expect(params DiagnosticResult[] diagnostics)
        {
            ExpectedDiagnostics.AddRange(diagnostics);
            return this;
        }
    }

    private static string Code(string usings, string body) =>
        usings + "using System;\nusing System.Net;\nusing Microsoft.AspNetCore.Server.Kestrel.Core;\n\nclass Startup\n{\n    void M(KestrelServerOptions kestrel)\n    {\n" + body + "\n    }\n}\n";

    private static DiagnosticResult EnvName(int location, string name, string constant, string containers = Api) =>
        new DiagnosticResult(Descriptors.Of(Rule.LiteralOfGeneratedConstant)).WithLocation(location).WithMessage(
            $"'{name}' is the env name of {containers}, and the generated constant {constant} names it: use the constant, so that a change in the manifest shows in the code");

    private static DiagnosticResult Port(int location, int port, string constant) =>
        new DiagnosticResult(Descriptors.Of(Rule.LiteralOfGeneratedConstant)).WithLocation(location).WithMessage(
            $"{port} is the containerPort of {Api}, and the generated constant {constant} names it: use the constant, so that a change in the manifest shows in the code");

    private const string Region = "Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion";

    [Fact]
    public Task An_env_name_literal_becomes_the_constant_as_short_as_the_usings_allow() =>
        new Test(
            Code("using Inventory.Api;\n", "        var region = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_REGION\"|})!;"),
            Code("using Inventory.Api;\n", "        var region = Environment.GetEnvironmentVariable(Pods.Inventory.Containers.Api.Env.InventoryRegion)!;"))
            .Expect(EnvName(0, "INVENTORY_REGION", Region)).RunAsync();

    [Fact]
    public Task Without_a_using_the_constant_is_qualified() =>
        new Test(
            Code(string.Empty, "        var region = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_REGION\"|} /* region */)!;"),
            Code(string.Empty, "        var region = Environment.GetEnvironmentVariable(Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion /* region */)!;"))
            .Expect(EnvName(0, "INVENTORY_REGION", Region)).RunAsync();

    [Fact]
    public Task Kestrel_port_literals_become_the_port_constants_and_fix_all_fixes_every_one() =>
        new Test(
            Code("using Inventory.Api;\n", """
                        kestrel.ListenAnyIP({|#0:8080|});
                        kestrel.Listen(IPAddress.Any, {|#1:9090|}, listen => { });
                        kestrel.ListenLocalhost(port: {|#2:8080|});
                        var owner = Environment.GetEnvironmentVariable({|#3:"INVENTORY_OWNER"|}, EnvironmentVariableTarget.Process);
                """),
            Code("using Inventory.Api;\n", """
                        kestrel.ListenAnyIP(Pods.Inventory.Containers.Api.Ports.Http);
                        kestrel.Listen(IPAddress.Any, Pods.Inventory.Containers.Api.Ports.Port9090, listen => { });
                        kestrel.ListenLocalhost(port: Pods.Inventory.Containers.Api.Ports.Http);
                        var owner = Environment.GetEnvironmentVariable(Pods.Inventory.Containers.Api.Env.InventoryOwner, EnvironmentVariableTarget.Process);
                """))
            .Expect(
                Port(0, 8080, "Inventory.Api.Pods.Inventory.Containers.Api.Ports.Http"),
                Port(1, 9090, "Inventory.Api.Pods.Inventory.Containers.Api.Ports.Port9090"),
                Port(2, 8080, "Inventory.Api.Pods.Inventory.Containers.Api.Ports.Http"),
                EnvName(3, "INVENTORY_OWNER", "Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryOwner"))
            .RunAsync();

    [Theory]
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\");")]
    [InlineData("var region = Environment.GetEnvironmentVariable(\"inventory_region\");")]
    [InlineData("var region = Environment.GetEnvironmentVariable(\"INVENTORY_\" + \"REGION\");")]
    [InlineData("var region = Environment.GetEnvironmentVariable(\"INVENTORY_REGION\", EnvironmentVariableTarget.User);")]
    [InlineData("var region = Environment.GetEnvironmentVariable(Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion);")]
    [InlineData("Environment.SetEnvironmentVariable(\"INVENTORY_REGION\", \"x\");")]
    [InlineData("var text = \"INVENTORY_REGION\";")]
    [InlineData("kestrel.ListenAnyIP(5000);")]
    [InlineData("kestrel.ListenAnyIP(5353);")]
    [InlineData("kestrel.ListenAnyIP(8000 + 80);")]
    [InlineData("var port = 8080; kestrel.ListenAnyIP(port);")]
    [InlineData("var ip = IPAddress.Parse(\"10.0.0.8\"); var endpoint = new IPEndPoint(ip, 8080);")]
    public Task Literals_no_constant_names_or_that_are_not_literals_are_silent(string statement) =>
        new Test(Code(string.Empty, "        " + statement)).RunAsync();

    [Fact]
    public Task Without_the_generated_constants_it_is_silent() =>
        new Test(Code(string.Empty, "        var region = Environment.GetEnvironmentVariable(\"INVENTORY_REGION\");"), generate: false).RunAsync();

    [Fact]
    public Task Containers_that_both_declare_the_value_are_silent() =>
        new Test(
            Code(string.Empty, "        var region = Environment.GetEnvironmentVariable(\"INVENTORY_REGION\");"),
            manifest: Deployment + "---\n" + Deployment.Replace("name: inventory}", "name: inventory-canary}"),
            container: "api").RunAsync();

    [Fact]
    public Task The_one_chosen_container_that_declares_the_value_names_it() =>
        new Test(
            Code(string.Empty, "        var region = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_REGION\"|});"),
            Code(string.Empty, "        var region = Environment.GetEnvironmentVariable(Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion);"),
            manifest: Deployment + "---\n" + Deployment.Replace("name: inventory}", "name: inventory-canary}").Replace("- {name: INVENTORY_REGION, value: eu-west}\n", string.Empty),
            container: "api").Expect(EnvName(0, "INVENTORY_REGION", Region)).RunAsync();

    [Fact]
    public Task Without_a_container_that_runs_the_project_it_is_silent() =>
        new Test(
            Code(string.Empty, "        var region = Environment.GetEnvironmentVariable(\"INVENTORY_REGION\");"),
            manifest: Deployment.Replace("image: registry.example.com/inventory-api:2.0", "image: inventory-api\n          - name: sidecar\n            image: envoy")).RunAsync();
}
