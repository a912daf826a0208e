using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Roslyn;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>The Roslyn SDK's generator verifier, set up for manifests and MSBuild properties.</summary>
internal sealed class GeneratorTest : CSharpSourceGeneratorTest<PodConstantsGenerator, DefaultVerifier>
{
    public const string GeneratedPath = "PodAnalyzers/PodAnalyzers.Roslyn.PodConstantsGenerator/PodManifests.g.cs";

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

    public GeneratorTest ExpectGenerated(string source)
    {
        TestState.GeneratedSources.Add((typeof(PodConstantsGenerator), "PodManifests.g.cs", source.Replace("\r\n", "\n")));
        return this;
    }
}
