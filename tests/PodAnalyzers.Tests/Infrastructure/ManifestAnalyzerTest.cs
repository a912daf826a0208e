using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Roslyn.Manifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs the manifest analyzer over YAML additional files and compares exact diagnostics. Manifests
/// are markup, like test code: <c>{|#0:…|}</c> marks the span that <c>WithLocation(0)</c> expects.
/// A raw string literal drops the line break before its closing quotes, so the manifests end in a
/// blank line (or a marker alone on the last line): the file ends with a newline, as saved by an editor.
/// </summary>
internal sealed class ManifestAnalyzerTest : CSharpAnalyzerTest<ManifestAnalyzer, DefaultVerifier>
{
    public ManifestAnalyzerTest()
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = "class Program { static void Main() { } }";
    }

    public ManifestAnalyzerTest WithManifest(string path, string yaml)
    {
        TestState.AdditionalFiles.Add((path, yaml));
        return this;
    }

    public ManifestAnalyzerTest WithProperty(string name, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
        return this;
    }

    public ManifestAnalyzerTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public static Task VerifyAsync(string yaml, params DiagnosticResult[] expected) =>
        new ManifestAnalyzerTest().WithManifest("/k8s/pod.yaml", yaml).Expect(expected).RunAsync();

    public static DiagnosticResult Diagnostic(string id) =>
        new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithSeverity(DescriptorSeverity(id));

    private static Microsoft.CodeAnalysis.DiagnosticSeverity DescriptorSeverity(string id)
    {
        foreach (var descriptor in Descriptors.ManifestAnalyzerRules)
        {
            if (descriptor.Id == id)
            {
                return descriptor.DefaultSeverity;
            }
        }

        throw new System.ArgumentException("Unknown diagnostic " + id, nameof(id));
    }
}
