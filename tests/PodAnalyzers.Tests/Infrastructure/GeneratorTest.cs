using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>
/// The Roslyn SDK's generator verifier, set up for manifests and MSBuild properties. The SDK
/// builds its generator driver privately (without step tracking), so the project's inputs also go
/// through <see cref="GeneratorRuns"/> for the caching check every generator test makes.
/// </summary>
internal sealed class GeneratorTest : CSharpSourceGeneratorTest<PodConstantsGenerator, DefaultVerifier>
{
    public GeneratorTest()
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = "class Program { static void Main() { } }";
    }

    public GeneratorTest WithManifest(string path, string yaml)
    {
        TestState.AdditionalFiles.Add((path, yaml));
        return this;
    }

    public GeneratorTest WithProperties(string globalConfig)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        return this;
    }

    /// <summary>
    /// Expects a generated source. The expected text is written with four spaces per level, for
    /// reading (the generator indents with tabs), and with <see cref="StampedVersion.Placeholder"/>
    /// for the package version.
    /// </summary>
    public GeneratorTest ExpectGenerated(string hintName, string source)
    {
        TestState.GeneratedSources.Add((typeof(PodConstantsGenerator), hintName, StampedVersion.Fill(Tabs(source.Replace("\r\n", "\n")))));
        return this;
    }

    protected override async Task<(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)> GetProjectCompilationAsync(Project project, IVerifier verifier, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        GeneratorRuns.Run(compilation!, project.AnalyzerOptions.AdditionalFiles, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        return await base.GetProjectCompilationAsync(project, verifier, cancellationToken).ConfigureAwait(false);
    }

    private static string Tabs(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, "^(    )+", indent => new string('\t', indent.Length / 4), System.Text.RegularExpressions.RegexOptions.Multiline);
}
