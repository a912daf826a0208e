using System;

namespace PodAnalyzers.Generation;

/// <summary>Shows manifest paths relative to the project, so generated text is the same on every machine.</summary>
internal sealed class ManifestPaths
{
    private readonly string projectDirectory;

    public ManifestPaths(string? projectDirectory) =>
        this.projectDirectory = Normalize(projectDirectory ?? string.Empty).TrimEnd('/');

    public string Display(string path)
    {
        var normalized = Normalize(path);
        var relative = projectDirectory.Length > 0 && normalized.StartsWith(projectDirectory + "/", StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(projectDirectory.Length + 1)
            : normalized.Substring(normalized.LastIndexOf('/') + 1);
        return CSharpLiterals.DocText(relative, maxLength: 200);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
