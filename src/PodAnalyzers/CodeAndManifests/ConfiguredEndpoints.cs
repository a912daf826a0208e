using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// The endpoints one container configures for the app outside the code: <c>Kestrel:Endpoints:*:Url</c>,
/// <c>urls</c>, <c>http_ports</c> and <c>https_ports</c> from its environment (<c>env</c> values, the
/// Dockerfile's <c>ENV</c>; <c>ASPNETCORE_</c>/<c>DOTNET_</c> prefixes dropped, <c>__</c> is <c>:</c>) and
/// from the appsettings files the host loads in the container's environment (<c>appsettings.json</c>,
/// <c>appsettings.{ASPNETCORE_ENVIRONMENT or Production}.json</c>), and the image default. A
/// variable whose value cannot be read (<c>valueFrom</c>, an <c>envFrom</c> key, <c>$(...)</c>), an
/// <c>envFrom</c> source outside the project, or command-line arguments make the level unknowable.
/// </summary>
internal static class ConfiguredEndpoints
{
    private const string Production = "Production";

    public static IReadOnlyList<ListeningEndpoint> Of(
        SelectedContainer selected,
        ContainerEnvironment environment,
        IReadOnlyList<Dockerfile> dockerfiles,
        IReadOnlyList<AppSettings> appSettings,
        string? targetFramework)
    {
        var endpoints = new List<ListeningEndpoint>();
        if (environment.IsOpen || environment.HasArguments)
        {
            endpoints.Add(ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, "the container's envFrom or arguments"));
            return endpoints;
        }

        if (!DockerfilesAgree(dockerfiles))
        {
            endpoints.Add(ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, "the project's Dockerfiles"));
            return endpoints;
        }

        var majorVersion = MajorVersion(targetFramework);
        var variables = Variables(selected, dockerfiles);
        foreach (var name in environment.Names)
        {
            if (!variables.ContainsKey(name) && Level(ConfigurationKey(name)) is { } level)
            {
                endpoints.Add(ListeningEndpoint.Unknowable(level, name));
            }
        }

        foreach (var variable in variables)
        {
            var origin = variable.Key + " of " + (variable.Value.FromDockerfile ? "the Dockerfile" : "container '" + selected.ContainerName + "'");
            endpoints.AddRange(FromSetting(ConfigurationKey(variable.Key), variable.Value.Value, origin, majorVersion));
        }

        var environmentName = EnvironmentName(variables, environment.Names);
        foreach (var file in appSettings)
        {
            var fileName = AppSettings.FileName(file.Path);
            var applies = fileName.Equals("appsettings.json", StringComparison.OrdinalIgnoreCase)
                || (environmentName is not null && fileName.Equals("appsettings." + environmentName + ".json", StringComparison.OrdinalIgnoreCase));
            foreach (var setting in file.Values)
            {
                if (Level(setting.Key) is not { } level)
                {
                    continue;
                }

                if (applies)
                {
                    endpoints.AddRange(FromSetting(setting.Key, setting.Value, setting.Key + " in " + fileName, majorVersion));
                }
                else if (environmentName is null)
                {
                    endpoints.Add(ListeningEndpoint.Unknowable(level, setting.Key + " in " + fileName));
                }
            }
        }

        if (ImageDefault(variables, dockerfiles, targetFramework, majorVersion) is { } imageDefault)
        {
            endpoints.Add(imageDefault);
        }

        return endpoints;
    }

    /// <summary>The configuration key an environment variable becomes: <c>ASPNETCORE_URLS</c> is <c>URLS</c>, <c>Kestrel__Endpoints__Http__Url</c> is <c>Kestrel:Endpoints:Http:Url</c>.</summary>
    public static string ConfigurationKey(string variable)
    {
        foreach (var prefix in new[] { "ASPNETCORE_", "DOTNET_" })
        {
            if (variable.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                variable = variable.Substring(prefix.Length);
                break;
            }
        }

        return variable.Replace("__", ":");
    }

    /// <summary>The level a configuration key sets an endpoint at; null for the keys that set none.</summary>
    public static EndpointLevel? Level(string key)
    {
        if (key.Equals("urls", StringComparison.OrdinalIgnoreCase))
        {
            return EndpointLevel.Urls;
        }

        if (key.Equals("http_ports", StringComparison.OrdinalIgnoreCase) || key.Equals("https_ports", StringComparison.OrdinalIgnoreCase))
        {
            return EndpointLevel.Ports;
        }

        var parts = key.Split(':');
        return parts.Length == 4
            && parts[0].Equals("Kestrel", StringComparison.OrdinalIgnoreCase)
            && parts[1].Equals("Endpoints", StringComparison.OrdinalIgnoreCase)
            && parts[3].Equals("Url", StringComparison.OrdinalIgnoreCase)
            ? EndpointLevel.Kestrel
            : null;
    }

    /// <summary><c>net8.0</c>, <c>net8.0-windows</c>: 8; <c>netcoreapp3.1</c>: 3; null for .NET Framework, netstandard or anything unread.</summary>
    public static int? MajorVersion(string? targetFramework)
    {
        var framework = (targetFramework ?? string.Empty).Trim().ToLowerInvariant();
        var digits = framework.StartsWith("netcoreapp", StringComparison.Ordinal) ? framework.Substring("netcoreapp".Length)
            : framework.StartsWith("net", StringComparison.Ordinal) && !framework.StartsWith("netstandard", StringComparison.Ordinal) ? framework.Substring(3)
            : null;
        var dot = digits?.IndexOf('.') ?? -1;
        return dot > 0 && int.TryParse(digits!.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) && major is >= 1 and < 100 ? major : null;
    }

    private static IEnumerable<ListeningEndpoint> FromSetting(string key, string? value, string origin, int? majorVersion)
    {
        var level = Level(key);
        if (level is null)
        {
            return Enumerable.Empty<ListeningEndpoint>();
        }

        if (value is null || value.IndexOf('$') >= 0)
        {
            return new[] { ListeningEndpoint.Unknowable(level.Value, origin) };
        }

        return level switch
        {
            EndpointLevel.Ports when majorVersion is null => new[] { ListeningEndpoint.Unknowable(EndpointLevel.Ports, origin) },

            // Before .NET 8 the host does not read http_ports and https_ports.
            EndpointLevel.Ports when majorVersion < 8 => Enumerable.Empty<ListeningEndpoint>(),
            EndpointLevel.Ports => ServerUrls.ParsePorts(value, origin),
            _ => ServerUrls.Parse(value, level.Value, origin),
        };
    }

    /// <summary>
    /// The .NET 8+ images set <c>ASPNETCORE_HTTP_PORTS=8080</c>, the earlier ones
    /// <c>ASPNETCORE_URLS=http://+:80</c>, which a variable of the same name replaces. Known only
    /// for a .NET image: the SDK's container publishing, or a Dockerfile built on
    /// <c>mcr.microsoft.com/dotnet/</c>.
    /// </summary>
    private static ListeningEndpoint? ImageDefault(Dictionary<string, Variable> variables, IReadOnlyList<Dockerfile> dockerfiles, string? targetFramework, int? majorVersion)
    {
        var image = dockerfiles.Count == 0 ? "the SDK's aspnet base image" : BaseImage(dockerfiles);
        if (majorVersion is null || image is null)
        {
            return ListeningEndpoint.Unknowable(EndpointLevel.ImageDefault, "the base image");
        }

        if (majorVersion >= 8)
        {
            return new ListeningEndpoint(EndpointLevel.ImageDefault, EndpointHost.Any, 8080, "the aspnet image's ASPNETCORE_HTTP_PORTS default for " + targetFramework!.Trim());
        }

        // The image's variable is a urls setting; one of the same name in the project replaces it.
        return variables.ContainsKey("ASPNETCORE_URLS")
            ? null
            : new ListeningEndpoint(EndpointLevel.Urls, EndpointHost.Any, 80, "the aspnet image's ASPNETCORE_URLS default (http://+:80) for " + targetFramework!.Trim());
    }

    /// <summary>The base image every Dockerfile's final stage starts from, when all are .NET images; null otherwise.</summary>
    private static string? BaseImage(IReadOnlyList<Dockerfile> dockerfiles)
    {
        foreach (var dockerfile in dockerfiles)
        {
            var chain = dockerfile.FinalStageChain();
            if (chain.Count == 0 || !chain[chain.Count - 1].BaseImage.StartsWith("mcr.microsoft.com/dotnet/", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return "the Dockerfile's base image";
    }

    /// <summary>The host environment the container runs in; null when a variable sets it to a value this model cannot read.</summary>
    private static string? EnvironmentName(Dictionary<string, Variable> variables, IReadOnlyCollection<string> definedNames)
    {
        foreach (var name in EnvironmentVariables)
        {
            if (variables.TryGetValue(name, out var variable))
            {
                return variable.Value is { } value && value.IndexOf('$') < 0 ? value.Trim() : null;
            }

            if (definedNames.Contains(name))
            {
                return null;
            }
        }

        return Production;
    }

    private static readonly string[] EnvironmentVariables = { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" };

    /// <summary>
    /// Several Dockerfiles (<c>Dockerfile</c>, <c>Dockerfile.dev</c>) may each build the image: they
    /// agree when they set the same endpoint and environment variables to the same values and all
    /// start from a .NET image or none does.
    /// </summary>
    private static bool DockerfilesAgree(IReadOnlyList<Dockerfile> dockerfiles)
    {
        var settings = dockerfiles
            .Select(dockerfile => string.Join(
                "\n",
                dockerfile.FinalStageChain().Reverse().SelectMany(stage => stage.Env)
                    .Where(variable => Level(ConfigurationKey(variable.Name)) is not null || Array.IndexOf(EnvironmentVariables, variable.Name) >= 0)
                    .GroupBy(variable => variable.Name, StringComparer.Ordinal)
                    .Select(group => group.Key + "=" + group.Last().Value)
                    .OrderBy(entry => entry, StringComparer.Ordinal))
                + "\n" + (BaseImage(new[] { dockerfile }) is not null))
            .Distinct(StringComparer.Ordinal);
        return settings.Count() <= 1;
    }

    /// <summary>The variables with the value the container starts with: its <c>env</c> (the last of a name wins), else the Dockerfile's <c>ENV</c> (null when not a literal).</summary>
    private static Dictionary<string, Variable> Variables(SelectedContainer selected, IReadOnlyList<Dockerfile> dockerfiles)
    {
        var variables = new Dictionary<string, Variable>(StringComparer.Ordinal);
        foreach (var dockerfile in dockerfiles)
        {
            foreach (var stage in dockerfile.FinalStageChain().Reverse())
            {
                foreach (var variable in stage.Env)
                {
                    variables[variable.Name] = new Variable(variable.Value, FromDockerfile: true);
                }
            }
        }

        foreach (var variable in selected.Container.Env)
        {
            if (variable.Name is { } name)
            {
                // A value of the wrong YAML type (POD0002) is not what the server would store.
                var value = variable.HasValueFrom || variable.Value is { IsWellTyped: false } ? null : variable.Value?.Value ?? string.Empty;
                variables[name.Value] = new Variable(value, FromDockerfile: false);
            }
        }

        return variables;
    }

    private sealed record Variable(string? Value, bool FromDockerfile);
}
