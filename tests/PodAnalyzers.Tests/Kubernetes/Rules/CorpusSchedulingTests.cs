using System.Collections.Generic;
using System.IO;
using System.Linq;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>
/// The scheduling rules over ../shared/corpus, through the same per-file pipeline as the analyzer
/// (the corpus' own node inventory, suppressions applied): the exact findings, each with its reason.
/// </summary>
public sealed class CorpusSchedulingTests
{
    private readonly ITestOutputHelper output;

    public CorpusSchedulingTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// Two Windows examples still select on beta.kubernetes.io/os (the API server prints this very
    /// warning for them), and the cloud-controller-manager example pins itself to
    /// node-role.kubernetes.io/master, which kubeadm stopped setting in v1.24 (PodAnalyzers' own message).
    /// </summary>
    [CorpusFact]
    public void Pod1003_deprecated_node_labels_in_the_corpus() => AssertFindings(
        "POD1003",
        "kubernetes-website/content/en/examples/admin/cloud/ccm-example.yaml (69,9): spec.template.spec.nodeSelector[node-role.kubernetes.io/master]: no longer set on nodes since kubeadm v1.24; use \"node-role.kubernetes.io/control-plane\" instead",
        "kubernetes-website/content/en/examples/windows/hostpath-volume-pod.yaml (14,5): spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use \"kubernetes.io/os\" instead",
        "kubernetes-website/content/en/examples/windows/run-as-username-container.yaml (17,5): spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use \"kubernetes.io/os\" instead");

    /// <summary>
    /// The node-affinity example allows kubernetes.io/os In (linux, macOs): the kubelet reports Go's
    /// GOOS ("darwin" for macOS, and kubelets run only on linux and windows), so "macOs" matches no
    /// node; the term still schedules on linux, which is why the example works.
    /// </summary>
    [CorpusFact]
    public void Pod1004_near_misses_of_well_known_node_labels_in_the_corpus() => AssertFindings(
        "POD1004",
        "kubernetes-website/content/en/examples/pods/pod-with-affinity-anti-affinity.yaml (15,15): spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[1]: \"macOs\" is never the value of kubernetes.io/os (nodes report \"linux\" or \"windows\")");

    /// <summary>The "assign a Pod to a specific node" example sets nodeName on purpose: exactly what POD1010 is about.</summary>
    [CorpusFact]
    public void Pod1010_hand_set_node_names_in_the_corpus() => AssertFindings(
        "POD1010",
        "kubernetes-website/content/en/examples/pods/pod-nginx-specific-node.yaml (9,15): spec.nodeName: \"foo-node\" binds the Pod to that node without the scheduler: no resource, nodeSelector, affinity or taint checks, and the Pod fails if the node is missing or full; use nodeSelector or node affinity unless this is a test or a custom scheduler");

    [CorpusFact]
    public void Pod1005_and_pod1012_stay_silent_because_the_corpus_has_no_node_inventory()
    {
        Assert.True(NodeInventory.From(Manifests()).IsEmpty);
        AssertFindings("POD1005");
        AssertFindings("POD1012");
    }

    [CorpusFact]
    public void Pod0005_the_corpus_has_no_suppressions() => AssertFindings("POD0005");

    private void AssertFindings(string ruleId, params string[] expected)
    {
        var manifests = Manifests();
        var inventory = NodeInventory.From(manifests);
        var findings = manifests
            .SelectMany(file => ManifestFindings.Of(file, KubernetesVersion.Default, inventory)
                .Where(finding => finding.RuleId == ruleId)
                .Select(finding => $"{file.Path} ({finding.Span.Line},{finding.Span.Column}): {finding.Message}"))
            .ToList();
        foreach (var finding in findings)
        {
            output.WriteLine(finding);
        }

        Assert.Equal(expected, findings);
    }

    private static List<ManifestFile> Manifests() =>
        Corpus.YamlFiles().Select(path => ManifestReader.Read(Corpus.RelativePath(path), File.ReadAllText(path))).ToList();
}
