using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs POD2022/POD2023 over a Program.cs (top-level statements) with manifests, appsettings and
/// Dockerfiles as AdditionalFiles (markup in YAML too). ASP.NET Core's hosting and Kestrel types are
/// stubbed with their real names and parameter names (the analyzer knows them by metadata name).
/// </summary>
internal sealed class ListeningEndpointTest : CSharpAnalyzerTest<ListeningEndpointAnalyzer, DefaultVerifier>
{
    public const string AspNetCoreStubs = """
        namespace Microsoft.AspNetCore.Hosting
        {
            public interface IWebHostBuilder
            {
                IWebHostBuilder UseSetting(string key, string? value);
            }

            public static class HostingAbstractionsWebHostBuilderExtensions
            {
                public static IWebHostBuilder UseUrls(this IWebHostBuilder hostBuilder, params string[] urls) => hostBuilder;
                public static IWebHostBuilder PreferHostingUrls(this IWebHostBuilder hostBuilder, bool preferHostingUrls) => hostBuilder;
            }

            public static class WebHostBuilderKestrelExtensions
            {
                public static IWebHostBuilder ConfigureKestrel(this IWebHostBuilder hostBuilder, System.Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions> options) => hostBuilder;
            }
        }

        namespace Microsoft.AspNetCore.Server.Kestrel.Core
        {
            public class ListenOptions { }

            public class KestrelServerOptions
            {
                public void Listen(System.Net.IPAddress address, int port) { }
                public void Listen(System.Net.IPAddress address, int port, System.Action<ListenOptions> configure) { }
                public void Listen(System.Net.IPEndPoint endPoint) { }
                public void ListenAnyIP(int port) { }
                public void ListenAnyIP(int port, System.Action<ListenOptions> configure) { }
                public void ListenLocalhost(int port) { }
                public void ListenUnixSocket(string socketPath) { }
                public object Configure(object config) => config;
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class ConfigureWebHostBuilder : Microsoft.AspNetCore.Hosting.IWebHostBuilder
            {
                public Microsoft.AspNetCore.Hosting.IWebHostBuilder UseSetting(string key, string? value) => this;
            }

            public sealed class ConfigurationManager { }

            public sealed class WebApplicationBuilder
            {
                public ConfigureWebHostBuilder WebHost { get; } = new();
                public ConfigurationManager Configuration { get; } = new();
                public WebApplication Build() => new();
            }

            public sealed class WebApplication
            {
                public static WebApplicationBuilder CreateBuilder(string[] args) => new();
                public System.Collections.Generic.ICollection<string> Urls { get; } = new System.Collections.Generic.List<string>();
                public void Run(string? url = null) { }
                public System.Threading.Tasks.Task RunAsync(string? url = null) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    public const string Usings = "using System.Net;\nusing Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Hosting;\n\n";

    public ListeningEndpointTest(string program, bool withStubs = true)
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestState.OutputKind = OutputKind.ConsoleApplication;
        TestState.Sources.Add(("/Program.cs", program));
        if (withStubs)
        {
            // Generated code is not analyzed: the stubs stand for metadata and do not mention the web host to the analyzer.
            TestState.Sources.Add(("/AspNetCore.g.cs", AspNetCoreStubs));
        }

        SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(projectId, ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!)
                .WithNullableContextOptions(NullableContextOptions.Enable)));
    }

    /// <summary>A minimal-API Program.cs: the builder, then <paramref name="statements"/>, then <c>app.Run()</c> unless they run it.</summary>
    public static string Program(string statements) =>
        Usings + "var builder = WebApplication.CreateBuilder(args);\n" + statements + "\n"
        + (statements.Contains("app.Run") ? string.Empty : (statements.Contains("var app") ? string.Empty : "var app = builder.Build();\n") + "app.Run();\n");

    /// <summary>A pod whose container <c>api</c> has a readiness probe on <paramref name="port"/> (markup allowed), and more YAML under the container.</summary>
    public static string Pod(string port, string more = "") => $$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: registry.example.com/inventory-api:2.0
            ports:
            - {name: http, containerPort: 8080}
            readinessProbe:
              httpGet: {path: /healthz, port: {{port}}}
        {{more}}
        """;

    public const string Api = "container 'api' of pod 'inventory' (pod.yaml)";

    public static ListeningEndpointTest For(string statements, string pod, string targetFramework = "net8.0")
    {
        var test = new ListeningEndpointTest(Program(statements)).With("/k8s/pod.yaml", pod);
        return targetFramework.Length == 0 ? test : test.WithProperty("TargetFramework", targetFramework);
    }

    public ListeningEndpointTest With(string path, string text)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    public ListeningEndpointTest WithSource(string path, string code)
    {
        TestState.Sources.Add((path, code));
        return this;
    }

    public ListeningEndpointTest WithProperty(string name, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
        return this;
    }

    public ListeningEndpointTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public static DiagnosticResult Unlistened(int location, string listens, string target, string probe = "readinessProbe", string consequence = "the probe fails and the Pod never becomes ready") =>
        new DiagnosticResult(Descriptors.Of(Rule.ProbeTargetsUnlistenedPort)).WithLocation(location).WithMessage(
            $"The app listens on {listens}, the {probe} of container 'api' targets {target}: {consequence}");

    public static DiagnosticResult Loopback(int location, string origin, int port) =>
        new DiagnosticResult(Descriptors.Of(Rule.LoopbackOnlyInContainer)).WithLocation(location).WithMessage(
            $"The app binds only to the loopback address ({origin}) while it runs in {Api}: nothing outside the container reaches it, so probes and Service traffic fail; listen on every interface instead (ListenAnyIP({port}), http://+:{port})");
}
