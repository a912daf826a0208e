using System.Linq;
using PodAnalyzers.Generation;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.Generation;

/// <summary>The generated names of a container's env names and ports, as the plan decides them.</summary>
public sealed class ContainerConstantNamesTests
{
    private const string Manifest = """
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          initContainers:
          - name: migrate
            image: migrate
            env:
            - {name: DB, value: x}
          containers:
          - name: api
            image: inventory-api
            ports:
            - {name: http, containerPort: 8080}
            - {containerPort: 53, protocol: UDP}
            - {containerPort: 53}
            env:
            - {name: inventory-region, value: a}
            - {name: INVENTORY_REGION, value: b}
            - {name: INVENTORY_REGION, value: c}
        """;

    private static ContainerConstantNames? Find(string containerPath, string sourcePath = "/p/k8s/pod.yaml", int document = 0)
    {
        var file = ManifestReader.Read("/p/k8s/pod.yaml", Manifest);
        var plan = GenerationPlan.Create(new[] { PodModelBuilder.Build(file) }, new ManifestPaths("/p"));
        return ContainerConstantNames.Find(plan, "Inventory.Api", sourcePath, document, containerPath);
    }

    [Fact]
    public void Env_names_take_the_plan_names_with_clash_suffixes()
    {
        var names = Find("spec.containers[0]")!;

        Assert.Equal(
            new GeneratedConstant("Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion", "Inventory.Api.Pods+Inventory+Containers+Api+Env", "InventoryRegion"),
            names.Env("inventory-region"));
        Assert.Equal("Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion_2", names.Env("INVENTORY_REGION")!.QualifiedName);
        Assert.Null(names.Env("inventory_region"));
    }

    [Fact]
    public void A_port_number_declared_once_has_a_name_and_twice_has_none()
    {
        var names = Find("spec.containers[0]")!;

        Assert.Equal(
            new GeneratedConstant("Inventory.Api.Pods.Inventory.Containers.Api.Ports.Http", "Inventory.Api.Pods+Inventory+Containers+Api+Ports", "Http"),
            names.Port(8080));
        Assert.Null(names.Port(53));
        Assert.Null(names.Port(9090));
    }

    [Fact]
    public void Init_containers_are_found_in_their_group()
    {
        Assert.Equal("Inventory.Api.Pods.Inventory.InitContainers.Migrate.Env.Db", Find("spec.initContainers[0]")!.Env("DB")!.QualifiedName);
    }

    [Fact]
    public void A_container_or_pod_source_the_plan_does_not_hold_has_no_names()
    {
        Assert.Null(Find("spec.containers[1]"));
        Assert.Null(Find("spec.containers[0]", document: 1));
        Assert.Null(Find("spec.containers[0]", sourcePath: "/p/k8s/other.yaml"));
    }
}
