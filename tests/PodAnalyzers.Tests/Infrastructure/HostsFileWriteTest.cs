using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>Runs POD2001 over C# code (top-level statements allowed) and compares exact diagnostics.</summary>
internal sealed class HostsFileWriteTest : CSharpAnalyzerTest<HostsFileWriteAnalyzer, DefaultVerifier>
{
    public const string Why = "kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in spec.hostAliases of the project's pod instead";

    public HostsFileWriteTest(string code)
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = code;
    }

    /// <summary>Code inside a method of a class with the usual usings.</summary>
    public static string InMethod(string body) =>
        "using System;\nusing System.Diagnostics;\nusing System.IO;\nusing System.Threading.Tasks;\n\nclass C\n{\n    async Task M(string input)\n    {\n"
        + body + "\n        await Task.CompletedTask;\n    }\n}\n";

    public static DiagnosticResult Diagnostic() => new(Descriptors.Of(Rule.HostsFileWrite));

    /// <summary>The message for <paramref name="api"/> writing <paramref name="path"/>, with no single pod in the project.</summary>
    public static string Message(string api, string path) => $"{api} writes the hosts file '{path}': {Why}";

    public static Task VerifyAsync(string code, params DiagnosticResult[] expected)
    {
        var test = new HostsFileWriteTest(code);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Code inside a method, expecting no diagnostic at all.</summary>
    public static Task NoDiagnosticAsync(string body) => VerifyAsync(InMethod(body));
}
