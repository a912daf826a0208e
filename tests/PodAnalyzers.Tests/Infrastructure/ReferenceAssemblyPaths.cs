using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>The .NET 8 reference assemblies the test project downloads at restore time (PackageDownload).</summary>
internal static class ReferenceAssemblyPaths
{
    private static readonly Lazy<IReadOnlyList<string>> Net80Paths = new(() =>
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var directory = Path.Combine(packages, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Reference assemblies not restored: {directory}. Run dotnet restore.");
        }

        return Directory.GetFiles(directory, "*.dll").OrderBy(path => path, StringComparer.Ordinal).ToList();
    });

    public static IReadOnlyList<string> Net80 => Net80Paths.Value;
}
