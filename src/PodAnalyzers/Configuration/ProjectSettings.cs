using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.Generation;
using PodAnalyzers.Kubernetes;

namespace PodAnalyzers.Configuration;

/// <summary>
/// The MSBuild properties PodAnalyzers reads (made visible to the compiler by the package's props).
/// An invalid value falls back to the default and is listed in <see cref="Problems"/> for POD0006.
/// </summary>
internal sealed record ProjectSettings(
    string Namespace,
    string? ProjectDirectory,
    KubernetesVersion KubernetesVersion,
    EquatableArray<string> Problems)
{
    /// <summary><c>PodAnalyzersContainer</c>: which container runs the project (docs/code-and-manifests.md); null when unset.</summary>
    public string? Container { get; init; }

    public const string DefaultNamespace = "PodManifests";

    public static ProjectSettings From(AnalyzerConfigOptions options)
    {
        var problems = new List<string>();
        CheckSwitch(options, "PodAnalyzersIncludeYaml", "the project's YAML files are read");
        CheckSwitch(options, "PodAnalyzersIncludeAppSettings", "the project's appsettings*.json files are read");
        CheckSwitch(options, "PodAnalyzersIncludeDockerfile", "the project's Dockerfile is read");
        return new ProjectSettings(
            ReadNamespace(options, problems),
            Read(options, "ProjectDir"),
            ReadVersion(options, problems),
            problems.ToEquatableArray())
        {
            Container = Read(options, "PodAnalyzersContainer"),
        };

        void CheckSwitch(AnalyzerConfigOptions options, string property, string whatTrueDoes)
        {
            if (Read(options, property) is { } value
                && !value.Equals("true", System.StringComparison.OrdinalIgnoreCase)
                && !value.Equals("false", System.StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{property} '{value}' is neither true nor false; {whatTrueDoes}, as with true");
            }
        }
    }

    private static string ReadNamespace(AnalyzerConfigOptions options, List<string> problems)
    {
        foreach (var property in new[] { "PodAnalyzersNamespace", "RootNamespace" })
        {
            if (Read(options, property) is not { } value)
            {
                continue;
            }

            if (IsValidNamespace(value))
            {
                return value;
            }

            problems.Add($"{property} '{value}' is not a valid C# namespace; the generated constants use '{DefaultNamespace}' instead");
            return DefaultNamespace;
        }

        return DefaultNamespace;
    }

    private static KubernetesVersion ReadVersion(AnalyzerConfigOptions options, List<string> problems)
    {
        if (Read(options, "PodAnalyzersKubernetesVersion") is not { } value)
        {
            return KubernetesVersion.Default;
        }

        if (KubernetesVersion.TryParse(value, out var version))
        {
            return version;
        }

        problems.Add($"PodAnalyzersKubernetesVersion '{value}' is not a supported Kubernetes version ({KubernetesVersion.Oldest} to {KubernetesVersion.Newest}); rules follow {KubernetesVersion.Default} instead");
        return KubernetesVersion.Default;
    }

    // The Include switches are read by the package's MSBuild targets, not here; an unusable value is still worth a word.

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;
}
