using PodAnalyzers.Generation;

namespace PodAnalyzers.Tests.Generation;

public sealed class HintNamesTests
{
    [Theory]
    [InlineData("k8s/pod.yaml", "Pods.k8s.pod.yaml.g.cs")]
    [InlineData("deploy/web pod (copy).yml", "Pods.deploy.web_pod__copy_.yml.g.cs")]
    [InlineData("a//b..c.yaml", "Pods.a.b.c.yaml.g.cs")]
    [InlineData("naïve/pöd.yaml", "Pods.na_ve.p_d.yaml.g.cs")]
    [InlineData(".hidden/x.yaml", "Pods.hidden.x.yaml.g.cs")]
    [InlineData("...", "Pods.manifest.g.cs")]
    public void A_path_becomes_a_plain_hint_name(string relativePath, string expected)
    {
        Assert.Equal(expected, new HintNames().Claim(relativePath));
    }

    [Fact]
    public void Names_that_differ_only_by_case_or_by_replaced_characters_get_suffixes_in_order()
    {
        var names = new HintNames();

        Assert.Equal("Pods.k8s.Pod.yaml.g.cs", names.Claim("k8s/Pod.yaml"));
        Assert.Equal("Pods.k8s.pod.yaml_2.g.cs", names.Claim("k8s/pod.yaml"));
        Assert.Equal("Pods.k8s.pod.yaml_3.g.cs", names.Claim("k8s.pod.yaml"));
    }

    [Fact]
    public void A_long_path_is_shortened_with_a_stable_hash()
    {
        var path = new string('a', 300) + ".yaml";

        var first = new HintNames().Claim(path);
        var other = new HintNames().Claim(new string('a', 299) + "b.yaml");

        Assert.Equal(first, new HintNames().Claim(path));
        Assert.NotEqual(first, other);
        Assert.True(first.Length < 150, first);
    }
}
