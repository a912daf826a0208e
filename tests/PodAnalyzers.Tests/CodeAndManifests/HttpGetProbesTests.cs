using System.Linq;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>The httpGet probes of the chosen container that ask the app itself.</summary>
public sealed class HttpGetProbesTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: inventory-api
            livenessProbe:
              httpGet: {path: /live, port: 8080}
            readinessProbe:
              httpGet: {path: /ready, port: 8080, host: other.example.com}
            startupProbe:
              httpGet: {path: 42, port: 8080}
            lifecycle:
              preStop:
                httpGet: {path: /drain, port: 8080}
          - name: proxy
            image: envoy
            readinessProbe:
              httpGet: {path: /proxy, port: 9901}
              exec: {command: [true]}

        """;

    [Fact]
    public void Only_probes_with_a_string_path_and_no_host_of_the_chosen_container_are_read()
    {
        var pods = ManifestReader.Read("/p/k8s/pod.yaml", Pod).PodSources;
        var api = ContainerSelection.Resolve(pods, "api", null).Containers.Single();

        var probes = HttpGetProbes.Of(api).ToList();

        Assert.Equal(new[] { ("livenessProbe", "/live") }, probes.Select(probe => (probe.Probe, probe.Path.Value)));
        Assert.Equal("/live", Pod.Substring(probes[0].Path.Span.Start, probes[0].Path.Span.End - probes[0].Path.Span.Start));
    }

    [Fact]
    public void The_other_container_has_its_own_probes()
    {
        var pods = ManifestReader.Read("/p/k8s/pod.yaml", Pod).PodSources;
        var proxy = ContainerSelection.Resolve(pods, "proxy", null).Containers.Single();

        Assert.Equal(new[] { "/proxy" }, HttpGetProbes.Of(proxy).Select(probe => probe.Path.Value));
    }
}
