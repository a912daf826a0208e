using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PodAnalyzers.PackageTests;

/// <summary>
/// Packs PodAnalyzers once per test run into a temporary feed, under a version no NuGet cache has
/// seen, and restores consumers into a private package folder: nothing stale can be served.
/// </summary>
public sealed class PackagedFeed : IDisposable
{
    public PackagedFeed()
    {
        Version = "1.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Root = Directory.CreateTempSubdirectory("podanalyzers-package-tests-").FullName;
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        // Pack from a copy of the sources: the repository's own bin/obj stay untouched by this run.
        var sources = CopySources(Path.Combine(Root, "repo"));
        var project = Path.Combine(sources, "src", "PodAnalyzers.Package", "PodAnalyzers.Package.csproj");
        DotnetCli.Run(sources, Environment, "pack", project, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version)
            .EnsureSuccess("dotnet pack");
        PackagePath = Directory.GetFiles(FeedDirectory, "*.nupkg").Single();
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Version { get; }

    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string PackagePath { get; }

    /// <summary>Environment for every dotnet command of the package tests.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
        // Only the .NET 10 runtime is installed: let the net8.0 build run on it.
        ["DOTNET_ROLL_FORWARD"] = "Major",
    };

    /// <summary>A fresh consumer folder with a NuGet.config naming the local feed.</summary>
    public string NewConsumerDirectory(string name)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        var userPackages = Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="podanalyzers-test-feed" value="{FeedDirectory}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user-packages" value="{userPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    private static string CopySources(string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md", ".editorconfig" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(RepositoryRoot, file), Path.Combine(target, file));
        }

        var source = Path.Combine(RepositoryRoot, "src");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var segments = relative.Split(Path.DirectorySeparatorChar);
            if (segments.Contains("bin") || segments.Contains("obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PodAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PodAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackagedFeedCollection : ICollectionFixture<PackagedFeed>
{
    public const string Name = "Packaged feed";
}
