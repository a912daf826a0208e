using PodAnalyzers.Generation;

namespace PodAnalyzers.Tests.Generation;

public sealed class IdentifierNamesTests
{
    [Theory]
    [InlineData("gysl-nginx", "GyslNginx")]
    [InlineData("kubernetes.io/hostname", "KubernetesIoHostname")]
    [InlineData("test.gysl", "TestGysl")]
    [InlineData("ASPNETCORE_URLS", "AspnetcoreUrls")]
    [InlineData("myApp", "MyApp")]
    [InlineData("HTTP2", "Http2")]
    [InlineData("A", "A")]
    [InlineData("80", "_80")]
    [InlineData("8080-tcp", "_8080Tcp")]
    [InlineData("port-53-UDP", "Port53Udp")]
    [InlineData("x", "X")]
    [InlineData("---", "Unnamed")]
    [InlineData("", "Unnamed")]
    [InlineData("über-café", "ÜberCafé")]
    [InlineData("class", "Class")]
    [InlineData("a\u200Bb", "AB")]
    public void Names_become_pascal_case_identifiers(string name, string expected) =>
        Assert.Equal(expected, IdentifierNames.FromName(name));

    [Fact]
    public void Very_long_names_are_shortened_to_a_stable_valid_identifier()
    {
        var name = new string('a', 5000);

        var identifier = IdentifierNames.FromName(name);

        Assert.True(identifier.Length < 512);
        Assert.Equal(identifier, IdentifierNames.FromName(name));
        Assert.NotEqual(identifier, IdentifierNames.FromName(name + "b"));
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(identifier));
    }

    [Fact]
    public void Clashing_names_get_numbered_suffixes_in_claim_order()
    {
        var scope = new IdentifierScope("Labels");

        Assert.Equal("WebApi", scope.Claim("web-api"));
        Assert.Equal("WebApi_2", scope.Claim("web.api"));
        Assert.Equal("WebApi_3", scope.Claim("WEB_API"));
        Assert.Equal("Labels_2", scope.Claim("labels"));
    }

    [Fact]
    public void A_pod_never_takes_the_name_of_one_of_its_own_members()
    {
        var scope = GeneratedMemberNames.NewPodScope();

        Assert.Equal("Kind_2", scope.Claim("kind"));
        Assert.Equal("Containers_2", scope.Claim("containers"));
        Assert.Equal("Pods_2", scope.Claim("pods"));
    }
}
