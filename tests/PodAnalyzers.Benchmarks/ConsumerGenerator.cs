using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// Writes the real-build consumer of docs/performance.md: a console project referencing the in-repo
/// analyzer and generator (ProjectReference OutputItemType=Analyzer, as samples/PodInventory does),
/// with <c>manifests</c> YAML files and about <c>lines</c> lines of C# that uses the constants (<see cref="ConsumerModule"/>).
/// </summary>
internal static class ConsumerGenerator
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    public static void Write(string directory, string repositoryRoot, int manifests, int lines)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(directory, "k8s"));
        Directory.CreateDirectory(Path.Combine(directory, "src"));
        var package = Path.Combine(repositoryRoot, "src", "PodAnalyzers.Package", "build");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(package, "PodAnalyzers.props")}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(repositoryRoot, "src", "PodAnalyzers", "PodAnalyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{Path.Combine(package, "PodAnalyzers.targets")}" />
            </Project>
            """);
        // Keep the repository's Directory.Build.props / Directory.Packages.props out of the consumer.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");

        for (var i = 0; i < manifests; i++)
        {
            File.WriteAllText(Path.Combine(directory, "k8s", $"service-{i.ToString("D4", CultureInfo.InvariantCulture)}.yaml"), Manifests.Synthetic(i));
        }

        var linesPerFile = 200;
        var files = Math.Max(1, lines / linesPerFile);
        for (var f = 0; f < files; f++)
        {
            File.WriteAllText(Path.Combine(directory, "src", $"Module{f.ToString("D4", CultureInfo.InvariantCulture)}.cs"), ConsumerModule.Write(f, manifests, linesPerFile));
        }

        // The usings ImplicitUsings=enable would add, as a file: build-profile compiles the sources without MSBuild.
        File.WriteAllText(Path.Combine(directory, "GlobalUsings.cs"), string.Concat(ImplicitUsings.Select(name => "global using " + name + ";\n")));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "return Consumer.Modules.Module0000.Run(3) > int.MaxValue ? 1 : 0;\n");
    }
}
