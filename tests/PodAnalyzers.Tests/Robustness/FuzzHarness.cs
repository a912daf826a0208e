using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Findings;
using PodAnalyzers.Generation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Tests.Infrastructure;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>
/// Feeds mutants of the corpus through everything a build runs: reader, all rules (both ends of
/// the supported Kubernetes versions), model builder and emitter; every <c>roslynEvery</c>-th
/// mutant also goes, in batches, through the real generator and analyzers in a compilation.
/// </summary>
internal static class FuzzHarness
{
    public static IReadOnlyList<(string Path, string Text)> LoadCorpus() =>
        Corpus.YamlFiles().Select(path => ("/corpus/" + Corpus.RelativePath(path), File.ReadAllText(path))).ToList();

    public static FuzzReport Run(IReadOnlyList<(string Path, string Text)> corpus, ulong seed, int mutants, int roslynEvery, int roslynBatchSize)
    {
        var report = new FuzzReport(seed, mutants);
        var mutator = new ManifestMutator(seed);
        var batch = new List<(string Path, string Text)>();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < mutants; i++)
        {
            var (path, original) = corpus[mutator.Next(corpus.Count)];
            var (text, operations) = mutator.Mutate(original);
            try
            {
                Check(path, text, report);
            }
            catch (Exception exception)
            {
                report.Failures.Add($"mutant {i} of {path} ({operations}): {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}\n--- text ---\n{text}");
            }

            if (roslynEvery > 0 && i % roslynEvery == 0)
            {
                batch.Add(($"/corpus/mutant{i.ToString(CultureInfo.InvariantCulture)}.yaml", text));
                if (batch.Count == roslynBatchSize)
                {
                    RunRoslyn(batch, report);
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            RunRoslyn(batch, report);
        }

        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    private static void Check(string path, string text, FuzzReport report)
    {
        var manifest = ManifestReader.Read(path, text);
        var findings = ManifestFindings.Of(manifest, KubernetesVersion.Default, NodeInventory.Empty).ToList();
        var oldest = ManifestFindings.Of(manifest, KubernetesVersion.Oldest, NodeInventory.Empty).Count();
        var model = PodModelBuilder.Build(manifest);
        var code = Emission.Of(new ManifestPaths("/corpus"), model);

        foreach (var finding in findings)
        {
            if (finding.Span.Start < 0 || finding.Span.End > text.Length || finding.Span.Line < 1 || finding.Span.Column < 1 || string.IsNullOrWhiteSpace(finding.Message))
            {
                throw new InvalidOperationException($"finding out of bounds or without a message (text length {text.Length}): {finding}");
            }
        }

        var syntaxError = YamlReader.Read(text).Error;
        var skippedTemplate = findings.Any(finding => finding.RuleId == Rule.TemplateSkipped.Id);
        if (syntaxError is not null && !skippedTemplate && !findings.Any(finding => finding.RuleId == Rule.MalformedYaml.Id))
        {
            throw new InvalidOperationException($"YamlReader reports '{syntaxError.Message}' but there is no POD0001");
        }

        report.Count(syntaxError is not null, findings, model.Pods.Count, code.Length, oldest);
    }

    private static void RunRoslyn(List<(string Path, string Text)> batch, FuzzReport report)
    {
        report.RoslynBatches++;
        report.RoslynMutants += batch.Count;
        try
        {
            var result = RoslynPipeline.Run(batch);
            foreach (var problem in result.Problems)
            {
                report.Failures.Add($"Roslyn batch {report.RoslynBatches} ({string.Join(", ", batch.Select(item => item.Path))}): {problem}");
            }
        }
        catch (Exception exception)
        {
            report.Failures.Add($"Roslyn batch {report.RoslynBatches}: {exception}");
        }
    }
}

internal sealed class FuzzReport
{
    public FuzzReport(ulong seed, int mutants)
    {
        Seed = seed;
        Mutants = mutants;
    }

    public ulong Seed { get; }

    public int Mutants { get; }

    public List<string> Failures { get; } = new();

    public int SyntaxErrors { get; private set; }

    public int WithPod0002 { get; private set; }

    public int WithRuleFindings { get; private set; }

    public int WithPods { get; private set; }

    public long Findings { get; private set; }

    public long EmittedCharacters { get; private set; }

    public int RoslynBatches { get; set; }

    public int RoslynMutants { get; set; }

    public TimeSpan Elapsed { get; set; }

    public void Count(bool syntaxError, List<Finding> findings, int pods, int emitted, int findingsOnOldest)
    {
        SyntaxErrors += syntaxError ? 1 : 0;
        WithPod0002 += findings.Any(finding => finding.RuleId == Rule.WrongShape.Id) ? 1 : 0;
        WithRuleFindings += findings.Any(finding => finding.RuleId.StartsWith("POD1", StringComparison.Ordinal)) ? 1 : 0;
        WithPods += pods > 0 ? 1 : 0;
        Findings += findings.Count + findingsOnOldest;
        EmittedCharacters += emitted;
    }

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"seed {Seed}: {Mutants} mutants in {Elapsed.TotalSeconds:F1} s; {Failures.Count} failures; {SyntaxErrors} with a YAML syntax error (POD0001), {WithPod0002} with POD0002, {WithRuleFindings} with POD1xxx findings, {WithPods} still generating pods; {Findings} findings, {EmittedCharacters} characters emitted; {RoslynMutants} mutants through the generator and analyzers in {RoslynBatches} compilations");
}
