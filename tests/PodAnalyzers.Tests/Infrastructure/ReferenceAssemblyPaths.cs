using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>The .NET 8 reference assemblies and KubernetesClient, which the test project downloads at restore time (PackageDownload).</summary>
internal static class ReferenceAssemblyPaths
{
    private static readonly Lazy<IReadOnlyList<string>> Net80Paths = new(() =>
    {
        var directory = Path.Combine(Packages, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Reference assemblies not restored: {directory}. Run dotnet restore.");
        }

        return Directory.GetFiles(directory, "*.dll").OrderBy(path => path, StringComparer.Ordinal).ToList();
    });

    private static readonly Lazy<string> KubernetesClientPath = new(() =>
    {
        var version = typeof(ReferenceAssemblyPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "KubernetesClientVersion").Value!;
        var path = Path.Combine(Packages, "kubernetesclient", version, "lib", "net8.0", "KubernetesClient.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"KubernetesClient not restored: {path}. Run dotnet restore.", path);
        }

        return path;
    });

    public static IReadOnlyList<string> Net80 => Net80Paths.Value;

    /// <summary>KubernetesClient.dll (net8.0) of the version the test project downloads at restore time.</summary>
    public static string KubernetesClient => KubernetesClientPath.Value;

    private static string Packages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
