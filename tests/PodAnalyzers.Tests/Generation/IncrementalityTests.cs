using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Generation;

/// <summary>The generator redoes only what an edit invalidates.</summary>
public sealed class IncrementalityTests
{
    private static readonly (string Path, string Text)[] Manifests =
    {
        ("/k8s/a.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {app: a}}\nspec: {containers: [{name: c, image: i}]}\n"),
        ("/k8s/b.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec:\n  template:\n    spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}\n"),
        ("/k8s/c.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n"),
    };

    [Fact]
    public void Every_step_named_in_tracking_names_is_a_step_of_the_pipeline()
    {
        var manifests = Manifests.Append(("/k8s/nodes.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: n}\n"));

        var result = GeneratorHarness.Run(manifests, Properties("App")).Results.Single();

        Assert.All(GeneratorRuns.TrackedSteps, step => Assert.True(result.TrackedSteps.ContainsKey(step), step));
    }

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var driver = GeneratorHarness.Start(compilation, GeneratorHarness.Texts(Manifests), Properties("App"));

        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"))).GetRunResult().Results.Single();

        foreach (var step in GeneratorRuns.TrackedSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_manifest_rereads_only_that_manifest()
    {
        var compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var texts = GeneratorHarness.Texts(Manifests);
        var driver = GeneratorHarness.Start(compilation, texts, Properties("App"));
        var edited = new InMemoryAdditionalText("/k8s/a.yaml", Manifests[0].Text.Replace("app: a", "app: a2"));

        driver = driver.ReplaceAdditionalText(texts[0], edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached },
            Reasons(result, TrackingNames.ReadManifest));
        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged },
            Reasons(result, TrackingNames.PodFiles));
        Assert.Contains("\"a2\"", GeneratorHarness.PodSource(result, "Pods.a.yaml.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_manifest_reemits_only_that_manifests_source()
    {
        var compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var texts = GeneratorHarness.Texts(Manifests);
        var driver = GeneratorHarness.Start(compilation, texts, Properties("App"));
        var before = driver.GetRunResult().Results.Single();
        var edited = new InMemoryAdditionalText("/k8s/b.yaml", Manifests[1].Text.Replace("containerPort: 80", "containerPort: 81"));

        var result = driver.ReplaceAdditionalText(texts[1], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var emitted = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Count(output => output.Reason != IncrementalStepRunReason.Cached);
        Assert.Equal(1, emitted);
        Assert.Equal(GeneratorHarness.PodSource(before, "Pods.a.yaml.g.cs"), GeneratorHarness.PodSource(result, "Pods.a.yaml.g.cs"));
        Assert.Contains("Port81 = 81", GeneratorHarness.PodSource(result, "Pods.b.yaml.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_an_msbuild_property_reemits_without_rereading_manifests()
    {
        var compilation = GeneratorHarness.CreateCompilation("class Program { static void Main() { } }");
        var driver = GeneratorHarness.Start(compilation, GeneratorHarness.Texts(Manifests), Properties("App"));

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(Properties("Other")));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.ReadManifest), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.OutputSettings));
        Assert.Equal(new[] { "Pods.a.yaml.g.cs", "Pods.b.yaml.g.cs", "Pods.g.cs" }, result.GeneratedSources.Select(source => source.HintName).OrderBy(name => name, System.StringComparer.Ordinal));
        Assert.All(result.GeneratedSources, source => Assert.Contains("namespace Other", source.SourceText.ToString(), System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_output_is_byte_identical_whatever_the_order_of_additional_files()
    {
        var forward = GeneratorHarness.GeneratedSource(GeneratorHarness.Run(Manifests, Properties("App")));
        var backward = GeneratorHarness.GeneratedSource(GeneratorHarness.Run(Manifests.Reverse(), Properties("App")));
        var again = GeneratorHarness.GeneratedSource(GeneratorHarness.Run(Manifests, Properties("App")));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, again);
    }

    private static Dictionary<string, string> Properties(string rootNamespace) => new() { ["RootNamespace"] = rootNamespace };

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray();
}
