using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using PodAnalyzers.Generation;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>
/// Property tests: arbitrary manifest text can never become code, and arbitrary names always become
/// valid, unique, deterministic identifiers. Generation is seeded (CsCheck's PCG with a fixed stream
/// and seed), so every run checks the same cases; raise the iteration counts locally to search wider.
/// </summary>
public sealed class GeneratedCodePropertyTests
{
    private const int ValueBatches = 8;
    private const int PodsPerBatch = 40;

    private static readonly string[] Tokens =
    {
        "\"", "\\", "*/", "/*", "//", "</summary>", "<c>", "]]>", "&amp;", "&", "<", ">", "#", "#region x", "#endregion", "#if X",
        "\r\n", "\n", "\r", "\t", "\u0085", "\u2028", "\u2029", "\u202E", "\u2066", "\u200B", "\0", "\u001B", "\u007F",
        "{{", "}}", "{", "}", "\\u0041", "\\x41", "\\n", "'", "''", "${x}", "@\"", "\"\"\"", "$\"{", "😀", "𝐀", "\uFEFF", "\uFFFE", "\uFFFF",
        ": ", " #", "- ", "---", "...", "&a", "*a", "!!int", "? ", "|", ">", "%", "@", "`", ",", "[", "]",
        "\" + System.Environment.Exit(1) + \"", "\"; } class Evil { const string X = \"",
    };

    // Any UTF-16 code unit but a surrogate; valid pairs come from the tokens.
    private static readonly Gen<char> AnyChar = Gen.Frequency((54, Gen.Char['\u0000', '\uD7FF']), (8, Gen.Char['\uE000', '\uFFFF']));

    private static readonly Gen<string> WellFormedFragment = Gen.Frequency(
        (4, AnyChar.Select(character => character.ToString())),
        (4, Gen.Char[' ', '~'].Select(character => character.ToString())),
        (3, Gen.OneOfConst(Tokens)),
        (1, Gen.Char['\u0000', '\u001F'].Select(character => character.ToString())));

    // About one value in twenty holds a lone surrogate.
    private static readonly Gen<string> Fragment = Gen.Frequency(
        (150, WellFormedFragment),
        (1, Gen.Char['\uD800', '\uDFFF'].Select(character => character.ToString())));

    private static readonly Gen<string> Value = Gen.Frequency(
        (30, Fragment.Array[0, 16].Select(string.Concat)),
        (2, WellFormedFragment.Array[100, 1500].Select(string.Concat)),
        (1, Gen.Select(WellFormedFragment.Array[1, 8], Gen.Int[10_000, 60_000], (parts, length) => Repeat(string.Concat(parts), length))));

    private static readonly Gen<YamlQuoting.Style> Style = Gen.OneOfConst(YamlQuoting.Style.Minimal, YamlQuoting.Style.AllEscaped, YamlQuoting.Style.Named);

    // A ${NAME} reference in a label or env var name makes the document an envsubst template, skipped by design (POD0003).
    private static readonly Gen<PodValues> PodValuesGen = Gen.Select(Value, Value, Value, Value, Style, (label, annotation, image, env, style) => new PodValues(label.Replace("${", "$ {"), annotation, image, env.Replace("${", "$ {"), style));

    private static readonly string[] ReservedLookalikes =
    {
        "name", "Name", "NAME", "kind", "image", "ports", "env", "labels", "containers", "init-containers", "pods", "Pods", "volumes",
        "generate-name", "node-selector", "host-aliases", "volume-mounts", "namespace", "port-80", "port-80-UDP", "a_2", "A2", "a-2",
        "_2", "2", "80", "", "-", ".", "class", "static", "string", "__arglist", "PodManifests", "System", "global", "Program",
    };

    private static readonly Gen<char> NameChar = Gen.Frequency(
        (8, Gen.Char["abcdefghijklmnopqrstuvwxyz"]),
        (3, Gen.Char["ABCXYZ0123456789"]),
        (3, Gen.Char["-._/ :"]),
        (1, Gen.Char["éßǅΣσςİıﬁŉǰ\u0345\u0301\u200B\u00A0"]),
        (1, AnyChar));

    private static readonly Gen<string> Name = Gen.Frequency(
        (6, NameChar.Array[0, 10].Select(characters => new string(characters))),
        (3, Gen.OneOfConst(ReservedLookalikes)),
        (1, NameChar.Array[1, 3].Select(characters => new string(characters))),
        (1, Gen.Select(NameChar.Array[1, 4], Gen.Int[470, 600], (characters, length) => Repeat(new string(characters), length))));

    private static readonly Gen<PodNames> PodNamesGen = Gen.Select(
        Name,
        Gen.Select(Name, Gen.Select(Name, Gen.Int[1, 65535]).Array[0, 5], Name.Array[0, 4], (container, ports, env) => new ContainerNames(container, ports, env)).Array[0, 5],
        Name.Array[0, 6],
        (pod, containers, labels) => new PodNames(pod, containers, labels));

    [Fact]
    public void Arbitrary_values_compile_and_every_constant_equals_its_yaml_value()
    {
        var pcg = new PCG(7, 20_240_601);
        var checkedValues = 0;
        var rejected = 0;
        for (var batch = 0; batch < ValueBatches; batch++)
        {
            var pods = Enumerable.Range(0, PodsPerBatch).Select(index => PodValuesGen.Generate(pcg, null, out _)).ToList();
            var manifests = pods.Select((pod, i) => ($"/k8s/b{batch}/p{i}.yaml", pod.ToYaml("p" + i.ToString(CultureInfo.InvariantCulture)))).ToList();

            // YAML escapes denote code points: YamlDotNet (like go-yaml, so kubectl) refuses a lone surrogate escape.
            var readable = new List<int>();
            for (var i = 0; i < pods.Count; i++)
            {
                var reading = PodAnalyzers.Manifests.ManifestReader.Read(manifests[i].Item1, manifests[i].Item2).Findings;
                if (pods[i].HasLoneSurrogate)
                {
                    var finding = Assert.Single(reading);
                    Assert.Equal("POD0001", finding.RuleId);
                    Assert.Contains("surrogate", finding.Message, StringComparison.OrdinalIgnoreCase);
                    rejected++;
                }
                else
                {
                    Assert.True(reading.Count == 0, $"{manifests[i].Item1}: {string.Join("; ", reading)}\n{Show(manifests[i].Item2)}");
                    readable.Add(i);
                }
            }

            var result = RoslynPipeline.Run(manifests, runAnalyzers: false);

            Assert.True(result.Problems.Count == 0, $"batch {batch}: " + string.Join("\n", result.Problems.Take(5)));
            foreach (var i in readable)
            {
                var constants = GeneratedConstants.Of(result.Output, "PodManifests.Pods+P" + i.ToString(CultureInfo.InvariantCulture));
                var pod = pods[i];
                var because = $"batch {batch}, pod {i}: {Show(manifests[i].Item2)}";
                AssertEqual(pod.Label, constants["Labels.L"], because);
                AssertEqual(pod.Annotation, constants["Annotations.A"], because);
                AssertEqual(pod.Image, constants["Containers.C.Image"], because);
                var env = constants.Where(pair => pair.Key.StartsWith("Containers.C.Env.", StringComparison.Ordinal)).Select(pair => pair.Value).ToList();
                Assert.Equal(pod.Env.Length == 0 ? Array.Empty<object?>() : new object?[] { pod.Env }, env);
                checkedValues += 4;
            }
        }

        // The generators must mostly produce readable values, and some lone surrogates.
        Assert.InRange(checkedValues, ValueBatches * PodsPerBatch * 2, ValueBatches * PodsPerBatch * 4);
        Assert.InRange(rejected, 1, ValueBatches * PodsPerBatch / 2);
    }

    [Fact]
    public void Arbitrary_name_lists_get_valid_unique_and_stable_identifiers()
    {
        var pcg = new PCG(11, 42);
        var gen = Gen.Select(Name.Array[0, 30], Gen.OneOfConst("Pods", "Labels", "Containers", "Ports", "Env"), (names, enclosing) => (names, enclosing));
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var (names, enclosing) = gen.Generate(pcg, null, out _);
            var reserved = enclosing == "Pods" ? GeneratedMemberNames.PodMembers : enclosing == "Containers" ? GeneratedMemberNames.ContainerMembers : Array.Empty<string>();

            var first = Claim(names, enclosing, reserved);
            var second = Claim(names, enclosing, reserved);

            Assert.Equal(first, second);
            Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
            Assert.All(first, identifier =>
            {
                Assert.True(SyntaxFacts.IsValidIdentifier(identifier), $"'{identifier}' is not an identifier");
                Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(identifier));
                Assert.True(identifier.Length <= 511, $"'{identifier}' is {identifier.Length} characters long");
                Assert.NotEqual(enclosing, identifier);
                Assert.DoesNotContain(identifier, reserved);
            });
        }
    }

    [Fact]
    public void Arbitrary_pods_containers_labels_and_ports_compile_without_clashes_in_any_file_order()
    {
        var pcg = new PCG(13, 7);
        for (var batch = 0; batch < 6; batch++)
        {
            var pods = PodNamesGen.Array[1, 12].Generate(pcg, null, out _);
            var manifests = pods.Select((pod, i) => ($"/k8s/n{batch}/m{i:D2}.yaml", pod.ToYaml())).ToList();

            var forward = RoslynPipeline.Run(manifests, runAnalyzers: false);
            var backward = RoslynPipeline.Run(Enumerable.Reverse(manifests), runAnalyzers: false);

            Assert.True(forward.Problems.Count == 0, $"batch {batch}: " + string.Join("\n", forward.Problems.Take(5)) + "\n" + string.Join("\n---\n", manifests.Select(m => m.Item2)));
            Assert.Equal(forward.GeneratedSources, backward.GeneratedSources);
            var named = pods.Count(pod => pod.Pod.Length > 0);
            var podTypes = named == 0 ? 0 : forward.Output.GetTypeByMetadataName("PodManifests.Pods")!.GetTypeMembers().Length;
            Assert.Equal(named, podTypes);
        }
    }

    private static List<string> Claim(string[] names, string enclosing, string[] reserved)
    {
        var scope = new IdentifierScope(enclosing, reserved);
        return names.Select(scope.Claim).ToList();
    }

    private static void AssertEqual(string expected, object? actual, string because)
    {
        if (!string.Equals(expected, actual as string, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"Expected {Show(expected)} but the constant is {Show(actual as string)} ({because})");
        }
    }

    private static string Show(string? value) =>
        value is null ? "null" : "\"" + string.Concat(value.Take(2000).Select(character => character is >= ' ' and <= '~' ? character.ToString() : "\\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture))) + "\" (" + value.Length.ToString(CultureInfo.InvariantCulture) + " chars)";

    private static string Repeat(string part, int length)
    {
        var builder = new StringBuilder(length + part.Length);
        while (builder.Length < length)
        {
            builder.Append(part);
        }

        return builder.ToString();
    }

    private sealed record PodValues(string Label, string Annotation, string Image, string Env, YamlQuoting.Style Style)
    {
        public bool HasLoneSurrogate => new[] { Label, Annotation, Image, Env }.Any(YamlQuoting.HasLoneSurrogate);

        public string ToYaml(string name) =>
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name
            + "\n  labels:\n    l: " + YamlQuoting.DoubleQuoted(Label, Style)
            + "\n  annotations:\n    a: " + YamlQuoting.DoubleQuoted(Annotation, Style)
            + "\nspec:\n  containers:\n  - name: c\n    image: " + YamlQuoting.DoubleQuoted(Image, Style)
            + "\n    env:\n    - name: " + YamlQuoting.DoubleQuoted(Env, Style) + "\n";
    }

    private sealed record ContainerNames(string Container, (string Name, int Number)[] Ports, string[] Env);

    private sealed record PodNames(string Pod, ContainerNames[] Containers, string[] Labels)
    {
        public string ToYaml()
        {
            var yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: ").Append(YamlQuoting.DoubleQuoted(Pod)).Append('\n');
            var labels = Labels.Distinct(StringComparer.Ordinal).Where(label => label.Length <= 1000).ToList();
            if (labels.Count > 0)
            {
                yaml.Append("  labels:\n");
                foreach (var label in labels)
                {
                    yaml.Append("    ").Append(YamlQuoting.DoubleQuoted(label)).Append(": v\n");
                }
            }

            yaml.Append("spec:\n  containers:\n");
            foreach (var container in Containers)
            {
                yaml.Append("  - name: ").Append(YamlQuoting.DoubleQuoted(container.Container)).Append("\n    image: i\n");
                if (container.Ports.Length > 0)
                {
                    yaml.Append("    ports:\n");
                    foreach (var (name, number) in container.Ports)
                    {
                        yaml.Append("    - containerPort: ").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
                        if (name.Length > 0)
                        {
                            yaml.Append("      name: ").Append(YamlQuoting.DoubleQuoted(name)).Append('\n');
                        }
                    }
                }

                if (container.Env.Length > 0)
                {
                    yaml.Append("    env:\n");
                    foreach (var env in container.Env)
                    {
                        yaml.Append("    - name: ").Append(YamlQuoting.DoubleQuoted(env)).Append('\n');
                    }
                }
            }

            return yaml.ToString();
        }
    }
}
