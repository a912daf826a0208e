namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>A test over ../shared/corpus that reports itself skipped, by name, where the corpus is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!TestPaths.CorpusExists)
        {
            Skip = $"The manifest corpus is absent ({TestPaths.CorpusDirectory}): corpus tests run only inside the PodAnalyzers workplace.";
        }
    }
}
