using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PodAnalyzers.Shared;

/// <summary>
/// The golden files of tests/Golden, shared by the newest-Roslyn tests and the Roslyn 4.8 floor
/// tests: both must produce the same text. PODANALYZERS_UPDATE_GOLDEN=1 rewrites a golden file
/// from the actual output before comparing.
/// </summary>
internal static class Golden
{
    /// <summary>Asserts that <paramref name="actual"/>, its version scrubbed, is the golden file <paramref name="name"/>.</summary>
    public static void AssertMatches(string name, string actual)
    {
        var scrubbed = StampedVersion.Scrub(actual);
        var path = Path.Combine(RepositoryRoot(), "tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("PODANALYZERS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, scrubbed);
        }

        Assert.Equal(File.ReadAllText(path), scrubbed);
    }

    /// <summary>One line per diagnostic, <c>path(line,column): severity ID: message</c>, in ordinal order.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .OrderBy(line => line, StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>
    /// Compiles the C# 12 scenario tests/Golden/<paramref name="scenario"/> as <paramref name="path"/>
    /// against net8.0 (and <paramref name="extraReferences"/>), checks it has no compile error, and
    /// returns <paramref name="analyzer"/>'s diagnostics as <see cref="Format"/> writes them.
    /// </summary>
    public static async Task<string> AnalyzerDiagnostics(string scenario, string path, DiagnosticAnalyzer analyzer, params string[] extraReferences)
    {
        var code = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Golden", scenario));
        var compilation = CSharpCompilation.Create(
            "Scenario",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12), path) },
            Directory.GetFiles(NetReferenceAssemblies(), "*.dll").Concat(extraReferences).Select(reference => MetadataReference.CreateFromFile(reference)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return Format(diagnostics);
    }

    /// <summary>Every source a generator run produced, in hint-name order, each after a <c>// hint: …</c> line.</summary>
    public static string GeneratedSources(GeneratorRunResult result) =>
        string.Concat(result.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => "// hint: " + source.HintName + "\n" + source.SourceText));

    /// <summary>The net8.0 reference assemblies the test projects download at restore time.</summary>
    public static string NetReferenceAssemblies() => Path.Combine(Packages(), "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");

    public static string Packages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PodAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PodAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
