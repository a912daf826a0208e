using System;
using System.Globalization;
using System.Linq;
using PodAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>
/// Mutation fuzzing of the real corpus: no exception escapes the reader, the rules, the model
/// builder, the emitter, the generator or the analyzers, and every mutant that no longer parses
/// gets a POD0001. See docs/robustness.md.
/// </summary>
public sealed class MutationFuzzTests
{
    public const string LongRunVariable = "PODANALYZERS_LONG_FUZZ";
    public const string SeedVariable = "PODANALYZERS_FUZZ_SEED";
    public const string MutantsVariable = "PODANALYZERS_FUZZ_MUTANTS";

    private const ulong ShortRunSeed = 20_250_601;
    private const ulong LongRunSeed = 6;

    private readonly ITestOutputHelper output;

    public MutationFuzzTests(ITestOutputHelper output) => this.output = output;

    [CorpusFact]
    public void A_few_thousand_corpus_mutants_never_throw_and_unparsable_ones_get_pod0001()
    {
        var report = FuzzHarness.Run(FuzzHarness.LoadCorpus(), ShortRunSeed, mutants: 3000, roslynEvery: 50, roslynBatchSize: 30);

        output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report + "\n" + string.Join("\n\n", report.Failures.Take(3)));
        Assert.InRange(report.SyntaxErrors, report.Mutants / 20, report.Mutants - (report.Mutants / 20));
    }

    [LongFuzzFact]
    public void Long_run_of_corpus_mutants()
    {
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seedText ? ulong.Parse(seedText, CultureInfo.InvariantCulture) : LongRunSeed;
        var mutants = Environment.GetEnvironmentVariable(MutantsVariable) is { Length: > 0 } countText ? int.Parse(countText, CultureInfo.InvariantCulture) : 50_000;

        var report = FuzzHarness.Run(FuzzHarness.LoadCorpus(), seed, mutants, roslynEvery: 20, roslynBatchSize: 50);

        output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report + "\n" + string.Join("\n\n", report.Failures.Take(10)));
    }
}

/// <summary>The long fuzz run: only when PODANALYZERS_LONG_FUZZ=1 (and the corpus is present); skipped, with the reason, otherwise.</summary>
public sealed class LongFuzzFactAttribute : FactAttribute
{
    public LongFuzzFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(MutationFuzzTests.LongRunVariable) != "1")
        {
            Skip = $"The long fuzz run (50,000 corpus mutants, a few minutes) runs only with {MutationFuzzTests.LongRunVariable}=1; see docs/robustness.md.";
        }
        else if (!TestPaths.CorpusExists)
        {
            Skip = $"The manifest corpus is absent ({TestPaths.CorpusDirectory}).";
        }
    }
}
