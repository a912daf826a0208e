using System.Linq;
using System.Threading.Tasks;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;
using static PodAnalyzers.Tests.Kubernetes.Scheduling.NodeAffinityMatcherTests;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>Suppression inside YAML: annotation, disable-line, disable-next-line, justification, unused → POD0005.</summary>
public sealed class SuppressionTests
{
    private const string File = "/k8s/pod.yaml";

    [Fact]
    public Task Disable_next_line_with_a_justification_suppresses_the_finding_below() =>
        VerifyAsync(Pod("""
              # podanalyzers:disable-next-line POD1010 -- debugging pod, pinned on purpose
              nodeName: node-1

            """));

    [Fact]
    public Task Disable_next_line_skips_blank_lines_and_other_comments() =>
        VerifyAsync(Pod("""
              # podanalyzers:disable-next-line POD1010

              # pinned for the load test
              nodeName: node-1

            """));

    [Fact]
    public Task Disable_line_at_the_end_of_the_line_names_several_rules() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/nodes.yaml", NodesYaml)
            .WithManifest(File, Pod("""
                  nodeName: node-z   # podanalyzers:disable-line POD1010,POD1012 -- node created by the test harness

                """))
            .RunAsync();

    [Fact]
    public Task The_annotation_covers_the_whole_document_including_the_pod_template() =>
        VerifyAsync(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              annotations:
                podanalyzers.io/suppress: "POD1010, POD1053"
            spec:
              selector: {matchExpressions: [{key: app, operator: DoesNotExist}]}
              template:
                spec:
                  nodeName: node-1
                  containers:
                  - {name: a, image: nginx, ports: [{containerPort: 80}]}
                  - {name: b, image: nginx, ports: [{containerPort: 80}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: other}
            spec:
              nodeName: {|#0:node-1|}
              containers: [{name: a, image: nginx}]

            """,
            Diagnostic("POD1010").WithLocation(0));

    [Fact]
    public Task An_unused_rule_of_a_comment_is_pod0005_on_that_rule_with_the_justification() =>
        VerifyAsync(
            Pod("""
                  # podanalyzers:disable-next-line POD1010,{|#0:POD1053|} -- legacy
                  nodeName: node-1

                """),
            Diagnostic("POD0005").WithLocation(0)
                .WithMessage("unused suppression: POD1053 reports nothing on the next line (justification: legacy); remove it"));

    [Fact]
    public Task An_unused_annotation_is_pod0005_on_the_rule_inside_the_annotation_value() =>
        VerifyAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              annotations:
                podanalyzers.io/suppress: "{|#0:POD1053|}"
            spec:
              containers: [{name: a, image: nginx}]

            """,
            Diagnostic("POD0005").WithLocation(0)
                .WithMessage("unused suppression: POD1053 reports nothing in this object; remove it"));

    [Fact]
    public Task Reading_errors_cannot_be_suppressed_and_unknown_ids_and_directives_are_reported() =>
        VerifyAsync(
            Pod("""
                  # podanalyzers:disable-next-line {|#0:POD0001|}, {|#1:POD9|}
                  hostNetwork: {|#2:"yes"|}
                  {|#3:# podanalyzers:disable POD1010|}
                  nodeName: {|#4:node-1|}

                """),
            Diagnostic("POD0005").WithLocation(0)
                .WithMessage("POD0001 cannot be suppressed inside YAML: it says the manifest or a setting cannot be read as written; configure it in .globalconfig (dotnet_diagnostic.POD0001.severity) instead"),
            Diagnostic("POD0005").WithLocation(1).WithMessage("'POD9' is not a PodAnalyzers manifest rule ID (POD1xxx, or POD0002 and POD0010-POD0013); remove it"),
            Diagnostic("POD0002").WithLocation(2),
            Diagnostic("POD0005").WithLocation(3)
                .WithMessage("'podanalyzers:disable' is not a PodAnalyzers directive; write 'podanalyzers:disable-line' or 'podanalyzers:disable-next-line'"),
            Diagnostic("POD1010").WithLocation(4));

    [Fact]
    public Task Strict_decoding_errors_are_suppressed_like_manifest_rules() =>
        VerifyAsync(
            Pod("""
                  # podanalyzers:disable-next-line POD0002 -- our admission webhook rewrites it
                  hostNetwork: "yes"
                  # podanalyzers:disable-next-line POD0010 -- read by our own controller, dropped before apply
                  nodeSelecter: {disktype: ssd}

                """));

    [Fact]
    public Task A_directive_without_rules_is_reported() =>
        VerifyAsync(
            Pod("""
                  nodeName: {|#0:node-1|} {|#1:# podanalyzers:disable-line|}

                """),
            Diagnostic("POD1010").WithLocation(0),
            Diagnostic("POD0005").WithLocation(1)
                .WithMessage("the suppression names no rule; write the rule IDs after the directive, e.g. POD1010,POD1053"));

    [Fact]
    public Task Text_inside_quoted_and_block_scalars_is_not_a_directive() =>
        VerifyAsync(
            Pod("""
                  - name: b
                    image: busybox
                    args: ["# podanalyzers:disable-next-line POD1010"]
                    command:
                    - |
                      # podanalyzers:disable-next-line POD1010
                  nodeName: {|#0:node-1|}

                """),
            Diagnostic("POD1010").WithLocation(0));

    [Fact]
    public void The_justification_and_the_rules_are_read_from_the_comment()
    {
        var manifest = ManifestReader.Read("pod.yaml", Pod("  # podanalyzers:disable-next-line POD1010, pod1053 -- pinned -- on purpose\n  nodeName: node-1\n"));

        var suppression = Assert.Single(manifest.Suppressions);
        Assert.Equal(SuppressionForm.DisableNextLine, suppression.Form);
        Assert.Equal(new[] { "POD1010", "pod1053" }, suppression.Rules.Select(rule => rule.Id));
        Assert.Equal("pinned -- on purpose", suppression.Justification);
        Assert.Equal(10, suppression.TargetLine);
        Assert.Null(suppression.Problem);
    }

    [Fact]
    public void Manifest_rules_and_strict_decoding_are_suppressible_and_the_other_reading_rules_are_not()
    {
        var suppressible = Descriptors.ManifestAnalyzerRules.Select(descriptor => descriptor.Id).Where(Suppressions.IsSuppressible).ToList();

        Assert.Contains("POD1001", suppressible);
        Assert.All(Descriptors.ManifestAnalyzerRules.Where(descriptor => descriptor.Id.StartsWith("POD1", System.StringComparison.Ordinal)), descriptor => Assert.Contains(descriptor.Id, suppressible));
        Assert.Equal(new[] { "POD0002", "POD0010", "POD0011", "POD0013" }, suppressible.Where(id => id.StartsWith("POD0", System.StringComparison.Ordinal)));
        Assert.False(Suppressions.IsSuppressible(Rule.HostsFileWrite.Id));
    }
}
