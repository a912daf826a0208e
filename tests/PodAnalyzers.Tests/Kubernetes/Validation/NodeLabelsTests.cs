using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public class NodeLabelsTests
{
    [Theory]
    [InlineData("beta.kubernetes.io/arch", "deprecated since v1.14; use \"kubernetes.io/arch\" instead")]
    [InlineData("beta.kubernetes.io/os", "deprecated since v1.14; use \"kubernetes.io/os\" instead")]
    [InlineData("failure-domain.beta.kubernetes.io/region", "deprecated since v1.17; use \"topology.kubernetes.io/region\" instead")]
    [InlineData("failure-domain.beta.kubernetes.io/zone", "deprecated since v1.17; use \"topology.kubernetes.io/zone\" instead")]
    [InlineData("beta.kubernetes.io/instance-type", "deprecated since v1.17; use \"node.kubernetes.io/instance-type\" instead")]
    public void DeprecatedKeys(string key, string expected)
    {
        Assert.True(NodeLabels.TryGetDeprecation(key, out var message));
        Assert.Equal(expected, message);
    }

    [Theory]
    [InlineData("kubernetes.io/arch")]
    [InlineData("kubernetes.io/hostname")]
    [InlineData("topology.kubernetes.io/zone")]
    [InlineData("Beta.kubernetes.io/arch")]
    [InlineData("node-role.kubernetes.io/master")]
    [InlineData("")]
    public void NotDeprecated(string key)
    {
        Assert.False(NodeLabels.TryGetDeprecation(key, out var message));
        Assert.Equal(string.Empty, message);
    }

    [Fact]
    public void WellKnownKeysAreValidLabelKeys()
    {
        foreach (var key in NodeLabels.WellKnownKeys)
        {
            Assert.Empty(LabelValidation.ValidateKey(key, PodAnalyzers.Kubernetes.KubernetesVersion.Default));
        }
    }
}
