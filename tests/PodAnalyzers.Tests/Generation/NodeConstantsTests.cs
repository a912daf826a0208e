using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Kubernetes.Scheduling.NodeAffinityMatcherTests;

namespace PodAnalyzers.Tests.Generation;

/// <summary>The node inventory as constants: Nodes.&lt;NodeId&gt;.Name and .Labels, beside Pods.</summary>
public sealed class NodeConstantsTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: a, image: nginx}]\n";

    [Fact]
    public void Each_node_gets_its_name_and_labels_beside_pods_and_node_lists_are_no_pods()
    {
        var (output, diagnostics) = GeneratorHarness.Compile(
            new[] { ("/p/k8s/nodes.yaml", NodesYaml), ("/p/k8s/pod.yaml", Pod) },
            "class Program { static void Main() { System.Console.WriteLine(PodManifests.Nodes.NodeA.Name + PodManifests.Nodes.NodeB.Labels.Disktype); } }");

        Assert.Empty(diagnostics);
        var nodes = GeneratedConstants.Of(output, "PodManifests.Nodes");
        Assert.Equal("node-a", nodes["NodeA.Name"]);
        Assert.Equal("node-a", nodes["NodeA.Labels.KubernetesIoHostname"]);
        Assert.Equal("8", nodes["NodeA.Labels.Cores"]);
        Assert.Equal("true", nodes["NodeB.Labels.Gpu"]);
        Assert.Equal("many", nodes["NodeC.Labels.Cores"]);
        Assert.Equal(new[] { "Web" }, output.GetTypeByMetadataName("PodManifests.Pods")!.GetTypeMembers().Select(type => type.Name));
    }

    [Fact]
    public void Clashing_and_hostile_node_names_get_suffixes_and_safe_literals_in_csharp_7_3_without_nullable()
    {
        var yaml = "apiVersion: v1\nkind: Node\nmetadata:\n  name: ip-10-0-0-1\n  labels: {\"a\\\"b\": \"x\\ny\", Name: n}\n---\n"
            + "apiVersion: v1\nkind: Node\nmetadata:\n  name: ip.10.0.0.1\n---\napiVersion: v1\nkind: Node\nmetadata:\n  name: \"name\"\n---\napiVersion: v1\nkind: Node\nmetadata:\n  name: nodes\n";
        var (output, diagnostics) = GeneratorHarness.Compile(
            new[] { ("/p/k8s/nodes.yaml", yaml) },
            "class Program { static void Main() { } }",
            languageVersion: LanguageVersion.CSharp7_3,
            nullable: NullableContextOptions.Disable);

        Assert.Empty(diagnostics);
        var nodes = GeneratedConstants.Of(output, "PodManifests.Nodes");
        Assert.Equal("ip-10-0-0-1", nodes["Ip10001.Name"]);
        Assert.Equal("ip.10.0.0.1", nodes["Ip10001_2.Name"]);
        Assert.Equal("x\ny", nodes["Ip10001.Labels.AB"]);
        Assert.Equal("n", nodes["Ip10001.Labels.Name"]);
        Assert.Equal("name", nodes["Name_2.Name"]);
        Assert.Equal("nodes", nodes["Nodes_2.Name"]);
    }

    [Fact]
    public void The_nodes_file_is_documented_with_file_and_line_and_is_the_same_whatever_the_file_order()
    {
        var manifests = new[] { ("/p/k8s/b-nodes.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: b}\n"), ("/p/k8s/a-nodes.yaml", NodesYaml) };
        var properties = new Dictionary<string, string> { ["ProjectDir"] = "/p/" };

        var forward = GeneratorHarness.Run(manifests, properties).Results.Single().GeneratedSources.Single(source => source.HintName == "NodeInventory.g.cs").SourceText.ToString();
        var backward = GeneratorHarness.Run(manifests.Reverse(), properties).Results.Single().GeneratedSources.Single(source => source.HintName == "NodeInventory.g.cs").SourceText.ToString();

        Assert.Equal(forward, backward);
        Assert.Contains("/// <summary>Node <c>node-a</c> from k8s/a-nodes.yaml, line 7.</summary>", forward, System.StringComparison.Ordinal);
        Assert.True(forward.IndexOf("class NodeC", System.StringComparison.Ordinal) < forward.IndexOf("class B", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_nodes_no_nodes_class_is_generated()
    {
        var result = GeneratorHarness.Run(new[] { ("/p/k8s/pod.yaml", Pod) });

        Assert.Equal(new[] { "Pods.g.cs", "Pods.pod.yaml.g.cs" }, result.Results.Single().GeneratedSources.Select(source => source.HintName).OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void With_nodes_only_no_pods_class_is_generated()
    {
        var result = GeneratorHarness.Run(new[] { ("/p/k8s/nodes.yaml", NodesYaml) });

        Assert.Equal(new[] { "NodeInventory.g.cs" }, result.Results.Single().GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Editing_the_node_list_rereads_only_the_node_list()
    {
        var compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var texts = GeneratorHarness.Texts(new[] { ("/k8s/nodes.yaml", NodesYaml), ("/k8s/pod.yaml", Pod) });
        var driver = GeneratorHarness.Start(compilation, texts);

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText("/k8s/nodes.yaml", NodesYaml.Replace("disktype: ssd", "disktype: nvme")));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            result.TrackedSteps[TrackingNames.ReadManifest].SelectMany(run => run.Outputs).Select(output => output.Reason));
        Assert.Contains("\"nvme\"", result.GeneratedSources.Single(source => source.HintName == "NodeInventory.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }
}
