using System.Collections.Generic;
using System.IO;
using System.Linq;
using PodAnalyzers.Evaluation;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Schema;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Manifests;
using PodAnalyzers.Tests.Infrastructure;
using PodAnalyzers.Yaml;
using Xunit.Abstractions;

namespace PodAnalyzers.Tests.Kubernetes.Decoding;

/// <summary>
/// Real manifests of ../shared/corpus, each mutated once: a field key misspelt at any depth, a key
/// line repeated, a number or boolean turned into a quoted string. Every mutation is reported at
/// its exact position, and nothing else changes. The fields are found by walking the schema, an
/// oracle independent of the decoder's own walk.
/// </summary>
public sealed class DecodingMutationTests
{
    private static readonly string[] DecodingRules = { "POD0002", "POD0010", "POD0011", "POD0013" };

    private readonly ITestOutputHelper output;

    public DecodingMutationTests(ITestOutputHelper output) => this.output = output;

    [CorpusFact]
    public void Every_misspelt_field_key_is_pod0010_at_the_key() =>
        AssertEveryMutationCaught("typo", field => field.Key.IsPlain && field.Key.Value != "kind", (text, field) =>
        {
            var mutated = Misspell(field.Key.Value, field.Type);
            return mutated is null ? null : (Replace(text, field.Key.Span, mutated), ("POD0010", field.Key.Span.Line, field.Key.Span.Column));
        });

    [CorpusFact]
    public void Every_repeated_key_line_is_pod0011_at_the_repetition() =>
        AssertEveryMutationCaught("duplicate", field => field.Key.IsPlain && field.Value is YamlScalar { IsPlain: true } && field.Key.Span.Line == field.Value.Span.Line, (text, field) =>
        {
            // Only "key: value" alone on its line (block style): repeating it repeats the key in the same mapping.
            var lineStart = field.Key.Span.Start == 0 ? 0 : text.LastIndexOf('\n', field.Key.Span.Start - 1) + 1;
            var lineEnd = text.IndexOf('\n', field.Value.Span.End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.Substring(lineStart, lineEnd - lineStart);
            if (text.Substring(lineStart, field.Key.Span.Start - lineStart).Trim().Length != 0 || text.Substring(field.Value.Span.End, lineEnd - field.Value.Span.End).Trim().Length != 0)
            {
                return null;
            }

            var mutated = text.Insert(lineEnd, "\n" + line.TrimEnd('\r'));
            return (mutated, ("POD0011", field.Key.Span.Line + 1, field.Key.Span.Column));
        });

    [CorpusFact]
    public void Every_number_or_boolean_turned_into_a_string_is_pod0002_at_the_value() =>
        AssertEveryMutationCaught("type", field => field.Value is YamlScalar { IsPlain: true, Type: YamlScalarType.Int or YamlScalarType.Bool } && field.Kind is FieldKind.Int32 or FieldKind.Int64 or FieldKind.Boolean, (text, field) =>
            (Replace(text, field.Value.Span, "\"" + ((YamlScalar)field.Value).Value + "\""), ("POD0002", field.Value.Span.Line, field.Value.Span.Column)));

    private void AssertEveryMutationCaught(string name, System.Func<SchemaFieldKey, bool> eligible, System.Func<string, SchemaFieldKey, (string Text, (string Rule, int Line, int Column) Expected)?> mutate)
    {
        var mutations = 0;
        var misses = new List<string>();
        foreach (var path in Corpus.YamlFiles())
        {
            var text = File.ReadAllText(path);
            var relative = Corpus.RelativePath(path);
            var original = Decoding(relative, text);
            var fields = SchemaFieldKey.All(ManifestReader.Read(relative, text)).Where(eligible).ToList();

            // Every third field of every file: all depths and kinds, in a test that runs in seconds.
            for (var i = 0; i < fields.Count; i += 3)
            {
                if (mutate(text, fields[i]) is not var (mutated, expected))
                {
                    continue;
                }

                mutations++;
                var findings = Decoding(relative, mutated);
                var caught = findings.Any(finding => (finding.Rule, finding.Line, finding.Column) == expected);
                // A repeated line moves every later finding down by one line.
                var shift = name == "duplicate" ? 1 : 0;
                var unrelated = findings
                    .Where(finding => finding.Line != expected.Line && finding.Rule != "POD0013")
                    .Where(finding => !original.Contains(finding.Line > expected.Line ? (finding.Rule, finding.Line - shift, finding.Column) : finding))
                    .ToList();
                if (!caught || unrelated.Count > 0)
                {
                    misses.Add($"{relative}: {expected} expected; got {string.Join(", ", findings)}");
                }
            }
        }

        output.WriteLine($"{name}: {mutations} mutations, {misses.Count} missed");
        Assert.True(mutations > 100, $"only {mutations} {name} mutations");
        Assert.True(misses.Count == 0, string.Join("\n", misses.Take(20)));
    }

    private static string? Misspell(string key, SchemaType type)
    {
        // Drop a letter from the middle: a typo that stays plausible ("imagePullPolcy").
        if (key.Length < 3)
        {
            return null;
        }

        var mutated = key.Remove(key.Length / 2, 1);
        return KubernetesSchema.TryGetFieldMinors(type, mutated, out _, out _) ? null : mutated;
    }

    private static string Replace(string text, SourceSpan span, string replacement) =>
        text.Substring(0, span.Start) + replacement + text.Substring(span.End);

    private static HashSet<(string Rule, int Line, int Column)> Decoding(string path, string text) =>
        ManifestFindings.Of(ManifestReader.Read(path, text), KubernetesVersion.Default, NodeInventory.Empty)
            .Where(finding => DecodingRules.Contains(finding.RuleId))
            .Select(finding => (finding.RuleId, finding.Span.Line, finding.Span.Column))
            .ToHashSet();
}
