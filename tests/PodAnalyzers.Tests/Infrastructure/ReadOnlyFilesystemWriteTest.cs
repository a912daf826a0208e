using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>Runs POD2025 over C# code with manifests and Dockerfiles as AdditionalFiles.</summary>
internal sealed class ReadOnlyFilesystemWriteTest : CSharpAnalyzerTest<ReadOnlyFilesystemWriteAnalyzer, DefaultVerifier>
{
    /// <summary>A worker whose root filesystem is read-only, with an emptyDir at /app/logs and a read-only config mount.</summary>
    public const string Pod = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: inventory}
        spec:
          selector: {matchLabels: {app: inventory}}
          template:
            metadata: {labels: {app: inventory}}
            spec:
              volumes:
              - {name: logs, emptyDir: {}}
              - {name: config, configMap: {name: inventory-config}}
              containers:
              - name: worker
                image: registry.example.com/inventory-worker:2.0
                securityContext: {readOnlyRootFilesystem: true}
                volumeMounts:
                - {name: logs, mountPath: /app/logs}
                - {name: config, mountPath: /app/config}

        """;

    public const string Worker = "container 'worker' of Deployment 'inventory' (pod.yaml)";

    public ReadOnlyFilesystemWriteTest(string code)
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = code;
    }

    /// <summary>Usings of System, System.IO and System.Threading.Tasks, the body in an async method.</summary>
    public static string InMethod(string body) =>
        "using System;\nusing System.IO;\nusing System.Threading.Tasks;\n\nclass Worker\n{\n    async Task M()\n    {\n" + body + "\n    }\n}\n";

    /// <summary>The body in a method, with <see cref="Pod"/>.</summary>
    public static ReadOnlyFilesystemWriteTest ForBody(string body, string pod = Pod) =>
        new ReadOnlyFilesystemWriteTest(InMethod(body)).With("/k8s/pod.yaml", pod);

    public ReadOnlyFilesystemWriteTest With(string path, string text)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    public ReadOnlyFilesystemWriteTest WithProperty(string name, string value)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
        return this;
    }

    public ReadOnlyFilesystemWriteTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>A write to the read-only root filesystem; <paramref name="what"/> is "writes '/x'", "creates the directory '/x'" or "creates a temp file in '/tmp'".</summary>
    public static DiagnosticResult OnRoot(int location, string api, string what, string directory, string containers = Worker) =>
        new DiagnosticResult(Descriptors.Of(Rule.ReadOnlyFilesystemWrite)).WithLocation(location).WithMessage(
            $"{api} {what} on the root filesystem of {containers}, which is read-only (securityContext.readOnlyRootFilesystem: true), and no writable volumeMount covers it: in the Pod it fails with 'Read-only file system'; "
            + (directory == "/" ? "write under a directory with an emptyDir volume mounted at it" : $"mount an emptyDir volume at '{directory}'"));

    /// <summary>A write into a read-only mount.</summary>
    public static DiagnosticResult InMount(int location, string api, string path, string mountPath, string volume) =>
        new DiagnosticResult(Descriptors.Of(Rule.ReadOnlyFilesystemWrite)).WithLocation(location).WithMessage(
            $"{api} writes '{path}' in {Worker}, under '{mountPath}' where volume '{volume}' is mounted read-only, on a read-only root filesystem (securityContext.readOnlyRootFilesystem: true): in the Pod it fails with 'Read-only file system'; write outside it, under a writable volumeMount such as an emptyDir");
}
