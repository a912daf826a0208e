using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public sealed class DownwardApiTests
{
    [Theory]
    [InlineData("metadata.labels['app']", "metadata.labels", "app")]
    [InlineData("metadata.annotations['a[b]c']", "metadata.annotations", "a[b]c")]
    [InlineData("metadata.labels['']", "metadata.labels", "")]
    [InlineData("metadata.labels['x']['y']", "metadata.labels", "x']['y")]
    public void Subscripts_split_at_the_first_opening_bracket(string fieldPath, string path, string subscript)
    {
        Assert.True(DownwardApi.SplitSubscript(fieldPath, out var actualPath, out var actualSubscript));
        Assert.Equal(path, actualPath);
        Assert.Equal(subscript, actualSubscript);
    }

    [Theory]
    [InlineData("metadata.labels")]
    [InlineData("['app']")]
    [InlineData("metadata.labels[app]")]
    [InlineData("metadata.labels['app'")]
    public void Paths_without_a_subscript(string fieldPath) =>
        Assert.False(DownwardApi.SplitSubscript(fieldPath, out _, out _));

    [Theory]
    [InlineData("v1", "status.phase", null, "status.phase")]
    [InlineData("v1", "spec.host", null, "spec.nodeName")]
    [InlineData("v1", "metadata.annotations['x']", null, "metadata.annotations['x']")]
    [InlineData("v1", "spec.nodeName['x']", "field label does not support subscript: spec.nodeName['x']", "spec.nodeName['x']")]
    [InlineData("v1", "status.containerStatuses", "field label not supported: status.containerStatuses", "status.containerStatuses")]
    [InlineData("apps/v1", "metadata.name", "unsupported pod version: apps/v1", "metadata.name")]
    public void Field_labels_convert_as_the_server_converts_them(string apiVersion, string label, string? error, string internalPath)
    {
        Assert.Equal(error, DownwardApi.ConvertFieldLabel(apiVersion, label, out var actual));
        Assert.Equal(internalPath, actual);
    }

    [Fact]
    public void Env_vars_read_fewer_pod_fields_than_the_conversion_accepts()
    {
        Assert.True(DownwardApi.IsEnvFieldPath("status.podIPs"));
        Assert.False(DownwardApi.IsEnvFieldPath("status.phase"));
        Assert.False(DownwardApi.IsEnvFieldPath("metadata.labels"));
    }

    [Theory]
    [InlineData("requests.memory", true)]
    [InlineData("limits.hugepages-1Gi", true)]
    [InlineData("requests.hugepages-", true)]
    [InlineData("limits.nvidia.com/gpu", false)]
    [InlineData("cpu", false)]
    public void Container_resources(string resource, bool supported) =>
        Assert.Equal(supported, DownwardApi.IsContainerResource(resource));
}
