using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ContainerReadTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2020: a constant-named environment variable the container running the project does not define.</summary>
public sealed class UndefinedEnvironmentVariableTests
{
    // ---- Reported ----

    [Theory]
    [InlineData("var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|})!;")]
    [InlineData("var length = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|}).Length;")]
    [InlineData("var port = int.Parse(Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|})!);")]
    [InlineData("var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|}, EnvironmentVariableTarget.Process)!;")]
    [InlineData("var zone = Environment.GetEnvironmentVariable(variable: {|#0:\"INVENTORY_ZONE\"|})!;")]
    [InlineData("var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_\" + \"ZONE\"|})!;")]
    [InlineData("var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|}); Console.WriteLine(zone.Length);")]
    [InlineData("var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|}); var other = Environment.GetEnvironmentVariable(\"INVENTORY_REGION\"); if (other != null) { }")]
    public Task A_variable_no_source_defines_is_reported_on_the_argument(string statement) =>
        ForBody("        " + statement).Expect(Undefined(0, "INVENTORY_ZONE")).RunAsync();

    [Fact]
    public Task A_constant_field_names_the_variable() =>
        new ContainerReadTest("""
            using System;

            static class Names { public const string Zone = "INVENTORY_ZONE"; }

            class C
            {
                string Zone() => Environment.GetEnvironmentVariable({|#0:Names.Zone|})!;
            }
            """).With("/k8s/pod.yaml", Pod).Expect(Undefined(0, "INVENTORY_ZONE")).RunAsync();

    [Fact]
    public Task Top_level_statements_are_read()
    {
        var test = new ContainerReadTest("""
            using System;

            Console.WriteLine(Environment.GetEnvironmentVariable({|#0:"INVENTORY_ZONE"|})!.ToUpperInvariant());
            var zone = Environment.GetEnvironmentVariable("INVENTORY_ZONE");
            if (zone is null) return;
            """).With("/k8s/pod.yaml", Pod).Expect(Undefined(0, "INVENTORY_ZONE"));
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task Env_names_are_case_sensitive() =>
        ForBody("        var region = Environment.GetEnvironmentVariable({|#0:\"inventory_region\"|})!;").Expect(Undefined(0, "inventory_region")).RunAsync();

    [Fact]
    public Task A_config_map_key_without_the_envFrom_prefix_is_reported_and_with_it_is_not() =>
        new ContainerReadTest(InMethod("""
                    var bare = Environment.GetEnvironmentVariable({|#0:"ZONE"|})!;
                    var prefixed = Environment.GetEnvironmentVariable("APP_ZONE")!;
                    var secret = Environment.GetEnvironmentVariable("S_PASSWORD")!;
            """))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - name: api
                    image: inventory-api
                    envFrom:
                    - configMapRef: {name: settings}
                      prefix: APP_
                    - secretRef: {name: credentials}
                      prefix: S_
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {ZONE: eu}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: credentials}
                stringData: {PASSWORD: hunter2-value}

                """)
            .Expect(Undefined(0, "ZONE"))
            .RunAsync();

    [Fact]
    public Task An_env_of_a_build_stage_is_not_in_the_final_image() =>
        ForBody("        var zone = Environment.GetEnvironmentVariable({|#0:\"BUILD_ZONE\"|})!;\n        var run = Environment.GetEnvironmentVariable(\"RUN_ZONE\")!;")
            .With("/Dockerfile", """
                FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                ENV BUILD_ZONE=eu
                FROM mcr.microsoft.com/dotnet/aspnet:8.0
                ENV RUN_ZONE=eu
                """)
            .Expect(Undefined(0, "BUILD_ZONE"))
            .RunAsync();

    [Fact]
    public Task The_container_named_by_the_setting_is_the_one_checked() =>
        new ContainerReadTest(InMethod("        var zone = Environment.GetEnvironmentVariable({|#0:\"SIDECAR_ONLY\"|})!;"))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - {name: api, image: a}
                  - name: sidecar
                    image: b
                    env: [{name: SIDECAR_ONLY, value: "1"}]

                """)
            .WithProperty("PodAnalyzersContainer", "inventory/api")
            .Expect(Undefined(0, "SIDECAR_ONLY"))
            .RunAsync();

    // ---- Silent: the container defines it ----

    [Theory]
    [InlineData("INVENTORY_REGION")] // env value
    [InlineData("POD_NAME")] // env valueFrom
    [InlineData("HOSTNAME")]
    [InlineData("PATH")]
    [InlineData("HOME")]
    [InlineData("KUBERNETES_SERVICE_HOST")]
    [InlineData("KUBERNETES_SERVICE_PORT")]
    [InlineData("REDIS_SERVICE_HOST")]
    [InlineData("REDIS_SERVICE_PORT_CLIENT")]
    [InlineData("DOTNET_RUNNING_IN_CONTAINER")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("FROM_DOCKERFILE")]
    [InlineData("LEGACY_FORM")]
    [InlineData("BUILD_ARG")]
    [InlineData("GLOBAL_ARG")]
    public Task A_variable_the_container_defines_is_not_reported(string name) =>
        ForBody($"        var value = Environment.GetEnvironmentVariable(\"{name}\")!;")
            .With("/Dockerfile", """
                ARG GLOBAL_ARG
                FROM mcr.microsoft.com/dotnet/aspnet:8.0
                ENV FROM_DOCKERFILE=1 \
                    OTHER=2
                ENV LEGACY_FORM some value
                ARG BUILD_ARG
                """)
            .RunAsync();

    // ---- Silent: the code handles null ----

    [Theory]
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\") ?? \"eu\";")]
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\") ?? throw new InvalidOperationException();")]
    [InlineData("var parts = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")?.Split(',');")]
    [InlineData("if (Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\") == null) { }")]
    [InlineData("if (null != Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")) { }")]
    [InlineData("if (Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\") is null) { }")]
    [InlineData("if (Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\") is not null) { }")]
    [InlineData("if (Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\") is { } zone) { }")]
    [InlineData("if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\"))) { }")]
    [InlineData("if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\"))) { }")]
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\"); if (zone is null) return; Console.WriteLine(zone.Length);")]
    [InlineData("string? zone; zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\"); if (string.IsNullOrEmpty(zone)) return;")]
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\"); Console.WriteLine(zone?.Length);")]
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\"); ArgumentNullException.ThrowIfNull(zone);")]
    public Task A_null_checked_read_is_not_reported(string statement) =>
        ForBody("        " + statement).RunAsync();

    // ---- Silent: not sure ----

    [Theory]
    [InlineData("var zone = Environment.GetEnvironmentVariable(parameter[\"name\"]!)!;")] // not a constant
    [InlineData("var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\", EnvironmentVariableTarget.Machine)!;")]
    [InlineData("var all = Environment.GetEnvironmentVariables();")]
    [InlineData("// Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")!")]
    [InlineData("var text = \"Environment.GetEnvironmentVariable(\\\"INVENTORY_ZONE\\\")!\";")]
    public Task Reads_that_cannot_be_known_are_not_reported(string statement) =>
        ForBody("        " + statement).RunAsync();

    [Fact]
    public Task A_method_of_another_type_with_the_same_name_is_not_a_read() =>
        new ContainerReadTest("""
            static class Env { public static string GetEnvironmentVariable(string name) => name; }

            class C { string M() => Env.GetEnvironmentVariable("INVENTORY_ZONE")!; }
            """).With("/k8s/pod.yaml", Pod).RunAsync();

    [Fact]
    public Task An_envFrom_source_outside_the_project_silences_the_container() =>
        new ContainerReadTest(InMethod("        var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")!;"))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - name: api
                    image: inventory-api
                    envFrom:
                    - configMapRef: {name: managed-elsewhere}

                """)
            .RunAsync();

    [Fact]
    public Task Without_a_chosen_container_nothing_is_reported() =>
        new ContainerReadTest(InMethod("        var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")!;"))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - {name: api, image: registry.example.com/inventory-api:2.0}
                  - {name: proxy, image: envoyproxy/envoy:v1.30}

                """)
            .RunAsync();

    [Fact]
    public Task The_image_matching_the_assembly_name_chooses_among_several_containers()
    {
        // The test project's assembly is "TestProject": its image is test-project.
        var test = new ContainerReadTest(InMethod("        var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|})!;"))
            .With("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: inventory}
                spec:
                  containers:
                  - {name: app, image: "registry.example.com/test-project:1.0"}
                  - {name: proxy, image: envoyproxy/envoy:v1.30, env: [{name: INVENTORY_ZONE, value: eu}]}

                """)
            .Expect(Undefined(0, "INVENTORY_ZONE", "container 'app' of pod 'inventory' (pod.yaml)"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_setting_that_names_no_container_silences_the_rule() =>
        ForBody("        var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")!;")
            .WithProperty("PodAnalyzersContainer", "inventory/nope")
            .RunAsync();

    [Fact]
    public Task Without_the_dockerfile_its_env_is_unknown() =>
        ForBody("        var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")!;")
            .WithProperty("PodAnalyzersIncludeDockerfile", "false")
            .RunAsync();

    [Fact]
    public Task A_project_without_manifests_is_not_analyzed() =>
        new ContainerReadTest(InMethod("        var zone = Environment.GetEnvironmentVariable(\"INVENTORY_ZONE\")!;")).RunAsync();

    [Fact]
    public Task A_workload_container_is_described_by_its_kind_and_name() =>
        new ContainerReadTest(InMethod("        var zone = Environment.GetEnvironmentVariable({|#0:\"INVENTORY_ZONE\"|})!;"))
            .With("/k8s/deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: inventory}
                spec:
                  selector: {matchLabels: {app: inventory}}
                  template:
                    metadata: {labels: {app: inventory}}
                    spec:
                      initContainers: [{name: wait, image: busybox, env: [{name: INVENTORY_ZONE, value: x}]}]
                      containers: [{name: api, image: inventory-api}]

                """)
            .Expect(Undefined(0, "INVENTORY_ZONE", "container 'api' of Deployment 'inventory' (deploy.yaml)"))
            .RunAsync();
}
