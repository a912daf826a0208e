using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PodAnalyzers.Generation;
using PodAnalyzers.Roslyn.Generator;
using PodAnalyzers.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Generation;

/// <summary>Nothing in a manifest can break the generated code, in any consumer configuration.</summary>
public sealed class GeneratedCodeSafetyTests
{
    private const string Program = "class Program { static void Main() { } }";

    public static TheoryData<string> HostileValues => new()
    {
        "quote \" and backslash \\ and */ and </summary>",
        "line\nbreak\r\nand\ttab",
        "nul \0 bell \a escape \u001b del \u007f",
        "next line \u0085 line separator \u2028 paragraph \u2029",
        "bidi \u202E override \u2066 isolate",
        "emoji 😀 and CJK 漢字",
        "lone high \uD800 and lone low \uDC00",
        "#region x\n#endregion",
        "\" + System.Environment.Exit(1) + \"",
        new string('x', 100_000),
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void A_hostile_value_compiles_and_equals_its_yaml_value(string value)
    {
        var yaml = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    note: {YamlDoubleQuoted(value)}\nspec:\n  containers: []\n";

        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/pod.yaml", yaml) }, Program);

        Assert.Empty(diagnostics);
        Assert.Equal(value, GeneratedConstants.Of(output, "PodManifests.Pods+Web")["Annotations.Note"]);
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Hostile_keys_and_paths_cannot_break_out_of_doc_comments(string value)
    {
        // YAML limits implicit keys to 1024 characters.
        var key = value.Length > 1000 ? value.Substring(0, 1000) : value;
        var yaml = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {YamlDoubleQuoted(key)}\n  labels:\n    {YamlDoubleQuoted(key)}: v\nspec:\n  containers:\n  - name: {YamlDoubleQuoted(key)}\n    image: i\n";

        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/<evil>\n&\u2028.yaml", yaml) }, Program);

        Assert.Empty(diagnostics);
        var generated = output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(2, generated.Count);
        Assert.All(generated, tree => Assert.Empty(tree.GetDiagnostics()));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    public void The_output_compiles_without_any_warning(LanguageVersion languageVersion, NullableContextOptions nullable)
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  hostAliases: [{ip: 10.0.0.1, hostnames: [a.b]}]\n  containers:\n  - name: api\n    image: api\n    ports: [{containerPort: 80}]\n    env: [{name: A}]\n";

        var (_, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/pod.yaml", yaml) }, Program, languageVersion: languageVersion, nullable: nullable);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Generated_doc_comments_satisfy_documentation_warnings()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  containers:\n  - name: api\n    image: api\n";
        var compilation = GeneratorHarness.CreateCompilation(Program)
            .WithOptions(GeneratorHarness.CreateCompilation(Program).Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(Program, parseOptions));
        var output = GeneratorRuns.Run(compilation, GeneratorHarness.Texts(new[] { ("/k8s/pod.yaml", yaml) }), new TestOptionsProvider(new Dictionary<string, string>())).Output;

        Assert.Empty(output.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Clashing_names_at_every_level_compile()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: kind\n  labels: {a-b: '1', a.b: '2', labels: '3'}\nspec:\n  containers:\n  - name: containers\n    ports: [{name: ports, containerPort: 1}, {containerPort: 1}]\n    env: [{name: env}, {name: ENV}]\n  - name: image\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: Kind\nspec:\n  containers: []\n";

        var (output, diagnostics) = GeneratorHarness.Compile(new[] { ("/k8s/pod.yaml", yaml) }, Program);

        Assert.Empty(diagnostics);
        var constants = GeneratedConstants.Of(output, "PodManifests.Pods+Kind_2");
        Assert.Equal("1", constants["Labels.AB"]);
        Assert.Equal("2", constants["Labels.AB_2"]);
        Assert.Equal("3", constants["Labels.Labels_2"]);
        Assert.Equal("containers", constants["Containers.Containers_2.Name"]);
        Assert.Equal("image", constants["Containers.Image_2.Name"]);
        Assert.Equal(1, constants["Containers.Containers_2.Ports.Ports_2"]);
        Assert.Equal("env", constants["Containers.Containers_2.Env.Env_2"]);
        Assert.Equal("ENV", constants["Containers.Containers_2.Env.Env_3"]);
        Assert.Equal("Kind", GeneratedConstants.Of(output, "PodManifests.Pods+Kind_3")["Name"]);
    }

    [Fact]
    public void String_literals_escape_everything_outside_printable_ascii()
    {
        Assert.Equal("\"a\\\"b\\\\c\\u000A\\uD800\\u00E9\"", CSharpLiterals.String("a\"b\\c\n\uD800é"));
    }

    private static string YamlDoubleQuoted(string value)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var character in value)
        {
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when character < ' ' || character is '\u007f' or '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(character) || char.GetUnicodeCategory(character) == System.Globalization.UnicodeCategory.Format
                    => "\\u" + ((int)character).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ => character.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
