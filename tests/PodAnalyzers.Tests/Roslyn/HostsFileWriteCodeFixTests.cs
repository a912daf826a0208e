using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.CodeFixes;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

public sealed class HostsFileWriteCodeFixTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n";

    private const string PodWithAlias = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"test.gysl\"\n  containers:\n  - name: web\n    image: nginx\n";

    private const string Config = "is_global = true\nbuild_property.ProjectDir = /project/\n";

    private static readonly string MessageOnePod =
        "writes the hosts file '/etc/hosts': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in spec.hostAliases of pod 'web' (k8s/pod.yaml) instead";

    private sealed class Test : CSharpCodeFixTest<HostsFileWriteAnalyzer, HostsFileWriteCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Config));
            FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", Config));
        }
    }

    private static string Method(string body) =>
        "using System.Diagnostics;\nusing System.IO;\nusing System.Threading.Tasks;\n\nclass C\n{\n    async Task M()\n    {\n        var x = 1;\n"
        + body + "        await Task.Delay(x);\n    }\n}\n";

    private static DiagnosticResult Diagnostic(int location, string api) =>
        new DiagnosticResult(Descriptors.Of(Rule.HostsFileWrite)).WithLocation(location).WithMessage(api + " " + MessageOnePod);

    [Fact]
    public Task Append_all_text_moves_into_host_aliases_and_the_statement_goes()
    {
        var test = new Test
        {
            TestCode = Method("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")|};\n"),
            FixedCode = Method(string.Empty),
        };
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml", PodWithAlias));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "File.AppendAllText"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_shell_echo_moves_into_host_aliases()
    {
        var test = new Test
        {
            TestCode = Method("        {|#0:Process.Start(\"sh\", \"-c \\\"echo '10.0.0.20 test.gysl' >> /etc/hosts\\\"\")|};\n"),
            FixedCode = Method(string.Empty),
        };
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml", PodWithAlias));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "Process.Start (sh, '>>' redirection)"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_awaited_write_of_several_lines_merges_into_the_existing_entry()
    {
        var test = new Test
        {
            TestCode = Method("        await {|#0:File.AppendAllLinesAsync(\"/etc/hosts\", new[] { \"# test hosts\", \"10.0.0.20 test.gysl api.gysl\", \"10.0.0.21 db.gysl\" })|};\n"),
            FixedCode = Method(string.Empty),
        };
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", PodWithAlias));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"test.gysl\"\n    - \"api.gysl\"\n  - ip: \"10.0.0.21\"\n    hostnames:\n    - \"db.gysl\"\n  containers:\n  - name: web\n    image: nginx\n"));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "File.AppendAllLinesAsync"));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_moves_every_write_of_the_document_into_one_edit()
    {
        var test = new Test
        {
            TestCode = Method("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")|};\n        {|#1:File.AppendAllText(\"/etc/hosts\", \"10.0.0.21 db.gysl\\n\")|};\n        {|#2:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 api.gysl\\n\")|};\n"),
            FixedCode = Method(string.Empty),
        };
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"test.gysl\"\n    - \"api.gysl\"\n  - ip: \"10.0.0.21\"\n    hostnames:\n    - \"db.gysl\"\n  containers:\n  - name: web\n    image: nginx\n"));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "File.AppendAllText"));
        test.ExpectedDiagnostics.Add(Diagnostic(1, "File.AppendAllText"));
        test.ExpectedDiagnostics.Add(Diagnostic(2, "File.AppendAllText"));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_in_the_project_covers_every_document()
    {
        const string first = "using System.IO;\n\nclass A\n{\n    void M()\n    {\n        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a.gysl\\n\")|};\n    }\n}\n";
        const string second = "using System.IO;\n\nclass B\n{\n    void M()\n    {\n        {|#1:File.WriteAllText(\"/etc/hosts\", \"10.0.0.21 b.gysl\\n\")|};\n    }\n}\n";
        var test = new Test();
        test.TestState.Sources.Add(("/project/A.cs", first));
        test.TestState.Sources.Add(("/project/B.cs", second));
        test.FixedState.Sources.Add(("/project/A.cs", "using System.IO;\n\nclass A\n{\n    void M()\n    {\n    }\n}\n"));
        test.FixedState.Sources.Add(("/project/B.cs", "using System.IO;\n\nclass B\n{\n    void M()\n    {\n    }\n}\n"));
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a.gysl\"\n  - ip: \"10.0.0.21\"\n    hostnames:\n    - \"b.gysl\"\n  containers:\n  - name: web\n    image: nginx\n"));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "File.AppendAllText"));
        test.ExpectedDiagnostics.Add(Diagnostic(1, "File.WriteAllText"));
        return test.RunAsync();
    }

    [Fact]
    public Task One_action_per_pod_source_edits_the_chosen_workload_template()
    {
        const string api = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n";
        var test = new Test
        {
            TestCode = Method("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")|};\n"),
            FixedCode = Method(string.Empty),
            CodeActionEquivalenceKey = "POD2001|0|0|/project/k8s/api.yaml",
        };
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.TestState.AdditionalFiles.Add(("/project/k8s/api.yaml", api));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/api.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      hostAliases:\n      - ip: \"10.0.0.20\"\n        hostnames:\n        - \"test.gysl\"\n      containers:\n      - name: api\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.Of(Rule.HostsFileWrite)).WithLocation(0)
            .WithMessage("File.AppendAllText writes the hosts file '/etc/hosts': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in spec.hostAliases of the project's pod instead"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("        {|#0:File.AppendAllText(\"/etc/hosts\", System.Environment.MachineName)|};\n", "File.AppendAllText")]
    [InlineData("        {|#0:File.AppendAllText(\"/etc/hosts\", \"not a hosts line\")|};\n", "File.AppendAllText")]
    [InlineData("        {|#0:File.Delete(\"/etc/hosts\")|};\n", "File.Delete")]
    [InlineData("        if (x > 0) {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};\n", "File.AppendAllText")]
    [InlineData("        using (var w = {|#0:new StreamWriter(\"/etc/hosts\", true)|}) { w.WriteLine(\"10.0.0.20 a\"); }\n", "new StreamWriter")]
    [InlineData("        {|#0:Process.Start(\"sh\", \"-c \\\"sed -i /a/d /etc/hosts\\\"\")|};\n", "Process.Start (sh, sed -i)")]
    public Task No_fix_when_the_text_is_unknown_or_the_statement_cannot_go(string body, string api)
    {
        var code = Method(body);
        var test = new Test { TestCode = code, FixedCode = code };
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.FixedState.AdditionalFiles.Add(("/project/k8s/pod.yaml", Pod));
        test.ExpectedDiagnostics.Add(Diagnostic(0, api));
        test.FixedState.ExpectedDiagnostics.Add(Diagnostic(0, api));
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_without_a_pod_source()
    {
        var code = Method("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};\n");
        var test = new Test { TestCode = code, FixedCode = code };
        var diagnostic = new DiagnosticResult(Descriptors.Of(Rule.HostsFileWrite)).WithLocation(0)
            .WithMessage("File.AppendAllText writes the hosts file '/etc/hosts': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in spec.hostAliases of the project's pod instead");
        test.ExpectedDiagnostics.Add(diagnostic);
        test.FixedState.ExpectedDiagnostics.Add(diagnostic);
        return test.RunAsync();
    }
}
