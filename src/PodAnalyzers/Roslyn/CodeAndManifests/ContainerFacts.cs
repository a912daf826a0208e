using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Configuration;
using PodAnalyzers.Generation;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// What one compilation knows about the container that runs it: which container (or none), its
/// environment, and the configuration keys it finds. Built once per compilation, on the first
/// read worth checking, from AdditionalFiles the other analyzers and the generator parse too.
/// </summary>
internal sealed class ContainerFacts
{
    private ContainerFacts(
        ContainerSelection selection,
        ContainerEnvironment environment,
        ConfigurationKeys configurationKeys,
        IReadOnlyList<string> appSettingsNames,
        IReadOnlyList<Dockerfile> dockerfiles,
        bool environmentKnown,
        bool configurationKnown,
        string containers)
    {
        Selection = selection;
        Environment = environment;
        ConfigurationKeys = configurationKeys;
        AppSettingsNames = appSettingsNames;
        Dockerfiles = dockerfiles;
        EnvironmentKnown = environmentKnown;
        ConfigurationKnown = configurationKnown;
        Containers = containers;
    }

    public ContainerSelection Selection { get; }

    public ContainerEnvironment Environment { get; }

    public ConfigurationKeys ConfigurationKeys { get; }

    /// <summary>The appsettings files read, by file name, for messages.</summary>
    public IReadOnlyList<string> AppSettingsNames { get; }

    /// <summary>The project's Dockerfiles, read.</summary>
    public IReadOnlyList<Dockerfile> Dockerfiles { get; }

    /// <summary>False when the Dockerfile was switched off (PodAnalyzersIncludeDockerfile=false): its ENV are unknown.</summary>
    public bool EnvironmentKnown { get; }

    /// <summary>False when an appsettings file is switched off or cannot be read.</summary>
    public bool ConfigurationKnown { get; }

    /// <summary>The chosen containers as messages name them.</summary>
    public string Containers { get; }

    /// <summary>Null when no container can be told to run the project: every rule of the family stays silent.</summary>
    public static ContainerFacts? Read(AnalyzerOptions options, string? assemblyName, CancellationToken cancellationToken)
    {
        var settings = ProjectSettings.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var yamlFiles = ManifestFiles.DistinctYamlFiles(options.AdditionalFiles)
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var manifests = yamlFiles.Select(file => ManifestFiles.Read(file, cancellationToken)).ToList();
        var selection = ContainerSelection.Resolve(manifests.SelectMany(manifest => manifest.PodSources), settings.Container, assemblyName);
        if (!selection.IsResolved)
        {
            return null;
        }

        var configSources = manifests.SelectMany(ConfigSource.In).ToList();
        var dockerfiles = new List<Dockerfile>();
        var appSettings = new List<AppSettings>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            if (!seen.Add(file.Path))
            {
                continue;
            }

            if (Dockerfile.IsDockerfilePath(file.Path) && ProjectTexts.ReadDockerfile(file, cancellationToken) is { } dockerfile)
            {
                dockerfiles.Add(dockerfile);
            }
            else if (AppSettings.IsAppSettingsPath(file.Path) && ProjectTexts.ReadAppSettings(file, cancellationToken) is { } settingsFile)
            {
                appSettings.Add(settingsFile);
            }
        }

        // appsettings.json first, then the environment files, as the host loads them.
        appSettings.Sort((a, b) => IsBase(a) != IsBase(b) ? (IsBase(a) ? -1 : 1) : string.CompareOrdinal(a.Path, b.Path));
        var environment = ContainerEnvironment.Of(selection.Containers, configSources, dockerfiles);
        var paths = new ManifestPaths(settings.ProjectDirectory);
        return new ContainerFacts(
            selection,
            environment,
            new ConfigurationKeys(appSettings, environment),
            appSettings.Select(file => AppSettings.FileName(file.Path)).ToList(),
            dockerfiles,
            environmentKnown: !IsOff(options, "PodAnalyzersIncludeDockerfile"),
            configurationKnown: !IsOff(options, "PodAnalyzersIncludeAppSettings") && appSettings.All(file => file.IsReadable),
            string.Join(" or ", selection.Containers.Take(3).Select(container => container.Describe(paths.Relative)))
                + (selection.Containers.Count > 3 ? " (and " + (selection.Containers.Count - 3) + " more)" : string.Empty));
    }

    private static bool IsBase(AppSettings file) => AppSettings.FileName(file.Path).Equals("appsettings.json", StringComparison.OrdinalIgnoreCase);

    private static bool IsOff(AnalyzerOptions options, string property) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + property, out var value)
        && value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
}
