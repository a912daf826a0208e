using System.Linq;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.Manifests;

/// <summary>The view the rules read beyond the typed model: paths, spans and silent typing.</summary>
public sealed class FieldNodeTests
{
    private const string Yaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          activeDeadlineSeconds: 30
          restartPolicy: yes
          containers:
          - name: app
            resources:
              limits: {cpu: 1.5, memory: 1Gi, nvidia.com/gpu: null}
            ports: [{containerPort: 80}]
            livenessProbe:
              httpGet: {port: http}
        """;

    private static PodAnalyzers.Manifests.Model.PodSource Pod() => ManifestReader.Read("pod.yaml", Yaml).PodSources.Single();

    [Fact]
    public void Fields_items_and_entries_carry_the_server_path_and_their_key_span()
    {
        var container = Pod().Spec.Node.Field("containers").Items().Single();
        var limits = container.At("resources.limits").Entries().ToArray();

        Assert.Equal("spec.containers[0]", container.Path);
        Assert.Equal(new[] { "spec.containers[0].resources.limits[cpu]", "spec.containers[0].resources.limits[memory]", "spec.containers[0].resources.limits[nvidia.com/gpu]" }, limits.Select(entry => entry.Value.Path));
        Assert.Equal((10, 16), (limits[0].Key.Span.Line, limits[0].Key.Span.Column));
        Assert.Equal("1.5", limits[0].Value.AsQuantityText()!.Value);
        Assert.False(limits[2].Value.IsPresent);
    }

    [Fact]
    public void A_missing_field_lands_on_the_nearest_written_key()
    {
        var pod = Pod();
        var missing = pod.Spec.Node.At("containers").Items().Single().At("livenessProbe.exec.command");

        Assert.False(missing.IsPresent);
        Assert.Equal("spec.containers[0].livenessProbe.exec.command", missing.Path);
        Assert.Equal((12, 5), (missing.KeySpan.Line, missing.KeySpan.Column));
        Assert.Equal((2, 7), (pod.Root.KeySpan.Line, pod.Root.KeySpan.Column));
    }

    [Fact]
    public void Values_of_the_wrong_type_read_as_absent_so_that_only_strict_decoding_reports_them()
    {
        var spec = Pod().Spec.Node;
        var port = spec.At("containers").Items().Single().At("livenessProbe.httpGet.port").AsIntOrString()!;

        Assert.Null(spec.Field("restartPolicy").AsString());
        Assert.Equal(string.Empty, spec.Field("restartPolicy").StringOrEmpty);
        Assert.Equal(30, spec.Field("activeDeadlineSeconds").AsInteger()!.Value);
        Assert.Null(spec.Field("activeDeadlineSeconds").AsString());
        Assert.Equal("http", port.Text);
        Assert.Equal(80, spec.At("containers").Items().Single().Field("ports").Items().Single().Field("containerPort").AsIntOrString()!.Number);
    }
}
