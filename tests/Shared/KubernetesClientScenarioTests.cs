using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.Roslyn;

namespace PodAnalyzers.Shared;

/// <summary>
/// POD2010-POD2012 over tests/Golden/KubernetesClientScenario.cs.txt (C# 12, collection expressions
/// included): compiled into the Roslyn 4.8 floor tests and into the main tests on the newest Roslyn,
/// both must report the golden diagnostics.
/// </summary>
public sealed class KubernetesClientScenarioTests
{
    [Fact]
    public async System.Threading.Tasks.Task The_analyzer_reports_the_golden_diagnostics()
    {
        var root = RepositoryRoot();
        var code = File.ReadAllText(Path.Combine(root, "tests", "Golden", "KubernetesClientScenario.cs.txt"));
        var compilation = CSharpCompilation.Create(
            "Scenario",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12), "PodFactory.cs") },
            Directory.GetFiles(NetReferenceAssemblies(), "*.dll").Append(KubernetesClient()).Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesClientLiteralAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var lines = diagnostics
            .Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .OrderBy(line => line, StringComparer.Ordinal);
        var actual = string.Join("\n", lines) + "\n";
        var golden = Path.Combine(root, "tests", "Golden", "KubernetesClient.diagnostics.txt");
        if (Environment.GetEnvironmentVariable("PODANALYZERS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private static string Packages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string NetReferenceAssemblies() => Path.Combine(Packages(), "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");

    /// <summary>KubernetesClient.dll of the version the test project downloads at restore time (its KubernetesClientVersion metadata).</summary>
    private static string KubernetesClient()
    {
        var version = typeof(KubernetesClientScenarioTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "KubernetesClientVersion").Value!;
        return Path.Combine(Packages(), "kubernetesclient", version, "lib", "net8.0", "KubernetesClient.dll");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PodAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PodAnalyzers.sln not found");
    }
}
