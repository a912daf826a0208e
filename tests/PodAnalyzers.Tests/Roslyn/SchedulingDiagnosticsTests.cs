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
            Pod("""
                  nodeName: {|#0:node-1|}
                  nodeSelector:
                    {|#1:beta.kubernetes.io/os|}: linux
                    {|#2:kubernetes.io/Hostname|}: node-1
                    kubernetes.io/arch: {|#3:x86_64|}

                """),
            Diagnostic("POD1010").WithLocation(0),
            Diagnostic("POD1003").WithLocation(1)
                .WithMessage("spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use \"kubernetes.io/os\" instead"),
            Diagnostic("POD1004").WithLocation(2),
            Diagnostic("POD1004").WithLocation(3));

    [Fact]
    public Task Pod1005_on_the_selector_entry_no_node_has_naming_the_closest_node() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("""
                  nodeSelector:
                    zone: b
                    {|#0:disktype: nvme|}

                """))
            .Expect(Diagnostic("POD1005").WithLocation(0)
                .WithMessage("spec.nodeSelector[disktype]: no node in the inventory has disktype=nvme; closest node: \"node-b\" (misses disktype=nvme [has disktype=hdd])"))
            .RunAsync();

    [Fact]
    public Task Pod1005_on_the_expression_of_a_deployment_template_with_node_documents_in_two_files() =>
        new ManifestAnalyzerTest()
            .WithManifest("/k8s/node-x.yaml", """
                apiVersion: v1
                kind: Node
                metadata:
                  name: node-x
                  labels:
                    zone: x

                """)
            .WithManifest(Nodes, NodesYaml)
            .WithManifest("/k8s/web.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchExpressions: [{key: app, operator: DoesNotExist}]}
                  template:
                    spec:
                      containers: [{name: a, image: nginx}]
                      affinity:
                        nodeAffinity:
                          requiredDuringSchedulingIgnoredDuringExecution:
                            nodeSelectorTerms:
                            - matchExpressions:
                              - key: {|#0:zone
                                operator: In
                                values:
                                - d
                                - e|}

                """)
            .Expect(Diagnostic("POD1005").WithLocation(0)
                .WithMessage("spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]: no node in the inventory satisfies zone In (d, e); closest nodes: \"node-a\" (misses zone In (d, e) [has zone=a]), \"node-b\" (misses zone In (d, e) [has zone=b]), \"node-c\" (misses zone In (d, e) [has zone=c])"))
            .RunAsync();

    [Fact]
    public Task Pod1005_on_the_node_selector_key_when_only_the_combination_fails() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("""
                  {|#0:nodeSelector|}:
                    zone: a
                    gpu: "true"

                """))
            .Expect(Diagnostic("POD1005").WithLocation(0)
                .WithMessage("spec.nodeSelector: no node in the inventory has all of zone=a, gpu=true; closest nodes: \"node-a\" (misses gpu=true [no gpu label]), \"node-b\" (misses zone=a [has zone=b])"))
            .RunAsync();

    [Fact]
    public Task Pod1012_node_name_absent_from_the_inventory_suggests_the_nearest_name() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("""
                  nodeName: {|#0:node-d|}

                """))
            .Expect(
                Diagnostic("POD1010").WithLocation(0),
                Diagnostic("POD1012").WithLocation(0)
                    .WithMessage("spec.nodeName: node \"node-d\" is not in the node inventory (3 nodes); did you mean \"node-a\"?; the Pod would never run"))
            .RunAsync();

    [Fact]
    public Task Pod1012_node_name_of_a_node_that_does_not_satisfy_the_selector() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("""
                  nodeName: {|#0:node-a|}
                  nodeSelector: {disktype: hdd}

                """))
            .Expect(
                Diagnostic("POD1010").WithLocation(0),
                Diagnostic("POD1012").WithLocation(0)
                    .WithMessage("spec.nodeName: node \"node-a\" does not satisfy the Pod's node selection (misses disktype=hdd [has disktype=ssd]); the kubelet rejects the Pod (NodeAffinity)"))
            .RunAsync();

    [Fact]
    public Task Without_an_inventory_the_inventory_rules_stay_silent_and_node_lists_are_no_pod_sources() =>
        new ManifestAnalyzerTest()
            .WithManifest(File, Pod("""
                  nodeSelector: {disktype: nvme}

                """))
            .WithManifest("/k8s/empty-nodes.yaml", """
                apiVersion: v1
                kind: List
                items: []
                metadata: {resourceVersion: ""}

                """)
            .RunAsync();

    [Fact]
    public Task A_satisfiable_pod_with_an_inventory_reports_nothing() =>
        new ManifestAnalyzerTest()
            .WithManifest(Nodes, NodesYaml)
            .WithManifest(File, Pod("""
                  nodeSelector: {disktype: ssd}
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                        nodeSelectorTerms:
                        - matchExpressions: [{key: cores, operator: Gt, values: ["4"]}]

                """))
            .RunAsync();
}
