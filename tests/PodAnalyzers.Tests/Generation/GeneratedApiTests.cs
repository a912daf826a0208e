using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Generation;

/// <summary>The shape of the generated API: compile the output and read the constants back.</summary>
public sealed class GeneratedApiTests
{
    private static IReadOnlyDictionary<string, object?> ConstantsOf(string yaml, string type, string path = "/p/k8s/pod.yaml")
    {
        var (output, diagnostics) = GeneratorHarness.Compile(new[] { (path, yaml) }, "class Program { static void Main() { } }");
        Assert.Empty(diagnostics);
        return GeneratedConstants.Of(output, "PodManifests.Pods+" + type);
    }

    [Fact]
    public void A_pod_gets_every_documented_member()
    {
        var constants = ConstantsOf(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: shop
              labels: {app: web, tier: frontend}
              annotations:
                example.com/owner: team-a
            spec:
              nodeName: node-1
              shareProcessNamespace: true
              hostNetwork: false
              hostAliases:
              - ip: 10.0.0.20
                hostnames: [test.gysl, db.local]
              volumes:
              - name: cache-volume
                emptyDir: {}
              initContainers:
              - name: migrate
                image: migrate:1
              containers:
              - name: api
                image: registry.example.com/api:2.1
                ports:
                - name: http
                  containerPort: 8080
                - containerPort: 9090
                - containerPort: 53
                  protocol: UDP
                env:
                - name: ASPNETCORE_URLS
                  value: http://+:8080
                volumeMounts:
                - name: cache-volume
                  mountPath: /cache
            """,
            "Web");

        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["Annotations.ExampleComOwner"] = "team-a",
                ["Containers.Api.Env.AspnetcoreUrls"] = "ASPNETCORE_URLS",
                ["Containers.Api.Image"] = "registry.example.com/api:2.1",
                ["Containers.Api.Name"] = "api",
                ["Containers.Api.Ports.Http"] = 8080,
                ["Containers.Api.Ports.Port53Udp"] = 53,
                ["Containers.Api.Ports.Port9090"] = 9090,
                ["Containers.Api.VolumeMounts.CacheVolume"] = "/cache",
                ["HostAliases.DbLocal"] = "10.0.0.20",
                ["HostAliases.TestGysl"] = "10.0.0.20",
                ["HostIPC"] = false,
                ["HostNetwork"] = false,
                ["HostPID"] = false,
                ["InitContainers.Migrate.Image"] = "migrate:1",
                ["InitContainers.Migrate.Name"] = "migrate",
                ["Kind"] = "Pod",
                ["Labels.App"] = "web",
                ["Labels.Tier"] = "frontend",
                ["Name"] = "web",
                ["Namespace"] = "shop",
                ["NodeName"] = "node-1",
                ["ShareProcessNamespace"] = true,
                ["Volumes.CacheVolume"] = "cache-volume",
            },
            constants);
    }

    [Fact]
    public void A_deployment_is_named_after_itself_and_filled_from_its_pod_template()
    {
        var constants = ConstantsOf(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: shop-api
              labels: {owner: platform}
            spec:
              template:
                metadata:
                  labels: {app: shop-api}
                spec:
                  nodeSelector: {disktype: ssd}
                  containers:
                  - name: api
                    image: shop/api:1
            """,
            "ShopApi");

        Assert.Equal("Deployment", constants["Kind"]);
        Assert.Equal("shop-api", constants["Name"]);
        Assert.Equal("shop-api", constants["Labels.App"]);
        Assert.False(constants.ContainsKey("Labels.Owner"));
        Assert.Equal("ssd", constants["NodeSelector.Disktype"]);
        Assert.Equal("shop/api:1", constants["Containers.Api.Image"]);
    }

    [Fact]
    public void A_cron_job_exposes_its_job_template_pod()
    {
        var constants = ConstantsOf(
            "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: '0 1 * * *'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n          - name: backup\n            image: backup:3\n",
            "Nightly");

        Assert.Equal("CronJob", constants["Kind"]);
        Assert.Equal("backup:3", constants["Containers.Backup.Image"]);
    }

    [Fact]
    public void Every_item_of_a_list_and_every_document_of_a_stream_is_a_pod_source()
    {
        var yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec: {containers: [{name: c, image: i}]}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: s}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: b}\nspec:\n  template:\n    spec: {containers: [{name: c, image: i}]}\n";
        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/all.yaml", yaml) }, "class Program { static void Main() { } }");

        Assert.Empty(diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("PodManifests.Pods+A"));
        Assert.NotNull(output.GetTypeByMetadataName("PodManifests.Pods+B"));
        Assert.Null(output.GetTypeByMetadataName("PodManifests.Pods+S"));
    }

    [Fact]
    public void A_pod_named_only_by_generate_name_gets_a_generate_name_constant()
    {
        var constants = ConstantsOf("apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: worker-\nspec:\n  containers: []\n", "Worker");

        Assert.Equal("worker-", constants["GenerateName"]);
        Assert.False(constants.ContainsKey("Name"));
    }

    [Fact]
    public void Empty_groups_are_omitted()
    {
        var (output, _) = GeneratorHarness.Compile(new[] { ("/k8s/p.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: bare}\nspec: {containers: [{name: c}]}\n") }, "class Program { static void Main() { } }");
        var pod = output.GetTypeByMetadataName("PodManifests.Pods+Bare")!;

        Assert.Equal(new[] { "Containers" }, pod.GetTypeMembers().Select(type => type.Name));
        Assert.Empty(output.GetTypeByMetadataName("PodManifests.Pods+Bare+Containers+C")!.GetTypeMembers());
        Assert.DoesNotContain(output.GetTypeByMetadataName("PodManifests.Pods+Bare+Containers+C")!.GetMembers(), member => member.Name == "Image");
    }

    [Fact]
    public void Code_can_use_the_constants_in_constant_contexts()
    {
        const string code = """
            class Program
            {
                const int Port = PodManifests.Pods.Web.Containers.Api.Ports.Http;
                static string Describe(string name) => name switch { PodManifests.Pods.Web.Name => "web", _ => "other" };
                static void Main() { System.Console.WriteLine(Port + Describe("web")); }
            }
            """;
        var (_, diagnostics) = GeneratorHarness.Compile(
            new[] { ("/k8s/p.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: api\n    ports: [{name: http, containerPort: 8080}]\n") },
            code);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_malformed_file_does_not_stop_the_others_from_generating()
    {
        var (output, diagnostics) = GeneratorHarness.Compile(
            new[]
            {
                ("/k8s/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: broken\n"),
                ("/k8s/good.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec: {containers: []}\n"),
            },
            "class Program { static void Main() { } }");

        Assert.Empty(diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("PodManifests.Pods+Good"));
    }

    [Fact]
    public void A_file_listed_twice_generates_its_pods_once()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: []}\n";

        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/p.yaml", yaml), ("/k8s/p.yaml", yaml) }, "class Program { static void Main() { } }");

        Assert.Empty(diagnostics);
        Assert.Null(output.GetTypeByMetadataName("PodManifests.Pods+Web_2"));
    }
}
