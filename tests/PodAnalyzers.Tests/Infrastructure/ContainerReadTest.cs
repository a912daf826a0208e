using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs POD2020/POD2021 over C# code with manifests, appsettings and Dockerfiles as AdditionalFiles.
/// Microsoft.Extensions.Configuration is stubbed (the analyzer knows its types by metadata name).
/// </summary>
internal sealed class ContainerReadTest : CSharpAnalyzerTest<ContainerReadAnalyzer, DefaultVerifier>
{
    public const string ConfigurationStubs = """
        namespace Microsoft.Extensions.Configuration
        {
            using System.Collections.Generic;

            public interface IConfiguration
            {
                string? this[string key] { get; set; }
                IConfigurationSection GetSection(string key);
                IEnumerable<IConfigurationSection> GetChildren();
            }

            public interface IConfigurationSection : IConfiguration
            {
                string Key { get; }
                string? Value { get; set; }
            }

            public interface IConfigurationRoot : IConfiguration { }

            public interface IConfigurationManager : IConfiguration { }

            public abstract class ConfigurationManager : IConfigurationManager, IConfigurationRoot
            {
                public abstract string? this[string key] { get; set; }
                public abstract IConfigurationSection GetSection(string key);
                public abstract IEnumerable<IConfigurationSection> GetChildren();
            }

            public static class ConfigurationExtensions
            {
                public static string? GetConnectionString(this IConfiguration configuration, string name) => null;
                public static bool Exists(this IConfigurationSection? section) => false;
                public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => configuration.GetSection(key);
            }

            public static class ConfigurationBinder
            {
                public static T? GetValue<T>(this IConfiguration configuration, string key) => default;
                public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
                public static T? Get<T>(this IConfiguration configuration) => default;
            }
        }
        """;

    public const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: registry.example.com/inventory-api:2.0
            env:
            - {name: INVENTORY_REGION, value: eu-west}
            - {name: Inventory__Owner, value: team}
            - name: POD_NAME
              valueFrom: {fieldRef: {fieldPath: metadata.name}}

        """;

    public const string Api = "container 'api' of pod 'inventory' (pod.yaml)";

    public ContainerReadTest(string code)
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = code;
        TestState.Sources.Add(("/Configuration.cs", ConfigurationStubs));
        SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(projectId, ((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!)
                .WithNullableContextOptions(Microsoft.CodeAnalysis.NullableContextOptions.Enable)));
    }

    /// <summary>Usings of System and Microsoft.Extensions.Configuration, a class with an injected configuration, the body in a method.</summary>
    public static string InMethod(string body) =>
        "using System;\nusing Microsoft.Extensions.Configuration;\n\nclass Service\n{\n    private readonly IConfiguration configuration;\n\n    public Service(IConfiguration configuration) => this.configuration = configuration;\n\n    void M(IConfiguration parameter)\n    {\n"
        + body + "\n    }\n}\n";

    public ContainerReadTest With(string path, string text)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    public ContainerReadTest WithProperty(string name, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
        return this;
    }

    public ContainerReadTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public static DiagnosticResult Undefined(int location, string name, string containers = Api) =>
        new DiagnosticResult(Descriptors.Of(Rule.UndefinedEnvironmentVariable)).WithLocation(location).WithMessage(
            $"Environment variable '{name}' is not defined for {containers}: not in its env or envFrom, not an ENV or ARG of the project's Dockerfile, and not set by Kubernetes or the .NET image; in the Pod, GetEnvironmentVariable returns null");

    public static DiagnosticResult Missing(int location, string key, string files = "not in appsettings.json", bool section = false) =>
        new DiagnosticResult(Descriptors.Of(Rule.MissingConfigurationKey)).WithLocation(location).WithMessage(
            $"Configuration key '{key}' is provided by nothing the app runs with: {files}, and not in the environment of {Api} (as '{key.Replace(":", "__")}'); "
            + (section ? "the section is empty at run time" : "the read returns null (or the default) at run time"));

    /// <summary>The body in a method, the pod of <see cref="Pod"/> and an appsettings.json.</summary>
    public static ContainerReadTest ForBody(string body, string appsettings = """{ "Logging": { "LogLevel": { "Default": "Information" } }, "ConnectionStrings": { "Db": "Server=db" } }""") =>
        new ContainerReadTest(InMethod(body)).With("/k8s/pod.yaml", Pod).With("/appsettings.json", appsettings);
}
