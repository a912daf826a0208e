using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PodAnalyzers.PackageTests;

/// <summary>A fresh project consumes the packed nupkg exactly as a user's project would.</summary>
[Collection(PackagedFeedCollection.Name)]
public sealed class ConsumerBuildTests
{
    private const string SeedPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: gysl-nodeselect
        spec:
          nodeSelector:
            kubernetes.io/hostname: 172.31.2.12
          containers:
          - name: gysl-nginx
            image: nginx
            ports:
            - name: http
              containerPort: 80
        """;

    private const string FlawedPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: flawed
        spec:
          containers: {name: x}
        """;

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop-api
        spec:
          selector:
            matchLabels: {app: shop-api}
          template:
            metadata:
              labels: {app: shop-api}
            spec:
              containers:
              - name: api
                image: shop/api:1
        """;

    private const string Program = """
        System.Console.WriteLine(string.Join("|",
            Consumer.Pods.GyslNodeselect.Name,
            Consumer.Pods.GyslNodeselect.NodeSelector.KubernetesIoHostname,
            Consumer.Pods.GyslNodeselect.Containers.GyslNginx.Image,
            Consumer.Pods.GyslNodeselect.Containers.GyslNginx.Ports.Http,
            Consumer.Pods.ShopApi.Kind,
            System.Environment.Version.Major));
        """;

    private readonly PackagedFeed feed;

    public ConsumerBuildTests(PackagedFeed feed) => this.feed = feed;

    [Fact]
    public void A_multi_targeting_consumer_gets_constants_and_diagnostics_from_the_package()
    {
        var directory = feed.NewConsumerDirectory("multi-target");
        WriteProject(directory, "Consumer", properties: new[]
        {
            "<OutputType>Exe</OutputType>",
            "<TargetFrameworks>net8.0;net10.0</TargetFrameworks>",
            "<Nullable>enable</Nullable>",
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            "<WarningsNotAsErrors>POD0002</WarningsNotAsErrors>",
        }, items: new[]
        {
            "<AdditionalFiles Include=\"../deploy/*.yaml\" />",
        });
        Write(directory, "Program.cs", Program);
        Write(directory, "k8s/pod.yaml", SeedPod);
        Write(directory, "k8s/flawed.yaml", FlawedPod);
        Write(directory, "bin/ignored.yaml", FlawedPod);
        Write(directory, ".globalconfig", "is_global = true\ndotnet_diagnostic.POD0002.severity = warning\n");
        Write(Path.Combine(directory, ".."), "deploy/deployment.yaml", Deployment);

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal").EnsureSuccess("dotnet build");

        var warnings = Regex.Matches(build.Output, @"^.*POD\d{4}.*$", RegexOptions.Multiline).Select(match => match.Value.Trim()).Distinct().ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, warning => Assert.Matches(@"k8s/flawed\.yaml\(6,15\): warning POD0002: spec\.containers: expected a list, found a mapping", warning));
        Assert.Contains(warnings, warning => warning.Contains("TargetFramework=net8.0", System.StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning.Contains("TargetFramework=net10.0", System.StringComparison.Ordinal));

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var run = DotnetCli.Run(directory, feed.Environment, "run", "--no-build", "-f", framework).EnsureSuccess("dotnet run " + framework);
            Assert.StartsWith("gysl-nodeselect|172.31.2.12|nginx|80|Deployment|", run.Output.Trim(), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PodAnalyzersIncludeYaml_false_stops_reading_the_project_folder()
    {
        var directory = feed.NewConsumerDirectory("opt-out");
        WriteProject(directory, "OptOut", properties: new[]
        {
            "<TargetFramework>net10.0</TargetFramework>",
            "<PodAnalyzersIncludeYaml>false</PodAnalyzersIncludeYaml>",
        });
        Write(directory, "Library.cs", "public static class Library { }");
        Write(directory, "k8s/flawed.yaml", FlawedPod);

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal").EnsureSuccess("dotnet build");

        Assert.DoesNotContain("POD0002", build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_netstandard_and_net48_library_with_csharp_7_3_and_nullable_off_compiles_the_constants_warning_free()
    {
        var directory = feed.NewConsumerDirectory("legacy-library");
        WriteProject(directory, "Legacy", properties: new[]
        {
            "<TargetFrameworks>netstandard2.0;net48</TargetFrameworks>",
            "<Nullable>disable</Nullable>",
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            "<GenerateDocumentationFile>true</GenerateDocumentationFile>",
            "<RootNamespace>Legacy</RootNamespace>",
        });
        Write(directory, "Ports.cs", """
            namespace Legacy
            {
                /// <summary>Uses the generated constants in constant contexts, as C# 7.3 allows.</summary>
                public static class Ports
                {
                    /// <summary>The web port.</summary>
                    public const int Http = Pods.GyslNodeselect.Containers.GyslNginx.Ports.Http;

                    /// <summary>Describes a pod name.</summary>
                    public static string Describe(string name)
                    {
                        switch (name)
                        {
                            case Pods.GyslNodeselect.Name: return "seed";
                            default: return "other";
                        }
                    }
                }
            }
            """);
        Write(directory, "k8s/pod.yaml", SeedPod);

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal").EnsureSuccess("dotnet build");

        Assert.DoesNotContain(": warning ", build.Output, System.StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", "net48", "Legacy.dll")));
        Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", "netstandard2.0", "Legacy.dll")));
    }

    [Fact]
    public void Dotnet_add_package_into_a_fresh_console_project_is_the_only_step_needed()
    {
        var directory = feed.NewConsumerDirectory("fresh-console");
        File.Delete(Path.Combine(directory, "NuGet.config"));
        DotnetCli.Run(directory, feed.Environment, "new", "console", "--name", "Fresh", "--output", ".").EnsureSuccess("dotnet new console");
        DotnetCli.Run(directory, feed.Environment, "add", "package", "PodAnalyzers", "--version", feed.Version, "--source", feed.FeedDirectory).EnsureSuccess("dotnet add package");
        Write(directory, "k8s/pod.yaml", SeedPod);
        Write(directory, "Program.cs", "System.Console.WriteLine(Fresh.Pods.GyslNodeselect.NodeSelector.KubernetesIoHostname);");

        var run = DotnetCli.Run(directory, feed.Environment, "run").EnsureSuccess("dotnet run");

        Assert.Equal("172.31.2.12", run.Output.Trim().Split('\n').Last().Trim());
    }

    [Fact]
    public void The_build_writes_yaml_diagnostics_into_a_sarif_2_1_log()
    {
        var directory = feed.NewConsumerDirectory("sarif");
        WriteProject(directory, "Sarif", properties: new[]
        {
            "<TargetFramework>net10.0</TargetFramework>",
        });
        Write(directory, "Library.cs", "public static class Library { }");
        Write(directory, "k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeSelector:\n    disk type: ssd\n  restartPolicey: Always\n  containers: [{name: web, image: nginx}]\n");

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-p:ErrorLog=build.sarif%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        using var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "build.sarif")));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(item => item.GetProperty("ruleId").GetString() == "POD1001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("k8s/pod.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, location.GetProperty("region").GetProperty("startColumn").GetInt32());

        // Strict decoding reads the schema table embedded in the packaged analyzer.
        var unknownField = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(item => item.GetProperty("ruleId").GetString() == "POD0010");
        Assert.Equal("strict decoding error: unknown field \"spec.restartPolicey\"; did you mean \"restartPolicy\"?", unknownField.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(8, unknownField.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void A_compiler_without_roslyn_component_versioning_gets_pod0007_instead_of_a_failing_analyzer()
    {
        var directory = feed.NewConsumerDirectory("no-component-versioning");
        WriteProject(directory, "Old", properties: new[]
        {
            "<TargetFramework>net10.0</TargetFramework>",
        });
        Write(directory, "Library.cs", "public static class Library { }");
        Write(directory, "k8s/flawed.yaml", FlawedPod);

        // Such hosts predate the SupportsRoslynComponentVersioning property: simulate one by clearing it.
        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal", "-p:SupportsRoslynComponentVersioning=false")
            .EnsureSuccess("dotnet build");

        Assert.Contains("warning POD0007: PodAnalyzers needs a compiler with Roslyn 4.8 or later", build.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("POD0002", build.Output, System.StringComparison.Ordinal);
    }

    private const string ServicePod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: registry.example.com/inventory-api:2.0
            env:
            - {name: INVENTORY_REGION, value: eu}
        """;

    private const string ServiceCode = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
        }

        namespace Service
        {
            using System;
            using Microsoft.Extensions.Configuration;

            public sealed class Settings
            {
                private readonly IConfiguration configuration;

                public Settings(IConfiguration configuration) => this.configuration = configuration;

                public string Region => Environment.GetEnvironmentVariable("INVENTORY_REGION")!;
                public string FromDockerfile => Environment.GetEnvironmentVariable("FROM_DOCKERFILE")!;
                public string Zone => Environment.GetEnvironmentVariable("INVENTORY_ZONE")!;
                public string Owner => configuration["Inventory:Owner"]!;
                public string Missing => configuration["Inventory:Missing"]!;
            }
        }
        """;

    [Fact]
    public void The_project_folder_appsettings_and_dockerfile_reach_the_code_and_manifest_rules()
    {
        var directory = feed.NewConsumerDirectory("code-and-manifests");
        WriteProject(directory, "Inventory.Api", properties: new[] { "<TargetFramework>net10.0</TargetFramework>", "<Nullable>enable</Nullable>" });
        Write(directory, "Settings.cs", ServiceCode);
        Write(directory, "k8s/pod.yaml", ServicePod);
        Write(directory, "Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV FROM_DOCKERFILE=1\n");
        Write(directory, "appsettings.json", "{ \"Inventory\": { \"Owner\": \"team\" } }");

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal", "-p:ErrorLog=diagnostics.sarif%2Cversion=2.1").EnsureSuccess("dotnet build");

        // Warnings are in the build output; POD2021 is an info, so it is read from the SARIF log.
        var warnings = Regex.Matches(build.Output, @"warning (POD\d{4}): (.*?) \(https://").Select(match => match.Groups[1].Value + ": " + match.Groups[2].Value.Trim()).Distinct().ToList();
        Assert.Equal(
            "POD2020: Environment variable 'INVENTORY_ZONE' is not defined for container 'api' of pod 'inventory' (k8s/pod.yaml): not in its env or envFrom, not an ENV or ARG of the project's Dockerfile, and not set by Kubernetes or the .NET image; in the Pod, GetEnvironmentVariable returns null",
            Assert.Single(warnings));
        var messages = SarifMessages(Path.Combine(directory, "diagnostics.sarif"), "POD2021");
        Assert.Equal(new[] { "Inventory:Missing" }, messages.Select(message => message.Split('\'')[1]));
    }

    [Fact]
    public void The_include_switches_stop_reading_appsettings_and_the_dockerfile()
    {
        var directory = feed.NewConsumerDirectory("code-and-manifests-opt-out");
        WriteProject(directory, "Inventory.Api", properties: new[]
        {
            "<TargetFramework>net10.0</TargetFramework>",
            "<Nullable>enable</Nullable>",
            "<PodAnalyzersIncludeDockerfile>false</PodAnalyzersIncludeDockerfile>",
            "<PodAnalyzersIncludeAppSettings>false</PodAnalyzersIncludeAppSettings>",
        });
        Write(directory, "Settings.cs", ServiceCode);
        Write(directory, "k8s/pod.yaml", ServicePod);
        Write(directory, "Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV FROM_DOCKERFILE=1\n");
        Write(directory, "appsettings.json", "{ \"Inventory\": { \"Owner\": \"team\" } }");

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal", "-p:ErrorLog=diagnostics.sarif%2Cversion=2.1").EnsureSuccess("dotnet build");

        // Unknown ENV and keys: both rules stay silent rather than guess.
        Assert.DoesNotContain("POD2020", build.Output, System.StringComparison.Ordinal);
        Assert.Empty(SarifMessages(Path.Combine(directory, "diagnostics.sarif"), "POD2021"));
    }

    /// <summary>The messages of one rule's results in a SARIF 2.1 log.</summary>
    private static string[] SarifMessages(string path, string ruleId)
    {
        using var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("results").EnumerateArray())
            .Where(result => result.GetProperty("ruleId").GetString() == ruleId)
            .Select(result => result.GetProperty("message").GetProperty("text").GetString()!)
            .ToArray();
    }

    /// <summary>A project that references the packed PodAnalyzers, with the given properties and items.</summary>
    private void WriteProject(string directory, string name, string[] properties, string[]? items = null)
    {
        var project = new System.Text.StringBuilder()
            .AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">")
            .AppendLine("  <PropertyGroup>");
        foreach (var property in properties)
        {
            project.AppendLine("    " + property);
        }

        project.AppendLine("  </PropertyGroup>")
            .AppendLine("  <ItemGroup>")
            .AppendLine($"    <PackageReference Include=\"PodAnalyzers\" Version=\"{feed.Version}\" PrivateAssets=\"all\" />");
        foreach (var item in items ?? System.Array.Empty<string>())
        {
            project.AppendLine("    " + item);
        }

        project.AppendLine("  </ItemGroup>").AppendLine("</Project>");
        Write(directory, name + ".csproj", project.ToString());
    }

    private static void Write(string directory, string relativePath, string content)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
