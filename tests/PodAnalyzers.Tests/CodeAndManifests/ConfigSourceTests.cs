using System.Linq;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>ConfigMaps and Secrets are read for their key names only.</summary>
public sealed class ConfigSourceTests
{
    [Fact]
    public void Config_maps_and_secrets_of_v1_give_their_key_names_and_nothing_else()
    {
        var file = ManifestReader.Read("/p/k8s/config.yaml", """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: ConfigMap
              metadata: {name: app, namespace: shop}
              data: {A: "1", B: "2"}
              binaryData: {C: AAAA}
            - apiVersion: v1
              kind: Secret
              metadata: {name: creds}
              data: {PASSWORD: c2VjcmV0}
              stringData: {TOKEN: plain, PASSWORD: again}
            - apiVersion: example.com/v1
              kind: ConfigMap
              metadata: {name: not-core}
              data: {X: "1"}
            - apiVersion: v1
              kind: ConfigMap
              data: {NAMELESS: "1"}
            """);

        var sources = ConfigSource.In(file).ToArray();

        Assert.Equal(
            new[] { new ConfigSource("ConfigMap", "app", "shop", new[] { "A", "B", "C" }), new ConfigSource("Secret", "creds", null, new[] { "PASSWORD", "TOKEN" }) },
            sources,
            (a, b) => a.Kind == b.Kind && a.Name == b.Name && a.Namespace == b.Namespace && a.Keys.SequenceEqual(b.Keys));
    }
}
