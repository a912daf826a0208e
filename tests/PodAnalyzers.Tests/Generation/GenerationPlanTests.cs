using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Generation;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Tests.Generation;

/// <summary>The plan decides every generated name; POD0004 names pod classes through the same code.</summary>
public sealed class GenerationPlanTests
{
    private static readonly (string Path, string Text)[] Manifests =
    {
        ("/p/k8s/b.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web.api}\nspec:\n  containers:\n  - {name: api, ports: [{containerPort: 80}, {name: port-80, containerPort: 81}]}\n  - {name: API}\n---\napiVersion: v1\nkind: Pod\nmetadata: {generateName: kind-}\nspec: {containers: []}\n"),
        ("/p/k8s/a.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-api\n  labels: {a-b: '1', a.b: '2', labels: '3'}\nspec:\n  containers: []\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ''}\nspec: {containers: []}\n"),
        ("/p/k8s/nodes.yaml", "apiVersion: v1\nkind: Node\nmetadata:\n  name: ip-10-0-0-1\n  labels: {name: n}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: ip.10.0.0.1}\n"),
        ("/p/k8s/b.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: listed-twice}\nspec: {containers: []}\n"),
    };

    [Fact]
    public void Every_source_class_and_member_is_named_in_the_plan()
    {
        var plan = GenerationPlan.Create(Read().Select(PodModelBuilder.Build), new ManifestPaths("/p"));

        Assert.Equal(HintNames.PodsRoot, plan.PodsRootHintName);
        Assert.Equal(new[] { "Pods.k8s.a.yaml.g.cs", "Pods.k8s.b.yaml.g.cs" }, plan.PodFiles.Select(file => file.HintName));
        Assert.Equal(new[] { "k8s/a.yaml", "k8s/b.yaml" }, plan.PodFiles.Select(file => file.Origin));
        var a = plan.PodFiles[0].Pods.Single();
        Assert.Equal("WebApi", a.Identifier);
        Assert.Equal(new[] { "AB", "AB_2", "Labels_2" }, a.Members.Labels);
        var b = plan.PodFiles[1].Pods;
        Assert.Equal(new[] { "WebApi_2", "Kind_2" }, b.Select(pod => pod.Identifier));
        Assert.Equal(new[] { "Api", "Api_2" }, b[0].Members.Containers.Select(container => container.Identifier));
        Assert.Equal(new[] { "Port80", "Port80_2" }, b[0].Members.Containers[0].Ports);
        var nodes = plan.NodesFile!;
        Assert.Equal(HintNames.NodeInventory, nodes.HintName);
        Assert.Equal(new[] { "Ip10001", "Ip10001_2" }, nodes.Nodes.Select(node => node.Identifier));
        Assert.Equal(new[] { "Name" }, nodes.Nodes[0].Labels);
        Assert.Equal("k8s/nodes.yaml", nodes.Nodes[0].Origin);
    }

    [Fact]
    public void The_analyzer_names_pod_classes_as_the_plan_does_and_reports_the_clashes()
    {
        var files = Read();
        var plan = GenerationPlan.Create(files.Select(PodModelBuilder.Build), new ManifestPaths("/p"));

        var analyzed = PodClassNames.Assign(files.Select(file => (file.Path, (IEnumerable<PodSource>)file.PodSources)), pod => PodModelBuilder.NameOf(pod)?.Value);

        Assert.Equal(plan.PodFiles.SelectMany(file => file.Pods).Select(pod => pod.Identifier), analyzed.Select(pod => pod.Identifier));
        var clash = Assert.Single(PodClassNames.Clashes(analyzed));
        Assert.Equal("Pod 'web.api' (/p/k8s/b.yaml) and pod 'web-api' (/p/k8s/a.yaml) both map to Pods.WebApi; this one is generated as Pods.WebApi_2", clash.Message);
    }

    [Fact]
    public void One_name_shared_by_many_pods_is_one_clash_naming_a_few_of_the_others()
    {
        var files = Enumerable.Range(1, 9)
            .Select(variant => ManifestReader.Read($"/p/variant{variant}/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: [{name: a, image: nginx}]\n"))
            .ToList();

        var clash = Assert.Single(PodClassNames.Clashes(PodClassNames.Assign(files.Select(file => (file.Path, (IEnumerable<PodSource>)file.PodSources)), pod => PodModelBuilder.NameOf(pod)?.Value)));

        Assert.Equal("/p/variant2/pod.yaml", clash.Reported.Path);
        Assert.Equal(5, clash.ListedOthers.Count());
        Assert.Equal(
            "Pod 'web' (/p/variant2/pod.yaml) and 8 other pods map to Pods.Web ('web' (/p/variant1/pod.yaml) is Pods.Web, 'web' (/p/variant3/pod.yaml) is Pods.Web_3, 'web' (/p/variant4/pod.yaml) is Pods.Web_4, 'web' (/p/variant5/pod.yaml) is Pods.Web_5, 'web' (/p/variant6/pod.yaml) is Pods.Web_6, and 3 more); this one is generated as Pods.Web_2",
            clash.Message);
    }

    private static List<ManifestFile> Read() =>
        Manifests.Select(manifest => ManifestReader.Read(manifest.Path, manifest.Text)).ToList();
}
