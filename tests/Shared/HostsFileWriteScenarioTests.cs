using PodAnalyzers.Roslyn.HostsFileWrites;

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
        var actual = await Golden.AnalyzerDiagnostics("HostsFileWriteScenario.cs.txt", "HostsWrites.cs", new HostsFileWriteAnalyzer());
        Golden.AssertMatches("HostsFileWrite.diagnostics.txt", actual);
    }
}
