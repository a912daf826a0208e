using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.KubernetesClient;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>Runs POD2010-POD2013 over C# code that references KubernetesClient (k8s.Models) and compares exact diagnostics.</summary>
internal sealed class KubernetesClientTest : CSharpAnalyzerTest<KubernetesClientLiteralAnalyzer, DefaultVerifier>
{
    public KubernetesClientTest(string code, bool referenceKubernetesClient = true, string? kubernetesVersion = null)
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = code;
        if (referenceKubernetesClient)
        {
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(ReferenceAssemblyPaths.KubernetesClient));
        }

        if (kubernetesVersion is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.PodAnalyzersKubernetesVersion = {kubernetesVersion}\n"));
        }
    }

    /// <summary>Code inside a method of a class with the usual usings (k8s.Models included).</summary>
    public static string InMethod(string body) =>
        "using System;\nusing System.Collections.Generic;\nusing k8s.Models;\n\nclass C\n{\n    void M(string input, V1Pod pod, V1ObjectMeta meta, V1PodSpec spec, V1HostAlias alias)\n    {\n"
        + body + "\n    }\n}\n";

    public static DiagnosticResult Label() => new(Descriptors.Of(Rule.KubernetesClientLabel));

    public static DiagnosticResult HostAlias() => new(Descriptors.Of(Rule.KubernetesClientHostAlias));

    public static DiagnosticResult NodeName() => new(Descriptors.Of(Rule.KubernetesClientNodeName));

    public static DiagnosticResult Value() => new(Descriptors.Of(Rule.KubernetesClientValue));

    public static Task VerifyAsync(string code, params DiagnosticResult[] expected) => VerifyAsync(code, null, expected);

    public static Task VerifyAsync(string code, string? kubernetesVersion, params DiagnosticResult[] expected)
    {
        var test = new KubernetesClientTest(code, kubernetesVersion: kubernetesVersion);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Code inside a method, expecting no diagnostic at all.</summary>
    public static Task NoDiagnosticAsync(string body) => VerifyAsync(InMethod(body));
}
