using System.Linq;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Kubernetes.Scheduling;

/// <summary>The scheduler's required node selection as table tests: every operator, several terms, the empty inventory.</summary>
public sealed class NodeAffinityMatcherTests
{
    /// <summary>What <c>kubectl get nodes -o yaml</c> writes (status trimmed): a List of three Nodes.</summary>
    public const string NodesYaml =
        "apiVersion: v1\nkind: List\nitems:\n"
        + "- apiVersion: v1\n  kind: Node\n  metadata:\n    name: node-a\n    labels: {kubernetes.io/hostname: node-a, disktype: ssd, zone: a, cores: \"8\"}\n  status: {capacity: {cpu: \"8\"}}\n"
        + "- apiVersion: v1\n  kind: Node\n  metadata:\n    name: node-b\n    labels: {kubernetes.io/hostname: node-b, disktype: hdd, zone: b, cores: \"4\", gpu: \"true\"}\n"
        + "- apiVersion: v1\n  kind: Node\n  metadata:\n    name: node-c\n    labels: {kubernetes.io/hostname: node-c, zone: c, cores: many}\n"
        + "metadata: {resourceVersion: \"\"}\n";

    private const string Required =
        "  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n";

    private static readonly NodeInventory Inventory = NodeInventory.From(new[] { ManifestReader.Read("nodes.yaml", NodesYaml) });

    [Theory]
    [InlineData("{key: disktype, operator: In, values: [ssd]}", "node-a")]
    [InlineData("{key: disktype, operator: In, values: [ssd, hdd]}", "node-a,node-b")]
    [InlineData("{key: disktype, operator: NotIn, values: [ssd]}", "node-b,node-c")]
    [InlineData("{key: gpu, operator: Exists}", "node-b")]
    [InlineData("{key: gpu, operator: DoesNotExist}", "node-a,node-c")]
    [InlineData("{key: cores, operator: Gt, values: [\"4\"]}", "node-a")]
    [InlineData("{key: cores, operator: Lt, values: [\"8\"]}", "node-b")]
    [InlineData("{key: cores, operator: Gt, values: [\"-1\"]}", "node-a,node-b")]
    [InlineData("{key: cores, operator: Gt, values: [\"+3\"]}", "node-a,node-b")]
    [InlineData("{key: cores, operator: Gt, values: [\"4.5\"]}", "")]
    [InlineData("{key: cores, operator: Gt, values: [\"1\", \"2\"]}", "")]
    [InlineData("{key: disktype, operator: In, values: []}", "")]
    [InlineData("{key: gpu, operator: Exists, values: [\"true\"]}", "")]
    [InlineData("{key: gpu, operator: Has}", "")]
    [InlineData("{key: Disktype, operator: In, values: [ssd]}", "")]
    public void Each_operator_matches_like_the_scheduler(string expression, string expected)
    {
        var selection = Selection(Required + "        - matchExpressions:\n          - " + expression + "\n");

        Assert.Equal(expected, string.Join(",", NodeAffinityMatcher.Fitting(selection, Inventory).Select(node => node.Name)));
    }

    [Theory]
    [InlineData("{key: metadata.name, operator: In, values: [node-b]}", "node-b")]
    [InlineData("{key: metadata.name, operator: NotIn, values: [node-b]}", "node-a,node-c")]
    [InlineData("{key: metadata.name, operator: In, values: [node-a, node-b]}", "")]
    [InlineData("{key: metadata.uid, operator: In, values: [x]}", "")]
    public void Match_fields_select_by_node_name(string field, string expected)
    {
        var selection = Selection(Required + "        - matchFields:\n          - " + field + "\n");

        Assert.Equal(expected, string.Join(",", NodeAffinityMatcher.Fitting(selection, Inventory).Select(node => node.Name)));
    }

    [Fact]
    public void Terms_are_ored_and_expressions_within_a_term_are_anded_then_anded_with_the_node_selector()
    {
        var terms = Required
            + "        - matchExpressions: [{key: zone, operator: In, values: [a]}, {key: gpu, operator: Exists}]\n"
            + "        - matchExpressions: [{key: zone, operator: In, values: [b, c]}]\n";

        Assert.Equal(new[] { "node-b", "node-c" }, NodeAffinityMatcher.Fitting(Selection(terms), Inventory).Select(node => node.Name));
        Assert.Equal(new[] { "node-b" }, NodeAffinityMatcher.Fitting(Selection("  nodeSelector: {disktype: hdd}\n" + terms), Inventory).Select(node => node.Name));
    }

    [Fact]
    public void An_empty_term_and_an_empty_term_list_match_no_node()
    {
        Assert.Empty(NodeAffinityMatcher.Fitting(Selection(Required + "        - {}\n"), Inventory));
        Assert.Empty(NodeAffinityMatcher.Fitting(Selection(Required.Replace("nodeSelectorTerms:\n", "nodeSelectorTerms: []\n")), Inventory));
    }

    [Fact]
    public void The_empty_inventory_explains_nothing()
    {
        var selection = Selection("  nodeSelector: {disktype: nvme}\n");

        Assert.True(NodeInventory.From(new[] { ManifestReader.Read("pod.yaml", Pod()) }).IsEmpty);
        Assert.Empty(NodeAffinityMatcher.Explain(selection, NodeInventory.Empty));
        Assert.Empty(NodeAffinityMatcher.Closest(selection, NodeInventory.Empty));
        Assert.NotEmpty(NodeAffinityMatcher.Explain(selection, Inventory));
    }

    [Fact]
    public void A_selector_entry_no_node_has_is_explained_on_the_entry()
    {
        var reasons = NodeAffinityMatcher.Explain(Selection("  nodeSelector:\n    zone: a\n    disktype: nvme\n"), Inventory);

        var reason = Assert.Single(reasons);
        Assert.Equal("spec.nodeSelector[disktype]", reason.Path);
        Assert.Equal((11, 5, 14), (reason.Span.Line, reason.Span.Column, reason.Span.Length));
        Assert.Equal("no node in the inventory has disktype=nvme", reason.Reason);
    }

    [Fact]
    public void Selector_entries_that_fail_only_together_are_explained_on_the_node_selector_key()
    {
        var reason = Assert.Single(NodeAffinityMatcher.Explain(Selection("  nodeSelector:\n    zone: a\n    disktype: hdd\n"), Inventory));

        Assert.Equal(("spec.nodeSelector", 9, 3), (reason.Path, reason.Span.Line, reason.Span.Column));
        Assert.Equal("no node in the inventory has all of zone=a, disktype=hdd", reason.Reason);
    }

    [Fact]
    public void When_every_term_is_dead_each_unsatisfiable_expression_is_explained()
    {
        var spec = Required
            + "        - matchExpressions: [{key: zone, operator: In, values: [d]}, {key: gpu, operator: Exists}]\n"
            + "        - matchExpressions: [{key: cores, operator: Gt, values: [\"64\"]}]\n";

        var reasons = NodeAffinityMatcher.Explain(Selection(spec), Inventory);

        Assert.Equal(
            new[] { "(13,36): no node in the inventory satisfies zone In (d)", "(14,36): no node in the inventory satisfies cores Gt 64" },
            reasons.Select(reason => $"({reason.Span.Line},{reason.Span.Column}): {reason.Reason}"));
    }

    [Fact]
    public void Terms_that_fail_only_through_their_combination_are_explained_on_the_terms_key()
    {
        var spec = Required + "        - matchExpressions: [{key: zone, operator: In, values: [a]}, {key: gpu, operator: Exists}]\n";

        var reason = Assert.Single(NodeAffinityMatcher.Explain(Selection(spec), Inventory));

        Assert.Equal((12, 9), (reason.Span.Line, reason.Span.Column));
        Assert.EndsWith(".nodeSelectorTerms", reason.Path, System.StringComparison.Ordinal);
        Assert.Equal("no node in the inventory satisfies every requirement of any term", reason.Reason);
    }

    [Fact]
    public void Selector_and_terms_satisfiable_apart_but_not_together_are_explained_on_the_node_selector_key()
    {
        var spec = "  nodeSelector: {disktype: ssd}\n" + Required + "        - matchExpressions: [{key: zone, operator: In, values: [b]}]\n";

        var reason = Assert.Single(NodeAffinityMatcher.Explain(Selection(spec), Inventory));

        Assert.Equal(("spec.nodeSelector", 9, 3), (reason.Path, reason.Span.Line, reason.Span.Column));
        Assert.StartsWith("nodes satisfy nodeSelector and nodes satisfy the required node affinity", reason.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_closest_nodes_satisfy_the_most_requirements()
    {
        var selection = Selection("  nodeSelector: {disktype: ssd, zone: b, gpu: \"true\"}\n");

        Assert.Equal(new[] { "node-b" }, NodeAffinityMatcher.Closest(selection, Inventory).Select(node => node.Name));
        Assert.Equal(new[] { "disktype=ssd" }, NodeAffinityMatcher.Misses(selection, Inventory.Nodes[1]).Select(miss => miss.ToString()));
    }

    [Fact]
    public void A_fitting_node_means_nothing_to_explain()
    {
        Assert.Empty(NodeAffinityMatcher.Explain(Selection("  nodeSelector: {disktype: ssd}\n"), Inventory));
        Assert.Empty(NodeAffinityMatcher.Explain(Selection(string.Empty), Inventory));
    }

    private static NodeSelection Selection(string spec) =>
        NodeSelection.From(ManifestReader.Read("pod.yaml", Pod(spec)).PodSources.Single().Spec)!;
}
