using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Roslyn.KubernetesClient;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>
/// The C# analyzers register nothing beyond their compilation-start check when the types they look
/// at are absent, and POD2001 registers one action per document, not per call (Roslyn's telemetry
/// counts what each analyzer registered).
/// </summary>
public sealed class AnalyzerRegistrationTests
{
    private const string Code = "class C { void M() { System.Console.WriteLine(\"/etc/hosts\"); } }";

    [Fact]
    public async Task Without_file_or_process_types_pod2001_registers_nothing()
    {
        var telemetry = await Telemetry(new HostsFileWriteAnalyzer(), withReferences: false);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task With_system_io_pod2001_registers_one_action_per_document_and_none_per_node()
    {
        var telemetry = await Telemetry(new HostsFileWriteAnalyzer(), withReferences: true);

        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Without_kubernetes_client_pod2010_to_pod2012_register_nothing()
    {
        var telemetry = await Telemetry(new KubernetesClientLiteralAnalyzer(), withReferences: true);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task Without_yaml_files_pod2020_and_pod2021_register_nothing()
    {
        var telemetry = await Telemetry(new ContainerReadAnalyzer(), withReferences: true);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task With_yaml_files_pod2020_and_pod2021_register_one_action_per_document_and_none_per_node()
    {
        var telemetry = await Telemetry(new ContainerReadAnalyzer(), withReferences: true, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/k8s/ci.yaml", "name: ci\n")));

        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Without_asp_net_core_pod2022_and_pod2023_register_nothing()
    {
        var telemetry = await Telemetry(new ListeningEndpointAnalyzer(), withReferences: true, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/k8s/ci.yaml", "name: ci\n")));

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task Without_yaml_files_pod2022_and_pod2023_register_nothing()
    {
        var telemetry = await Telemetry(new ListeningEndpointAnalyzer(), withReferences: true, code: ListeningEndpointTest.AspNetCoreStubs);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task With_asp_net_core_and_yaml_files_pod2022_and_pod2023_register_one_action_per_document_and_one_at_the_end()
    {
        var telemetry = await Telemetry(new ListeningEndpointAnalyzer(), withReferences: true, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/k8s/ci.yaml", "name: ci\n")), ListeningEndpointTest.AspNetCoreStubs);

        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(1, telemetry.CompilationEndActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Without_yaml_files_pod2025_registers_nothing()
    {
        var telemetry = await Telemetry(new ReadOnlyFilesystemWriteAnalyzer(), withReferences: true);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task With_yaml_files_pod2025_registers_one_action_per_document_and_none_per_node()
    {
        var telemetry = await Telemetry(new ReadOnlyFilesystemWriteAnalyzer(), withReferences: true, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/k8s/ci.yaml", "name: ci\n")));

        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Without_yaml_files_pod2026_registers_nothing()
    {
        var telemetry = await Telemetry(new GeneratedConstantAnalyzer(), withReferences: true);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SemanticModelActionsCount);
    }

    [Fact]
    public async Task With_yaml_files_pod2026_registers_one_action_per_document_and_none_per_node()
    {
        var telemetry = await Telemetry(new GeneratedConstantAnalyzer(), withReferences: true, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/k8s/ci.yaml", "name: ci\n")));

        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Without_yaml_files_pod2024_registers_nothing()
    {
        var telemetry = await Telemetry(new ProbeRouteAnalyzer(), withReferences: true);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task Without_asp_net_core_routing_pod2024_registers_nothing_even_with_yaml_files()
    {
        var telemetry = await Telemetry(new ProbeRouteAnalyzer(), withReferences: true, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/k8s/ci.yaml", "name: ci\n")));

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount);
    }

    private static async Task<AnalyzerTelemetryInfo> Telemetry(DiagnosticAnalyzer analyzer, bool withReferences, ImmutableArray<AdditionalText> additionalFiles = default, string code = Code)
    {
        var references = withReferences
            ? ReferenceAssemblyPaths.Net80.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            : Enumerable.Empty<MetadataReference>();
        var compilation = CSharpCompilation.Create("Registration", new[] { CSharpSyntaxTree.ParseText(code) }, references)
            .WithAnalyzers(
                ImmutableArray.Create(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));

        await compilation.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return await compilation.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
