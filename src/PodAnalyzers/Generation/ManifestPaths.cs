using System;

namespace PodAnalyzers.Generation;

/// <summary>Shows manifest paths relative to the project, so generated text is the same on every machine.</summary>
internal sealed class ManifestPaths
{
    private readonly string projectDirectory;

    public ManifestPaths(string? projectDirectory) =>
        this.projectDirectory = Normalize(projectDirectory ?? string.Empty).TrimEnd('/');

    /// <summary>The path for a doc comment: relative, escaped, bounded.</summary>
    public string Display(string path) => ForDocs(Relative(path));

    /// <summary>A relative path made safe for doc comments and generated comments, and bounded.</summary>
    public static string ForDocs(string relativePath) => CSharpLiterals.DocText(relativePath, maxLength: 200);

    /// <summary>The path below the project directory with '/' separators, or the file name when it lies elsewhere.</summary>
    public string Relative(string path)
    {
        var normalized = Normalize(path);
        return projectDirectory.Length > 0 && normalized.StartsWith(projectDirectory + "/", StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(projectDirectory.Length + 1)
            : normalized.Substring(normalized.LastIndexOf('/') + 1);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
