using Microsoft.CodeAnalysis;

namespace PodAnalyzers.RoslynFloorTests;

public sealed class FloorVersionTests
{
    [Fact]
    public void This_project_runs_on_roslyn_4_8()
    {
        Assert.Equal(new System.Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
    }

    [Theory]
    [InlineData(typeof(PodAnalyzers.Roslyn.Manifests.ManifestAnalyzer))]
    [InlineData(typeof(PodAnalyzers.CodeFixes.HostsFileWriteCodeFixProvider))]
    public void The_shipped_assemblies_reference_roslyn_4_8_and_nothing_newer(System.Type shippedType)
    {
        var references = shippedType.Assembly.GetReferencedAssemblies();

        Assert.All(
            System.Linq.Enumerable.Where(references, reference => reference.Name!.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal)),
            reference => Assert.Equal(new System.Version(4, 8, 0, 0), reference.Version));
    }
}
