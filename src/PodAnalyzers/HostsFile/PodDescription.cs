using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.HostsFile;

/// <summary>How POD2001's message and code actions name a pod source the entries could move to.</summary>
internal static class PodDescription
{
    /// <summary><c>pod 'web' (k8s/pod.yaml)</c>, <c>Deployment 'api' (k8s/api.yaml)</c>.</summary>
    public static string Of(PodSource pod, string displayPath)
    {
        var kind = pod.IsWorkload ? pod.Kind : "pod";
        var name = pod.Metadata.Name?.Value ?? pod.Metadata.GenerateName?.Value ?? "(unnamed)";
        return kind + " '" + name + "' (" + displayPath + ")";
    }

    /// <summary>The code action that merges the entries into <paramref name="pod"/>'s <c>spec.hostAliases</c>.</summary>
    public static string AddToHostAliasesTitle(PodSource pod, string displayPath) => "Add to hostAliases of " + Of(pod, displayPath);
}
