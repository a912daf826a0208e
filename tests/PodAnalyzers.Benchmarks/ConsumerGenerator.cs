using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// Writes the real-build consumer of docs/performance.md: a console project referencing the in-repo
/// analyzer and generator (ProjectReference OutputItemType=Analyzer, as samples/PodInventory does),
/// with <c>manifests</c> YAML files and about <c>lines</c> lines of ordinary C# that uses the constants.
/// </summary>
internal static class ConsumerGenerator
{
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
            File.WriteAllText(Path.Combine(directory, "src", $"Module{f.ToString("D4", CultureInfo.InvariantCulture)}.cs"), Module(f, manifests, linesPerFile));
        }

        File.WriteAllText(Path.Combine(directory, "Program.cs"), "namespace Consumer;\n\ninternal static class Program\n{\n    private static int Main() => Consumer.Modules.Module0000.Run(3) > int.MaxValue ? 1 : 0;\n}\n");
    }

    private static string Module(int index, int manifests, int lines)
    {
        var name = "Module" + index.ToString("D4", CultureInfo.InvariantCulture);
        var pod = index % manifests;
        var podClass = "Service" + pod.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder()
            .Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Consumer.Modules;\n\n")
            .Append("/// <summary>Generated workload for the build benchmark.</summary>\n")
            .Append("public static class ").Append(name).Append("\n{\n");
        var written = 10;
        var method = 0;
        while (written < lines - 3)
        {
            var m = method++.ToString(CultureInfo.InvariantCulture);
            code.Append("    public static int Step").Append(m).Append("(int seed)\n    {\n")
                .Append("        var values = new List<int>();\n")
                .Append("        for (var i = 0; i < seed; i++)\n        {\n            values.Add((i * 31) ^ seed);\n        }\n\n")
                .Append("        var text = string.Join(\",\", values.Where(v => v % 3 == 0).Select(v => v.ToString()));\n")
                .Append("        var name = Pods.").Append(podClass).Append(".Name + \":\" + Pods.").Append(podClass).Append(".Labels.App;\n")
                .Append("        var port = Pods.").Append(podClass).Append(".Containers.App.Ports.Http;\n")
                .Append("        return text.Length + name.Length + port + values.Sum();\n    }\n\n");
            written += 14;
        }

        code.Append("    public static int Run(int seed) => Step0(seed);\n}\n");
        return code.ToString();
    }
}
