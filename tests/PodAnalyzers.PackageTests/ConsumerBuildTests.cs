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
          template:
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
        Write(directory, "Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>POD0002</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PodAnalyzers" Version="{feed.Version}" PrivateAssets="all" />
                <AdditionalFiles Include="../deploy/*.yaml" />
              </ItemGroup>
            </Project>
            """);
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
        Write(directory, "OptOut.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PodAnalyzersIncludeYaml>false</PodAnalyzersIncludeYaml>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PodAnalyzers" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        Write(directory, "Library.cs", "public static class Library { }");
        Write(directory, "k8s/flawed.yaml", FlawedPod);

        var build = DotnetCli.Run(directory, feed.Environment, "build", "--no-incremental", "-v:minimal").EnsureSuccess("dotnet build");

        Assert.DoesNotContain("POD0002", build.Output, System.StringComparison.Ordinal);
    }

    private static void Write(string directory, string relativePath, string content)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
