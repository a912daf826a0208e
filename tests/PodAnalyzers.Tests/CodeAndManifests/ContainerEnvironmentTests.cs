using System;
using System.Linq;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>The variables a chosen container starts with, and the configuration keys the app finds.</summary>
public sealed class ContainerEnvironmentTests
{
    private const string Manifests = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: inventory-config}
        data:
          INVENTORY_ZONE: eu
          Inventory__Region: west
        binaryData:
          BLOB: AAAA
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: inventory-secret}
        data:
          DB_PASSWORD: c2VjcmV0LXZhbHVlLTQy
        stringData:
          API_TOKEN: plain-secret-value-42
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: inventory-api
            env:
            - {name: EXPLICIT, value: "1"}
            - name: FROM_FIELD
              valueFrom: {fieldRef: {fieldPath: metadata.name}}
            envFrom:
            - configMapRef: {name: inventory-config}
            - secretRef: {name: inventory-secret}
              prefix: S_
          - name: worker
            image: inventory-worker
            args: ["--Inventory:Zone=eu"]
            envFrom:
            - configMapRef: {name: elsewhere}
        """;

    private static (ContainerSelection Selection, ConfigSource[] Sources) Read(string container)
    {
        var file = ManifestReader.Read("/p/k8s/all.yaml", Manifests);
        return (ContainerSelection.Resolve(file.PodSources, container, null), ConfigSource.In(file).ToArray());
    }

    [Fact]
    public void Env_and_envFrom_of_project_config_maps_and_secrets_with_prefix_are_defined()
    {
        var (selection, sources) = Read("api");
        var environment = ContainerEnvironment.Of(selection.Containers, sources, Array.Empty<Dockerfile>());

        Assert.False(environment.IsOpen);
        Assert.False(environment.HasArguments);
        Assert.Equal(
            new[] { "BLOB", "EXPLICIT", "FROM_FIELD", "INVENTORY_ZONE", "Inventory__Region", "S_API_TOKEN", "S_DB_PASSWORD" },
            environment.Names.OrderBy(name => name, StringComparer.Ordinal));
        Assert.False(environment.MayDefine("DB_PASSWORD"));
        Assert.False(environment.MayDefine("inventory_zone"));
    }

    [Fact]
    public void An_envFrom_source_outside_the_project_may_define_anything()
    {
        var (selection, sources) = Read("worker");
        var environment = ContainerEnvironment.Of(selection.Containers, sources, Array.Empty<Dockerfile>());

        Assert.True(environment.IsOpen);
        Assert.True(environment.HasArguments);
        Assert.True(environment.MayDefine("ANYTHING"));
    }

    [Fact]
    public void Dockerfile_env_and_arg_of_the_final_stage_chain_and_global_args_are_defined()
    {
        var (selection, sources) = Read("api");
        var dockerfile = Dockerfile.Read("/p/Dockerfile", """
            ARG GLOBAL
            FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            ENV BUILD_ONLY=1
            FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
            ENV FROM_BASE=1
            FROM base
            ARG FINAL_ARG
            ENV LEGACY value
            """);
        var environment = ContainerEnvironment.Of(selection.Containers, sources, new[] { dockerfile });

        Assert.True(environment.MayDefine("GLOBAL"));
        Assert.True(environment.MayDefine("FROM_BASE"));
        Assert.True(environment.MayDefine("FINAL_ARG"));
        Assert.True(environment.MayDefine("LEGACY"));
        Assert.False(environment.MayDefine("BUILD_ONLY"));
    }

    [Theory]
    [InlineData("HOSTNAME", true)]
    [InlineData("PATH", true)]
    [InlineData("HOME", true)]
    [InlineData("KUBERNETES_SERVICE_HOST", true)]
    [InlineData("KUBERNETES_SERVICE_PORT_HTTPS", true)]
    [InlineData("KUBERNETES_PORT_443_TCP_ADDR", true)]
    [InlineData("REDIS_SERVICE_HOST", true)]
    [InlineData("REDIS_SERVICE_PORT", true)]
    [InlineData("REDIS_SERVICE_PORT_CLIENT", true)]
    [InlineData("REDIS_PORT_6379_TCP", true)]
    [InlineData("DOTNET_RUNNING_IN_CONTAINER", true)]
    [InlineData("ASPNETCORE_HTTP_PORTS", true)]
    [InlineData("APP_UID", true)]
    [InlineData("INVENTORY_ZONE", false)]
    [InlineData("REDIS_PORT", false)]
    [InlineData("hostname", false)]
    [InlineData("SERVICE_HOST_NAME", false)]
    public void Kubernetes_and_the_dotnet_images_set_some_variables(string name, bool expected)
    {
        Assert.Equal(expected, ContainerEnvironment.IsSetByPlatform(name));
    }

    [Fact]
    public void Configuration_keys_come_from_appsettings_and_the_environment_read_as_the_providers_read_it()
    {
        var (selection, sources) = Read("api");
        var environment = ContainerEnvironment.Of(selection.Containers, sources, Array.Empty<Dockerfile>());
        var appsettings = AppSettings.Read("/p/appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }""");
        var keys = new ConfigurationKeys(new[] { appsettings }, environment);

        Assert.True(keys.Provides("logging:loglevel:default"));
        Assert.True(keys.Provides("Logging"));
        Assert.True(keys.Provides("inventory:region"));
        Assert.True(keys.Provides("INVENTORY_ZONE"));
        Assert.True(keys.Provides("environment"));
        Assert.True(keys.Provides("urls")); // ASPNETCORE_URLS of older images
        Assert.True(keys.Provides("hostname")); // HOSTNAME, read case-insensitively
        Assert.True(keys.Provides("ASPNETCORE_HTTP_PORTS"));
        Assert.False(keys.Provides("Catalog"));
        Assert.True(keys.Provides("Inventory")); // a section: Inventory:Region is below it
        Assert.False(keys.Provides("Logging:Console"));
    }

    [Fact]
    public void Prefixed_variables_are_read_as_the_host_and_connection_string_providers_read_them()
    {
        var file = ManifestReader.Read("/p/k8s/pod.yaml", """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
              - name: app
                image: app
                env:
                - {name: ASPNETCORE_Kestrel__Certificates__Default__Path, value: /c}
                - {name: SQLCONNSTR_Db, value: x}
                - {name: CUSTOMCONNSTR_Cache, value: x}
            """);
        var environment = ContainerEnvironment.Of(ContainerSelection.Resolve(file.PodSources, null, null).Containers, Array.Empty<ConfigSource>(), Array.Empty<Dockerfile>());
        var keys = new ConfigurationKeys(Array.Empty<AppSettings>(), environment);

        Assert.True(keys.Provides("Kestrel:Certificates:Default:Path"));
        Assert.True(keys.Provides("ConnectionStrings:Db"));
        Assert.True(keys.Provides("ConnectionStrings:cache"));
        Assert.False(keys.Provides("ConnectionStrings:Other"));
    }
}
