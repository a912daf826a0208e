using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// What an env var may take from the downward API (pkg/apis/core/validation): the pod fields of
/// <c>validEnvDownwardAPIFieldPathExpressions</c> and the container resources of
/// <c>validContainerResourceFieldPathExpressions</c>, plus the conversion of a v1 field label
/// (<c>pods.ConvertDownwardAPIFieldLabel</c>) that runs before them.
/// </summary>
internal static class DownwardApi
{
    /// <summary>The pod fields an env var's fieldRef may name, sorted as sets.List prints them.</summary>
    public static readonly IReadOnlyList<string> EnvFieldPaths = new[]
    {
        "metadata.name",
        "metadata.namespace",
        "metadata.uid",
        "spec.nodeName",
        "spec.serviceAccountName",
        "status.hostIP",
        "status.hostIPs",
        "status.podIP",
        "status.podIPs",
    };

    /// <summary>The container resources a resourceFieldRef may name besides the hugepages ones, sorted.</summary>
    public static readonly IReadOnlyList<string> ContainerResources = new[]
    {
        "limits.cpu",
        "limits.ephemeral-storage",
        "limits.memory",
        "requests.cpu",
        "requests.ephemeral-storage",
        "requests.memory",
    };

    /// <summary>The labels ConvertDownwardAPIFieldLabel accepts without a subscript (v1).</summary>
    private static readonly HashSet<string> ConvertibleLabels = new(System.StringComparer.Ordinal)
    {
        "metadata.annotations",
        "metadata.labels",
        "metadata.name",
        "metadata.namespace",
        "metadata.uid",
        "spec.nodeName",
        "spec.restartPolicy",
        "spec.serviceAccountName",
        "spec.schedulerName",
        "status.phase",
        "status.hostIP",
        "status.hostIPs",
        "status.podIP",
        "status.podIPs",
    };

    /// <summary>
    /// ConvertDownwardAPIFieldLabel: the internal field path, or the conversion error the server
    /// wraps in "error converting fieldPath: ...".
    /// </summary>
    public static string? ConvertFieldLabel(string apiVersion, string label, out string internalPath)
    {
        internalPath = label;
        if (apiVersion != "v1")
        {
            return "unsupported pod version: " + apiVersion;
        }

        if (SplitSubscript(label, out var path, out _))
        {
            return path is "metadata.annotations" or "metadata.labels" ? null : "field label does not support subscript: " + label;
        }

        if (label == "spec.host")
        {
            // Kept for old v1 clients.
            internalPath = "spec.nodeName";
            return null;
        }

        return ConvertibleLabels.Contains(label) ? null : "field label not supported: " + label;
    }

    /// <summary>fieldpath.SplitMaybeSubscriptedPath: "metadata.labels['app']" is ("metadata.labels", "app").</summary>
    public static bool SplitSubscript(string fieldPath, out string path, out string subscript)
    {
        path = fieldPath;
        subscript = string.Empty;
        if (!fieldPath.EndsWith("']", System.StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = fieldPath.Substring(0, fieldPath.Length - 2);
        var open = trimmed.IndexOf("['", System.StringComparison.Ordinal);
        if (open <= 0)
        {
            return false;
        }

        path = trimmed.Substring(0, open);
        subscript = trimmed.Substring(open + 2);
        return true;
    }

    public static bool IsEnvFieldPath(string path) => IndexOf(EnvFieldPaths, path) >= 0;

    /// <summary>validateContainerResourceFieldSelector: a listed resource, or any hugepages request or limit.</summary>
    public static bool IsContainerResource(string resource) =>
        IndexOf(ContainerResources, resource) >= 0
        || resource.StartsWith("requests.hugepages-", System.StringComparison.Ordinal)
        || resource.StartsWith("limits.hugepages-", System.StringComparison.Ordinal);

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
