using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;
using static PodAnalyzers.Tests.Kubernetes.Scheduling.NodeAffinityMatcherTests;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD1003-POD1012 through the analyzer, several manifests at once: severities, exact spans, messages.</summary>
public sealed class SchedulingDiagnosticsTests
{
    private const string File = "/k8s/pod.yaml";
    private const string Nodes = "/k8s/cluster/nodes.yaml";

    [Fact]
    public Task Pod1003_pod1004_pod1010_without_an_inventory() =>
        VerifyAsync(
            Pod("  nodeName: node-1\n  nodeSelector:\n    beta.kubernetes.io/os: linux\n    kubernetes.io/Hostname: node-1\n    kubernetes.io/arch: x86_64\n"),
            Diagnostic("POD1010").WithSpan(File, 9, 13, 9, 19),
            Diagnostic("POD1003").WithSpan(File, 11, 5, 11, 26)
                .WithMessage("spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use \"kubernetes.io/os\" instead"),
            Diagnostic("POD1004").WithSpan(File, 12, 5, 12, 27),
            Diagnostic("POD1004").WithSpan(File, 13, 25, 13, 31));

    [Fact]
    public Task Pod1005_on_the_selector_entry_no_node_has_naming_the_closest_node() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("  nodeSelector:\n    zone: b\n    disktype: nvme\n"))
            .Expect(Diagnostic("POD1005").WithSpan(File, 11, 5, 11, 19)
                .WithMessage("spec.nodeSelector[disktype]: no node in the inventory has disktype=nvme; closest node: \"node-b\" (misses disktype=nvme [has disktype=hdd])"))
            .RunAsync();

    [Fact]
    public Task Pod1005_on_the_expression_of_a_deployment_template_with_node_documents_in_two_files() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/node-x.yaml", "apiVersion: v1\nkind: Node\nmetadata:\n  name: node-x\n  labels:\n    zone: x\n")
            .WithManifest(Nodes, NodesYaml)
            .WithManifest("/k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: nginx}]\n      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n            - matchExpressions:\n              - key: zone\n                operator: In\n                values:\n                - d\n                - e\n")
            .Expect(Diagnostic("POD1005").WithSpan("/k8s/web.yaml", 13, 22, 17, 20)
                .WithMessage("spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]: no node in the inventory satisfies zone In (d, e); closest nodes: \"node-a\" (misses zone In (d, e) [has zone=a]), \"node-b\" (misses zone In (d, e) [has zone=b]), \"node-c\" (misses zone In (d, e) [has zone=c])"))
            .RunAsync();

    [Fact]
    public Task Pod1005_on_the_node_selector_key_when_only_the_combination_fails() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("  nodeSelector:\n    zone: a\n    gpu: \"true\"\n"))
            .Expect(Diagnostic("POD1005").WithSpan(File, 9, 3, 9, 15)
                .WithMessage("spec.nodeSelector: no node in the inventory has all of zone=a, gpu=true; closest nodes: \"node-a\" (misses gpu=true [no gpu label]), \"node-b\" (misses zone=a [has zone=b])"))
            .RunAsync();

    [Fact]
    public Task Pod1012_node_name_absent_from_the_inventory_suggests_the_nearest_name() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("  nodeName: node-d\n"))
            .Expect(
                Diagnostic("POD1010").WithSpan(File, 9, 13, 9, 19),
                Diagnostic("POD1012").WithSpan(File, 9, 13, 9, 19)
                    .WithMessage("spec.nodeName: node \"node-d\" is not in the node inventory (3 nodes); did you mean \"node-a\"?; the Pod would never run"))
            .RunAsync();

    [Fact]
    public Task Pod1012_node_name_of_a_node_that_does_not_satisfy_the_selector() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("  nodeName: node-a\n  nodeSelector: {disktype: hdd}\n"))
            .Expect(
                Diagnostic("POD1010").WithSpan(File, 9, 13, 9, 19),
                Diagnostic("POD1012").WithSpan(File, 9, 13, 9, 19)
                    .WithMessage("spec.nodeName: node \"node-a\" does not satisfy the Pod's node selection (misses disktype=hdd [has disktype=ssd]); the kubelet rejects the Pod (NodeAffinity)"))
            .RunAsync();

    [Fact]
    public Task Without_an_inventory_the_inventory_rules_stay_silent_and_node_lists_are_no_pod_sources() =>
        new ManifestAnalyzerTest()
            .WithManifest(File, Pod("  nodeSelector: {disktype: nvme}\n"))
            .WithManifest("/k8s/empty-nodes.yaml", "apiVersion: v1\nkind: List\nitems: []\nmetadata: {resourceVersion: \"\"}\n")
            .RunAsync();

    [Fact]
    public Task A_satisfiable_pod_with_an_inventory_reports_nothing() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("  nodeSelector: {disktype: ssd}\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n        - matchExpressions: [{key: cores, operator: Gt, values: [\"4\"]}]\n"))
            .RunAsync();
}
