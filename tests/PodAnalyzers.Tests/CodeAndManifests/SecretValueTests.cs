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
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Manifests;
using PodAnalyzers.Shared;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>A Secret's values reach no model the rules keep, no generated code and no message.</summary>
public sealed class SecretValueTests
{
    private const string DataValue = "c2VjcmV0LWRhdGEtdmFsdWUtNzcx"; // base64 of "secret-data-value-771"
    private const string StringDataValue = "plain-string-data-value-913";

    private const string Manifests = $$$"""
        apiVersion: v1
        kind: Secret
        metadata: {name: credentials}
        data:
          DB_PASSWORD: {{{DataValue}}}
        stringData:
          API_TOKEN: {{{StringDataValue}}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: inventory}
        spec:
          containers:
          - name: api
            image: inventory-api
            envFrom:
            - secretRef: {name: credentials}
              prefix: S_
            env:
            - name: FROM_SECRET
              valueFrom: {secretKeyRef: {name: credentials, key: DB_PASSWORD}}

        """;

    private const string Code = """
        using System;

        class Program
        {
            static void Main()
            {
                Console.WriteLine(Environment.GetEnvironmentVariable("S_API_TOKEN")!);
                Console.WriteLine(Environment.GetEnvironmentVariable("DB_PASSWORD")!);
                Console.WriteLine(Environment.GetEnvironmentVariable("API_TOKEN")!);
            }
        }
        """;

    private static readonly string[] Values = { DataValue, StringDataValue, "secret-data-value-771" };

    [Fact]
    public void The_models_of_the_rules_hold_key_names_only()
    {
        var file = ManifestReader.Read("/p/k8s/all.yaml", Manifests);
        var sources = ConfigSource.In(file).ToList();
        var environment = ContainerEnvironment.Of(ContainerSelection.Resolve(file.PodSources, null, null).Containers, sources, Array.Empty<Dockerfile>());
        var keys = new ConfigurationKeys(Array.Empty<AppSettings>(), environment);

        Assert.Equal(new[] { "DB_PASSWORD", "API_TOKEN" }, sources.Single().Keys);
        AssertNoSecretValue(Strings(new object[] { sources, environment, keys }));
    }

    [Fact]
    public void The_container_facts_hold_no_secret_value()
    {
        var texts = GeneratorHarness.Texts(new[] { ("/p/k8s/all.yaml", Manifests) });
        var options = new AnalyzerOptions(texts, new TestOptionsProvider(new Dictionary<string, string>()));

        var facts = ContainerFacts.Read(options, "Inventory.Api", CancellationToken.None);

        Assert.NotNull(facts);
        AssertNoSecretValue(Strings(new object[] { facts!.Environment, facts.ConfigurationKeys, facts.Containers, facts.AppSettingsNames }));
    }

    [Fact]
    public async System.Threading.Tasks.Task Generated_code_and_every_diagnostic_message_leave_the_values_out()
    {
        var texts = GeneratorHarness.Texts(new[] { ("/p/k8s/all.yaml", Manifests) });
        var options = new TestOptionsProvider(new Dictionary<string, string>());
        var compilation = CSharpCompilation.Create(
            "Inventory.Api",
            new[] { CSharpSyntaxTree.ParseText(Code, path: "Program.cs") },
            ReferenceAssemblyPaths.Net80.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var run = GeneratorRuns.Run(compilation, texts, options);
        var analyzers = typeof(ManifestAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        var diagnostics = await run.Output.WithAnalyzers(analyzers, new AnalyzerOptions(texts, options)).GetAnalyzerDiagnosticsAsync();

        // The read of a key without the prefix is reported, naming the variable, never a value.
        Assert.Equal(new[] { "DB_PASSWORD", "API_TOKEN" }, diagnostics.Where(d => d.Id == "POD2020").Select(d => d.GetMessage().Split('\'')[1]));
        AssertNoSecretValue(run.Result.GeneratedSources.Select(source => source.SourceText.ToString()));
        AssertNoSecretValue(diagnostics.Select(diagnostic => diagnostic.GetMessage()));
    }

    private static void AssertNoSecretValue(IEnumerable<string> strings)
    {
        var all = strings.ToList();
        Assert.NotEmpty(all);
        foreach (var value in Values)
        {
            Assert.DoesNotContain(all, text => text.Contains(value, StringComparison.Ordinal));
        }
    }

    /// <summary>Every string reachable from the roots through fields and collections.</summary>
    private static IEnumerable<string> Strings(IEnumerable<object> roots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (item is string text)
            {
                yield return text;
                continue;
            }

            if (item.GetType().IsPrimitive || item is Type || !seen.Add(item))
            {
                continue;
            }

            if (item is IEnumerable sequence)
            {
                foreach (var element in sequence)
                {
                    if (element is not null)
                    {
                        pending.Push(element);
                    }
                }
            }

            for (var type = item.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(item) is { } value && !field.FieldType.IsPointer)
                    {
                        pending.Push(value);
                    }
                }
            }
        }
    }
}
