using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Schema;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Kubernetes.Schema;

/// <summary>The table records which documents it was generated from (CI has no inputs to regenerate it).</summary>
public class SchemaTableSourcesTests
{
    private static readonly Regex GitObjectId = new("^[0-9a-f]{40}$");

    [Fact]
    public void TheTableCoversTheSupportedMinors()
    {
        Assert.Equal(SchemaTable.OldestMinor, KubernetesVersion.Oldest.Minor);
        Assert.Equal(SchemaTable.NewestMinor, KubernetesVersion.Newest.Minor);
        Assert.Equal(
            Enumerable.Range(SchemaTable.OldestMinor, SchemaTable.NewestMinor - SchemaTable.OldestMinor + 1),
            SchemaTable.Sources.Select(s => s.Minor.Minor));
    }

    [Fact]
    public void EachMinorNamesItsRepositoryCommitPathAndBlob()
    {
        foreach (var source in SchemaTable.Sources)
        {
            Assert.Equal("kubernetes-sigs/reference-docs", source.Repository);
            Assert.Matches(GitObjectId, source.Commit);
            Assert.Matches(GitObjectId, source.Blob);
            Assert.EndsWith("swagger.json", source.Path);
        }
    }

    [Fact]
    public void TheGeneratedHeaderRecordsTheSameCommits()
    {
        var generated = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "PodAnalyzers", "Kubernetes", "Schema", "SchemaTable.g.cs"));
        var header = generated.Substring(0, generated.IndexOf("// </auto-generated>", System.StringComparison.Ordinal));

        foreach (var source in SchemaTable.Sources)
        {
            Assert.Contains($"//   {source.Minor}  commit {source.Commit}  {source.Path}  (blob {source.Blob})", header);
        }
    }

    [Fact]
    public void TheInputsFileListsTheSameDocuments()
    {
        var inputs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "eng", "schema", "inputs.json"));

        foreach (var source in SchemaTable.Sources)
        {
            Assert.Contains($"\"minor\": {source.Minor.Minor}, \"commit\": \"{source.Commit}\", \"path\": \"{source.Path}\"", inputs);
        }
    }
}
