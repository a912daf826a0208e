using System.IO;
using System.Linq;
using PodAnalyzers.Roslyn.KubernetesClient;

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
        var actual = await Golden.AnalyzerDiagnostics("KubernetesClientScenario.cs.txt", "PodFactory.cs", new KubernetesClientLiteralAnalyzer(), KubernetesClient());
        Golden.AssertMatches("KubernetesClient.diagnostics.txt", actual);
    }

    /// <summary>KubernetesClient.dll of the version the test project downloads at restore time (its KubernetesClientVersion metadata).</summary>
    private static string KubernetesClient()
    {
        var version = typeof(KubernetesClientScenarioTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "KubernetesClientVersion").Value!;
        return Path.Combine(Golden.Packages(), "kubernetesclient", version, "lib", "net8.0", "KubernetesClient.dll");
    }

}
