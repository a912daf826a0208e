using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PodAnalyzers.PackageTests;

[Collection(PackagedFeedCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackagedFeed feed;

    public PackageLayoutTests(PackagedFeed feed) => this.feed = feed;

    [Fact]
    public void The_package_holds_the_compiler_extensions_their_dependency_and_the_build_files()
    {
        using var archive = ZipFile.OpenRead(feed.PackagePath);
        var payload = archive.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/", System.StringComparison.Ordinal)
                && !name.StartsWith("package/", System.StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .OrderBy(name => name, System.StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "PodAnalyzers.nuspec",
                "README.md",
                "analyzers/dotnet/roslyn4.8/cs/PodAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/roslyn4.8/cs/PodAnalyzers.dll",
                "analyzers/dotnet/roslyn4.8/cs/YamlDotNet.dll",
                "build/PodAnalyzers.props",
                "build/PodAnalyzers.targets",
                "buildTransitive/PodAnalyzers.props",
                "buildTransitive/PodAnalyzers.targets",
            },
            payload);
    }

    [Fact]
    public void The_package_is_a_development_dependency_without_dependencies()
    {
        using var archive = ZipFile.OpenRead(feed.PackagePath);
        using var stream = archive.GetEntry("PodAnalyzers.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("PodAnalyzers", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Null(metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "dependencies"));
        foreach (var tag in new[] { "kubernetes", "roslyn", "analyzers", "source-generator", "yaml" })
        {
            Assert.Contains(tag, Value("tags")!.Split(' '));
        }
    }
}
