using System.Linq;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Which container runs the project: the setting, the only container, the image name, or none.</summary>
public sealed class ContainerSelectionTests
{
    private const string TwoPods = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: inventory}
        spec:
          selector: {matchLabels: {app: inventory}}
          template:
            metadata: {labels: {app: inventory}}
            spec:
              initContainers:
              - {name: migrate, image: registry.example.com/inventory-migrate:2.0}
              containers:
              - {name: api, image: "registry.example.com:5000/team/inventory-api:2.0@sha256:abcdef"}
              - {name: proxy, image: envoyproxy/envoy:v1.30}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: debug}
        spec:
          containers:
          - {name: api, image: busybox}
        """;

    private const string OnePodWithInit = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          initContainers:
          - {name: wait, image: busybox}
          containers:
          - {name: app, image: nginx}
        """;

    private static PodSource[] Pods(string yaml) => ManifestReader.Read("/p/k8s/pods.yaml", yaml).PodSources.ToArray();

    private static string[] Chosen(ContainerSelection selection) =>
        selection.Containers.Select(selected => selected.Pod.Metadata.Name!.Value + "/" + selected.ContainerName).ToArray();

    [Fact]
    public void The_setting_with_a_pod_name_names_one_container()
    {
        var selection = ContainerSelection.Resolve(Pods(TwoPods), "inventory/api", "Anything");

        Assert.Equal(ContainerSelectionKind.Setting, selection.Kind);
        Assert.Equal(new[] { "inventory/api" }, Chosen(selection));
        Assert.Null(selection.Problem);
    }

    [Fact]
    public void The_setting_with_a_container_name_alone_takes_every_container_of_that_name()
    {
        var selection = ContainerSelection.Resolve(Pods(TwoPods), " api ", null);

        Assert.Equal(new[] { "inventory/api", "debug/api" }, Chosen(selection));
    }

    [Fact]
    public void The_setting_may_name_an_init_container()
    {
        Assert.Equal(new[] { "inventory/migrate" }, Chosen(ContainerSelection.Resolve(Pods(TwoPods), "migrate", null)));
    }

    [Theory]
    [InlineData("inventory/nope", "PodAnalyzersContainer 'inventory/nope' names no container of the project's pod sources (the project's containers are 'inventory/api', 'inventory/proxy', 'inventory/migrate', 'debug/api'); the rules comparing code with the manifests (POD2020-POD2026) stay silent")]
    [InlineData("a/b/c", "PodAnalyzersContainer 'a/b/c' is neither '<pod-or-workload name>/<container name>' nor '<container name>'; the rules comparing code with the manifests (POD2020-POD2026) stay silent")]
    [InlineData("/api", "PodAnalyzersContainer '/api' is neither '<pod-or-workload name>/<container name>' nor '<container name>'; the rules comparing code with the manifests (POD2020-POD2026) stay silent")]
    public void A_setting_that_names_nothing_is_a_problem_and_chooses_nothing(string setting, string problem)
    {
        var selection = ContainerSelection.Resolve(Pods(TwoPods), setting, "Inventory.Api");

        Assert.Equal(ContainerSelectionKind.None, selection.Kind);
        Assert.Empty(selection.Containers);
        Assert.Equal(problem, selection.Problem);
    }

    [Fact]
    public void A_setting_without_pod_sources_names_nothing()
    {
        Assert.Equal(
            "PodAnalyzersContainer 'api' names no container of the project's pod sources (the project has no pod source with a named container); the rules comparing code with the manifests (POD2020-POD2026) stay silent",
            ContainerSelection.Resolve(Enumerable.Empty<PodSource>(), "api", null).Problem);
    }

    [Fact]
    public void The_only_regular_container_runs_the_project_init_containers_do_not_count()
    {
        var selection = ContainerSelection.Resolve(Pods(OnePodWithInit), null, "Unrelated");

        Assert.Equal(ContainerSelectionKind.OnlyContainer, selection.Kind);
        Assert.Equal(new[] { "web/app" }, Chosen(selection));
    }

    [Theory]
    [InlineData("Inventory.Api")]
    [InlineData("inventory_api")]
    [InlineData("INVENTORYAPI")]
    public void Otherwise_the_image_name_matches_the_assembly_name(string assemblyName)
    {
        var selection = ContainerSelection.Resolve(Pods(TwoPods), null, assemblyName);

        Assert.Equal(ContainerSelectionKind.Image, selection.Kind);
        Assert.Equal(new[] { "inventory/api" }, Chosen(selection));
    }

    [Theory]
    [InlineData("Inventory")]
    [InlineData("Inventory.Migrate")] // an init container's image is not the project's
    [InlineData("")]
    [InlineData(null)]
    public void Otherwise_nothing_is_chosen(string? assemblyName)
    {
        var selection = ContainerSelection.Resolve(Pods(TwoPods), null, assemblyName);

        Assert.Equal(ContainerSelectionKind.None, selection.Kind);
        Assert.Null(selection.Problem);
    }

    [Theory]
    [InlineData("registry.example.com/inventory-api:2.0", "inventory-api")]
    [InlineData("registry.example.com:5000/team/inventory-api", "inventory-api")]
    [InlineData("inventory-api@sha256:0123", "inventory-api")]
    [InlineData("localhost:5000/inventory-api:1@sha256:0123", "inventory-api")]
    [InlineData("nginx", "nginx")]
    public void The_image_name_is_the_last_path_segment_without_tag_and_digest(string image, string name)
    {
        Assert.Equal(name, ContainerSelection.ImageName(image));
    }

    [Fact]
    public void Names_compare_lower_cased_without_dots_dashes_and_underscores()
    {
        Assert.Equal(ContainerSelection.Normalize("Inventory.Api"), ContainerSelection.Normalize("inventory-api"));
        Assert.Equal("inventoryapi", ContainerSelection.Normalize("Inventory_.-Api"));
    }
}
