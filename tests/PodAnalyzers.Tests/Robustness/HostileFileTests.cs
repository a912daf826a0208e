using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Generation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.Manifests;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>
/// Files written to hurt: each completes (no timing assertion; the suite's own duration is the
/// bound) and ends in a clear diagnostic, or in ordinary constants where the file is valid.
/// </summary>
public sealed class HostileFileTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: api\n    image: nginx:1.27\n";

    [Fact]
    public void A_billion_laughs_is_refused_as_excessive_aliasing_like_kubectl_does()
    {
        // 10^20 nodes once expanded, in 1.5 KB.
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join(
            "\n",
            Enumerable.Range(0, 20).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]")) + "\n";

        var finding = Assert.Single(Read(text));

        Assert.Equal((Rule.MalformedYaml.Id, "document contains excessive aliasing"), (finding.RuleId, finding.Message));
    }

    [Fact]
    public void An_alias_bomb_shaped_like_a_pod_list_never_reaches_the_model_or_the_generator()
    {
        // 1,000 pods x 1,000 containers x 1,000 env vars = 10^9 constants if anything expanded it.
        var text = new StringBuilder()
            .Append("env: &e [").Append(string.Join(", ", Enumerable.Range(0, 1000).Select(i => "{name: E" + i.ToString(CultureInfo.InvariantCulture) + "}"))).Append("]\n")
            .Append("container: &c {name: c, image: i, env: *e}\n")
            .Append("containers: &cs [").Append(string.Join(", ", Enumerable.Repeat("*c", 1000))).Append("]\n")
            .Append("pod: &p {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: *cs}}\n")
            .Append("apiVersion: v1\nkind: List\nitems: [").Append(string.Join(", ", Enumerable.Repeat("*p", 1000))).Append("]\n")
            .ToString();

        var manifest = ManifestReader.Read("/k8s/bomb.yaml", text);
        var result = RoslynPipeline.Run(new[] { ("/k8s/bomb.yaml", text) });

        Assert.Empty(manifest.PodSources);
        Assert.Equal("document contains excessive aliasing", Assert.Single(manifest.Findings).Message);
        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "POD0001" }, result.AnalyzerDiagnostics.Select(diagnostic => diagnostic.Id));
    }

    [Fact]
    public void Modest_aliasing_as_real_manifests_use_it_is_read_in_full()
    {
        var text = "x-common: &env [{name: A}, {name: B}]\napiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n"
            + string.Concat(Enumerable.Range(0, 50).Select(i => $"  - {{name: c{i}, image: i, env: *env}}\n"));

        var manifest = ManifestReader.Read("/k8s/pod.yaml", text);

        Assert.Empty(manifest.Findings);
        Assert.Equal(50, manifest.PodSources.Single().Spec.Containers.Count(container => container.Env.Count == 2));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("[{a: ", "}]")]
    public void Nesting_ten_thousand_deep_completes_and_deeper_is_refused_like_go_yaml(string open, string close)
    {
        string Nested(int depth) => string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        var levelsPerOpening = open.Count(character => character is '[' or '{');
        var atLimit = Read("a: " + Nested((10_000 - 1) / levelsPerOpening) + "\n");
        var beyond = Read(Pod.Replace("    app: web\n", "    app: web\n  annotations:\n    deep: " + Nested(10_000) + "\n", StringComparison.Ordinal));
        var result = RoslynPipeline.Run(new[] { ("/k8s/deep.yaml", "a: " + Nested(10_000) + "\n") });

        Assert.Empty(atLimit);
        Assert.Equal("exceeded max depth of 10000", Assert.Single(beyond).Message);
        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "POD0001" }, result.AnalyzerDiagnostics.Select(diagnostic => diagnostic.Id));
    }

    [Fact]
    public void A_block_sequence_nested_ten_thousand_deep_on_one_line_completes()
    {
        var findings = Read("a:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");

        Assert.Equal("exceeded max depth of 10000", Assert.Single(findings).Message);
    }

    [Fact]
    public void A_ten_megabyte_manifest_is_read_checked_and_emitted()
    {
        var annotation = new string('a', 3_500);
        var builder = new StringBuilder();
        var count = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-").Append(count++).Append("\n  annotations:\n    note: ").Append(annotation)
                .Append("\nspec:\n  containers:\n  - name: api\n    image: nginx:1.27\n    ports:\n    - containerPort: 8080\n");
        }

        var text = builder.ToString();
        var manifest = ManifestReader.Read("/k8s/big.yaml", text);
        var findings = ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty).ToList();
        var code = Emission.Of(new ManifestPaths(null), PodModelBuilder.Build(manifest));

        Assert.Empty(findings);
        Assert.Equal(count, manifest.PodSources.Count);
        Assert.Contains("public static partial class Pod" + (count - 1).ToString(CultureInfo.InvariantCulture), code, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_junk_named_yaml_is_pod0001_as_roslyn_decodes_it()
    {
        var bytes = new byte[64 * 1024];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < bytes.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes[i] = (byte)state;
        }

        var result = RunAnalyzer("/k8s/image.yaml", SourceText.From(bytes, bytes.Length));

        var diagnostic = Assert.Single(result);
        Assert.Equal("POD0001", diagnostic.Id);
        Assert.Contains("binary file", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_byte_order_mark_is_honoured_as_roslyn_decodes_the_file(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Pod)).ToArray();

        var text = SourceText.From(bytes, bytes.Length);
        var diagnostics = RunAnalyzer("/k8s/bom.yaml", text);
        var manifest = ManifestReader.Read("/k8s/bom.yaml", text.ToString());

        Assert.Empty(diagnostics);
        Assert.Equal("web", manifest.PodSources.Single().Metadata.Name!.Value);
    }

    [Fact]
    public void A_utf32_file_is_not_decoded_by_roslyn_and_is_pod0001()
    {
        var bytes = new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.UTF32.GetBytes(Pod)).ToArray();

        var diagnostic = Assert.Single(RunAnalyzer("/k8s/bom.yaml", SourceText.From(bytes, bytes.Length)));

        Assert.Equal("POD0001", diagnostic.Id);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_reads_as_utf8_with_nuls_and_is_pod0001()
    {
        var bytes = Encoding.Unicode.GetBytes(Pod);

        var finding = Assert.Single(Read(SourceText.From(bytes, bytes.Length).ToString()));

        Assert.Equal(Rule.MalformedYaml.Id, finding.RuleId);
        Assert.Equal((1, 2), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_of_a_later_document_is_read()
    {
        var findings = Read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n\uFEFF" + Pod);

        Assert.Equal(new string[0], findings.Select(finding => finding.ToString()));
    }

    [Fact]
    public void A_nul_character_is_pod0001_at_its_position()
    {
        var finding = Assert.Single(Read(Pod.Replace("image: nginx", "image: ngi\0nx", StringComparison.Ordinal)));

        Assert.Equal((Rule.MalformedYaml.Id, 10, 15), (finding.RuleId, finding.Span.Line, finding.Span.Column));
        Assert.Contains("U+0000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_nul_is_a_valid_value_and_becomes_an_escaped_constant()
    {
        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/pod.yaml", Pod.Replace("app: web", "app: \"a\\0b\"", StringComparison.Ordinal)) }, "class Program { static void Main() { } }");

        Assert.Empty(diagnostics);
        Assert.Equal("a\0b", GeneratedConstants.Of(output, "PodManifests.Pods+Web")["Labels.App"]);
    }

    [Fact]
    public void A_tab_used_as_indentation_is_pod0001_at_the_tab()
    {
        var finding = Assert.Single(Read(Pod.Replace("  - name: api\n    image", "  - name: api\n\timage", StringComparison.Ordinal)));

        Assert.Equal((Rule.MalformedYaml.Id, 10, 1), (finding.RuleId, finding.Span.Line, finding.Span.Column));
        Assert.Contains("tab", finding.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Duplicate_keys_are_pod0011_and_the_model_keeps_the_last_value_as_lenient_decoding_does()
    {
        var text = Pod.Replace("  name: web\n", "  name: web\n  name: api\n", StringComparison.Ordinal)
            .Replace("    app: web\n", "    app: web\n    app: api\n", StringComparison.Ordinal);

        var manifest = ManifestReader.Read("/k8s/dup.yaml", text);
        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/dup.yaml", text) }, "class Program { static void Main() { } }");
        var constants = GeneratedConstants.Of(output, "PodManifests.Pods+Api");

        Assert.Equal(
            new[] { (Rule.DuplicateKey.Id, 5), (Rule.DuplicateKey.Id, 8) },
            ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty).Select(finding => (finding.RuleId, finding.Span.Line)));
        Assert.Empty(diagnostics);
        Assert.Equal("api", constants["Name"]);
        Assert.Equal("api", constants["Labels.App"]);
        Assert.DoesNotContain("Labels.App_2", constants.Keys);
    }

    [Fact]
    public void A_one_megabyte_single_line_value_is_read_and_emitted()
    {
        var value = string.Concat(Enumerable.Repeat("0123456789abcdef", 65_536));
        var text = "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"web\", \"annotations\": {\"blob\": \"" + value + "\"}}, \"spec\": {\"containers\": [{\"name\": \"api\", \"image\": \"nginx\"}]}}";

        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/line.yaml", text) }, "class Program { static void Main() { } }");

        Assert.Empty(diagnostics);
        Assert.Equal(value, GeneratedConstants.Of(output, "PodManifests.Pods+Web")["Annotations.Blob"]);
    }

    [Theory]
    [InlineData("a: b: ")]
    [InlineData("[{")]
    [InlineData("{{ if ")]
    [InlineData("&a *a ")]
    public void A_one_megabyte_single_line_of_junk_completes_with_a_diagnostic(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (1024 * 1024) / unit.Length));

        var findings = Read(text);

        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.True(finding.Rule == Rule.MalformedYaml || finding.Rule == Rule.TemplateSkipped, finding.ToString()));
    }

    [Fact]
    public void A_cancelled_token_stops_a_long_read_with_operation_canceled()
    {
        var text = string.Concat(Enumerable.Repeat("---\n" + Pod, 20_000));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ManifestReader.Read("/k8s/many.yaml", text, cancellation.Token));
    }

    [Fact]
    public void Cancelling_during_a_long_read_stops_it()
    {
        var text = string.Concat(Enumerable.Repeat("---\n" + Pod, 200_000));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // The whole read takes several seconds; the token fires long before it could finish.
        Assert.ThrowsAny<OperationCanceledException>(() => ManifestReader.Read("/k8s/many.yaml", text, cancellation.Token));
    }

    private static IReadOnlyList<Finding> Read(string text)
    {
        var manifest = ManifestReader.Read("/k8s/hostile.yaml", text);
        var findings = ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty).ToList();
        Emission.Of(new ManifestPaths(null), PodModelBuilder.Build(manifest));
        return findings;
    }

    private static ImmutableArray<Diagnostic> RunAnalyzer(string path, SourceText text)
    {
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }") });
        var files = ImmutableArray.Create<AdditionalText>(new SourceTextAdditionalText(path, text));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ManifestAnalyzer()),
            new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
                new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(files),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        return diagnostics;
    }

    private sealed class SourceTextAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public SourceTextAdditionalText(string path, SourceText text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
