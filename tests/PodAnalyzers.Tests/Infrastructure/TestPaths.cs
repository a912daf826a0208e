using System;
using System.IO;

namespace PodAnalyzers.Tests.Infrastructure;

internal static class TestPaths
{
    /// <summary>The repository root: the folder holding PodAnalyzers.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared corpus of real manifests, beside the repository (absent outside this workplace).</summary>
    public static string CorpusDirectory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    public static bool CorpusExists => File.Exists(Path.Combine(CorpusDirectory, "index.tsv"));

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
