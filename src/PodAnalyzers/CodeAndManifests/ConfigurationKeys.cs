using System;
using System.Collections.Generic;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// The configuration keys the app finds at run time, as far as the project tells: the keys of
/// its <c>appsettings*.json</c> files and the environment of its container, read as the
/// environment-variables configuration provider reads it (<c>__</c> is <c>:</c>; the
/// <c>DOTNET_</c> and <c>ASPNETCORE_</c> prefixes of the host's providers dropped; the
/// <c>CUSTOMCONNSTR_</c>-style prefixes become <c>ConnectionStrings:</c>), case-insensitively.
/// A key is provided when it or a key below it is (a section).
/// </summary>
internal sealed class ConfigurationKeys
{
    private static readonly string[] HostPrefixes = { "DOTNET_", "ASPNETCORE_" };

    private static readonly string[] ConnectionStringPrefixes =
    {
        "MYSQLCONNSTR_", "SQLAZURECONNSTR_", "SQLCONNSTR_", "CUSTOMCONNSTR_", "POSTGRESQLCONNSTR_",
    };

    // Set by the host itself (HostDefaults) in the app's configuration, and what the .NET images'
    // variables become through the DOTNET_ and ASPNETCORE_ providers (ASPNETCORE_HTTP_PORTS is http_ports).
    private static readonly string[] HostKeys =
    {
        "applicationName", "environment", "contentRoot",
        "urls", "http_ports", "https_ports", "RUNNING_IN_CONTAINER", "VERSION", "USE_POLLING_FILE_WATCHER",
    };

    private readonly HashSet<string> keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> sorted;

    public ConfigurationKeys(IEnumerable<AppSettings> files, ContainerEnvironment environment)
    {
        foreach (var file in files)
        {
            keys.UnionWith(file.Keys);
        }

        foreach (var name in environment.Names)
        {
            AddVariable(name);
        }

        keys.UnionWith(HostKeys);
        sorted = new List<string>(keys);
        sorted.Sort(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The key, or a key below it (<c>A:B</c> for <c>A</c>), is provided; so is a key that is the
    /// name of a variable Kubernetes or the image sets (<see cref="ContainerEnvironment.IsSetByPlatform"/>).
    /// </summary>
    public bool Provides(string key)
    {
        if (keys.Contains(key) || ContainerEnvironment.IsSetByPlatform(key.ToUpperInvariant()))
        {
            return true;
        }

        var section = key + ":";
        foreach (var candidate in sorted)
        {
            if (candidate.StartsWith(section, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void AddVariable(string name)
    {
        Add(name);
        foreach (var prefix in HostPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                Add(name.Substring(prefix.Length));
            }
        }

        foreach (var prefix in ConnectionStringPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                Add("ConnectionStrings:" + name.Substring(prefix.Length));
            }
        }
    }

    private void Add(string variable)
    {
        if (variable.Length > 0)
        {
            keys.Add(variable.Replace("__", ":"));
        }
    }
}
