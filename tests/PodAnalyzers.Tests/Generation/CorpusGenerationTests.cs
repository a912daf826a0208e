using System.IO;
using System.Linq;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Generation;

public sealed class CorpusGenerationTests
{
    [CorpusFact]
    public void The_whole_corpus_generates_code_that_compiles_without_a_warning()
    {
        var manifests = Corpus.YamlFiles().Select(path => (path, File.ReadAllText(path))).ToList();

        var (output, diagnostics) = GeneratorHarness.Compile(manifests, "class Program { static void Main() { } }");

        Assert.Empty(diagnostics);
        var pods = output.GetTypeByMetadataName("PodManifests.Pods")!.GetTypeMembers();
        var namedPodSources = Corpus.Index().Count(row => row.Name.Length > 0);
        Assert.Equal(namedPodSources, pods.Length);
    }
}
