namespace PodAnalyzers.Kubernetes.Schema;

/// <summary>Where the OpenAPI document of one minor came from (the generated table's header).</summary>
internal sealed class SchemaSource
{
    public SchemaSource(int minor, string repository, string commit, string path, string blob)
    {
        Minor = new KubernetesVersion(minor);
        Repository = repository;
        Commit = commit;
        Path = path;
        Blob = blob;
    }

    public KubernetesVersion Minor { get; }

    /// <summary>The GitHub repository, owner/name.</summary>
    public string Repository { get; }

    public string Commit { get; }

    /// <summary>The document's path in the repository at <see cref="Commit"/>.</summary>
    public string Path { get; }

    /// <summary>The document's git blob id, which proves which bytes were read.</summary>
    public string Blob { get; }
}
