using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Roslyn.Generator;

namespace PodAnalyzers.Shared;

/// <summary>
/// How every generator test runs the generator (the check of NetEscapades.EnumGenerators'
/// TestHelpers): once, then again with the same driver on a clone of the compilation. In the
/// second run every step named in <see cref="TrackingNames"/> must be Cached or Unchanged with
/// outputs equal to the first run's, and every source output Cached; in both runs no tracked
/// step may hold a Compilation, ISymbol or SyntaxNode (it keeps a compilation alive, and the
/// next compilation's never compares equal). The second run also gets new but equal
/// AdditionalText and options objects: this generator reads nothing from the compilation, so
/// only fresh inputs make its steps run again and show whether their outputs compare by value.
/// </summary>
internal static class GeneratorRuns
{
    /// <summary>The tracked step names, read from <see cref="TrackingNames"/>' constants.</summary>
    public static readonly ImmutableArray<string> TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToImmutableArray();

    /// <summary>
    /// Runs the generator over <paramref name="compilation"/> (parsing with its first tree's
    /// options) and checks that a second run is served from the cache. The returned driver holds
    /// the first run, so a test can go on editing inputs from there.
    /// </summary>
    public static GeneratorRun Run(Compilation compilation, ImmutableArray<AdditionalText> additionalTexts, AnalyzerConfigOptionsProvider options)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PodConstantsGenerator().AsSourceGenerator() },
            additionalTexts,
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var clone = compilation.Clone();

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var first = driver.GetRunResult().Results.Single();
        var second = WithEqualInputs(driver, additionalTexts, options).RunGenerators(clone).GetRunResult().Results.Single();

        AssertServedFromCache(first, second);
        return new GeneratorRun(driver, first, output, diagnostics);
    }

    /// <summary>Every tracked step Cached or Unchanged with equal outputs, every source output Cached, no compiler object anywhere.</summary>
    private static void AssertServedFromCache(GeneratorRunResult first, GeneratorRunResult second)
    {
        foreach (var step in TrackedSteps)
        {
            var firstRuns = Runs(first, step);
            var secondRuns = Runs(second, step);
            Assert.True(firstRuns.Length == secondRuns.Length, $"{step} ran {firstRuns.Length} times, then {secondRuns.Length} times");
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < firstRuns.Length; i++)
            {
                foreach (var output in firstRuns[i].Outputs.Concat(secondRuns[i].Outputs))
                {
                    AssertHoldsNoCompilerObject(step, output.Value, visited);
                }

                var firstOutputs = firstRuns[i].Outputs.Select(output => output.Value);
                var secondOutputs = secondRuns[i].Outputs.Select(output => output.Value);
                Assert.True(firstOutputs.SequenceEqual(secondOutputs), $"{step} produced outputs that do not equal the first run's: they must compare by value");
                Assert.All(secondRuns[i].Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step} was {output.Reason} on a second run over equal inputs: its output must compare by value"));
            }
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"A source output was {output.Reason} on a second run over equal inputs"));
    }

    private static ImmutableArray<IncrementalGeneratorRunStep> Runs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs) ? runs : ImmutableArray<IncrementalGeneratorRunStep>.Empty;

    /// <summary>Walks a step's output through collections, tuples and records' fields.</summary>
    private static void AssertHoldsNoCompilerObject(string step, object? value, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode, $"{step} holds a {value.GetType().Name}, which keeps a compilation alive");
        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoCompilerObject(step, item, visited);
            }

            return;
        }

        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertHoldsNoCompilerObject(step, field.GetValue(value), visited);
            }
        }
    }

    /// <summary>The same files and options as new objects: steps that read them run again.</summary>
    private static GeneratorDriver WithEqualInputs(GeneratorDriver driver, ImmutableArray<AdditionalText> additionalTexts, AnalyzerConfigOptionsProvider options)
    {
        foreach (var text in additionalTexts)
        {
            driver = driver.ReplaceAdditionalText(text, new SameText(text));
        }

        return driver.WithUpdatedAnalyzerConfigOptions(new SameOptions(options));
    }

    private sealed class SameText : AdditionalText
    {
        private readonly AdditionalText original;

        public SameText(AdditionalText original) => this.original = original;

        public override string Path => original.Path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => original.GetText(cancellationToken);
    }

    private sealed class SameOptions : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptionsProvider original;

        public SameOptions(AnalyzerConfigOptionsProvider original) => this.original = original;

        public override AnalyzerConfigOptions GlobalOptions => original.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => original.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => original.GetOptions(textFile);
    }
}

/// <summary>A checked generator run: the driver after it, its result, the compilation with the generated sources, and the generator's diagnostics.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics);
