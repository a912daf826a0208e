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
/// POD2001 over tests/Golden/HostsFileWriteScenario.cs.txt (aliases, using static, ?., target-typed
/// new, shell commands, and calls that only look like writes): compiled into the Roslyn 4.8 floor
/// tests and into the main tests on the newest Roslyn, both must report the golden diagnostics.
/// </summary>
public sealed class HostsFileWriteScenarioTests
{
    [Fact]
    public async System.Threading.Tasks.Task The_analyzer_reports_the_golden_diagnostics()
    {
        var code = File.ReadAllText(Path.Combine(Golden.RepositoryRoot(), "tests", "Golden", "HostsFileWriteScenario.cs.txt"));
        var compilation = CSharpCompilation.Create(
            "Scenario",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12), "HostsWrites.cs") },
            Directory.GetFiles(Golden.NetReferenceAssemblies(), "*.dll").Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HostsFileWriteAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var actual = Golden.Format(diagnostics);
        Assert.Equal(Golden.Read("HostsFileWrite.diagnostics.txt", actual), actual);
    }
}
