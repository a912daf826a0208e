using Microsoft.CodeAnalysis;

namespace PodAnalyzers.RoslynFloorTests;

public sealed class FloorVersionTests
{
    [Fact]
    public void This_project_runs_on_roslyn_4_8()
    {
        Assert.Equal(new System.Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
    }

    [Fact]
    public void The_shipped_assembly_references_roslyn_4_8_and_nothing_newer()
    {
        var references = typeof(PodAnalyzers.Roslyn.ManifestAnalyzer).Assembly.GetReferencedAssemblies();

        Assert.All(
            System.Linq.Enumerable.Where(references, reference => reference.Name!.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal)),
            reference => Assert.Equal(new System.Version(4, 8, 0, 0), reference.Version));
    }
}
