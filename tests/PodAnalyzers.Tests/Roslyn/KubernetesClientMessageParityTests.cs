using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.KubernetesClient;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>
/// One implementation of each Kubernetes rule: the same invalid value gets the same message from the
/// YAML analyzers (POD1xxx) and from the KubernetesClient analyzer (POD20xx).
/// </summary>
public sealed class KubernetesClientMessageParityTests
{
    private const string Containers = "  containers:\n  - name: app\n    image: nginx\n";

    public static TheoryData<string, string, string, string, string?> Cases() => new()
    {
        {
            "labels", "POD1001 POD1002", "POD2010",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    \"my app\": \"front end\"\n    \"-x\": \"y.\"\nspec:\n" + Containers,
            null
        },
        {
            "nodeSelector, two slashes, 1.34 wording", "POD1001 POD1002", "POD2010",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeSelector:\n    a/b/c: x\n    Example.com/Disk: \"" + new string('v', 64) + "\"\n" + Containers,
            "1.34"
        },
        {
            "nodeSelector, two slashes, 1.36 wording", "POD1001 POD1002", "POD2010",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeSelector:\n    a/b/c: x\n    Example.com/Disk: \"" + new string('v', 64) + "\"\n" + Containers,
            "1.36"
        },
        {
            "required node affinity key", "POD1001", "POD2010",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions:\n          - key: zone\n            operator: Exists\n          - key: disk type\n            operator: Exists\n" + Containers,
            null
        },
        {
            "hostAliases", "POD1020 POD1021", "POD2011",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames: [ok]\n  - ip: \"010.0.0.256\"\n    hostnames: [\"a.b\", \"Test_Host\", \"-x\"]\n  - ip: \"::ffff:1.2.3.4\"\n    hostnames: [\"c\"]\n" + Containers,
            null
        },
        {
            "hostAliases, leading zeros before 1.36", "POD1020 POD1021", "POD2011",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"010.0.0.1\"\n    hostnames: [\"A\"]\n" + Containers,
            "1.35"
        },
        {
            "nodeName", "POD1011", "POD2012",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  nodeName: Worker_1\n" + Containers,
            null
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_csharp_messages_are_the_yaml_messages(string subject, string yamlRules, string codeRule, string yaml, string? version)
    {
        var minor = version is null ? KubernetesVersion.Default : new KubernetesVersion(int.Parse(version.Substring(2), System.Globalization.CultureInfo.InvariantCulture));
        var yamlMessages = ManifestReader.Read("pod.yaml", yaml).PodSources
            .SelectMany(pod => PodRules.Evaluate(pod, minor))
            .Where(finding => yamlRules.Split(' ').Contains(finding.RuleId))
            .Select(finding => finding.Message)
            .OrderBy(message => message, System.StringComparer.Ordinal)
            .ToArray();

        var codeMessages = (await AnalyzeAsync(CSharpFor(subject), version))
            .Where(diagnostic => diagnostic.Id == codeRule)
            .Select(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(message => message, System.StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(yamlMessages);
        Assert.Equal(yamlMessages, codeMessages);
    }

    [Fact]
    public async Task Without_kubernetes_client_the_analyzer_registers_nothing()
    {
        var analyzer = new KubernetesClientLiteralAnalyzer();
        var compilation = Compile("class C { void M() { } }", referenceKubernetesClient: false);
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(Options(null), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        Assert.Empty(await withAnalyzers.GetAnalyzerDiagnosticsAsync());

        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);

        var referencing = Compile("class C { void M() { } }", referenceKubernetesClient: true).WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(Options(null), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        Assert.Equal(1, (await referencing.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).OperationActionsCount);
    }

    /// <summary>The same objects as the YAML of each case, built with KubernetesClient.</summary>
    private static string CSharpFor(string subject) => subject switch
    {
        "labels" => "_ = new V1Pod { Metadata = new V1ObjectMeta { Name = \"web\", Labels = new Dictionary<string, string> { [\"my app\"] = \"front end\", [\"-x\"] = \"y.\" } } };",
        "nodeSelector, two slashes, 1.34 wording" or "nodeSelector, two slashes, 1.36 wording" =>
            "_ = new V1Pod { Spec = new V1PodSpec { NodeSelector = new Dictionary<string, string> { [\"a/b/c\"] = \"x\", [\"Example.com/Disk\"] = \"" + new string('v', 64) + "\" } } };",
        "required node affinity key" =>
            "_ = new V1Pod { Spec = new V1PodSpec { Affinity = new V1Affinity { NodeAffinity = new V1NodeAffinity { RequiredDuringSchedulingIgnoredDuringExecution = new V1NodeSelector { NodeSelectorTerms = new List<V1NodeSelectorTerm> { new V1NodeSelectorTerm { MatchExpressions = new List<V1NodeSelectorRequirement> { new V1NodeSelectorRequirement { Key = \"zone\", OperatorProperty = \"Exists\" }, new V1NodeSelectorRequirement { Key = \"disk type\", OperatorProperty = \"Exists\" } } } } } } } } };",
        "hostAliases" =>
            "_ = new V1Pod { Spec = new V1PodSpec { HostAliases = new List<V1HostAlias> { new V1HostAlias { Ip = \"10.0.0.20\", Hostnames = new List<string> { \"ok\" } }, new V1HostAlias { Ip = \"010.0.0.256\", Hostnames = new List<string> { \"a.b\", \"Test_Host\", \"-x\" } }, new V1HostAlias { Ip = \"::ffff:1.2.3.4\", Hostnames = [\"c\"] } } } };",
        "hostAliases, leading zeros before 1.36" =>
            "_ = new V1Pod { Spec = new V1PodSpec { HostAliases = new[] { new V1HostAlias { Ip = \"010.0.0.1\", Hostnames = new[] { \"A\" } } } } };",
        "nodeName" => "_ = new V1Pod { Spec = new V1PodSpec { NodeName = \"Worker_1\" } };",
        _ => throw new System.ArgumentException(subject),
    };

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string body, string? version)
    {
        var compilation = Compile(KubernetesClientTest.InMethod("        " + body), referenceKubernetesClient: true);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new KubernetesClientLiteralAnalyzer()), Options(version))
            .GetAnalyzerDiagnosticsAsync();
    }

    private static CSharpCompilation Compile(string code, bool referenceKubernetesClient)
    {
        var references = ReferenceAssemblyPaths.Net80.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
        if (referenceKubernetesClient)
        {
            references.Add(MetadataReference.CreateFromFile(ReferenceAssemblyPaths.KubernetesClient));
        }

        return CSharpCompilation.Create(
            "Parity",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static AnalyzerOptions Options(string? version) =>
        new(
            ImmutableArray<AdditionalText>.Empty,
            new TestOptionsProvider(version is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["PodAnalyzersKubernetesVersion"] = version }));
}
