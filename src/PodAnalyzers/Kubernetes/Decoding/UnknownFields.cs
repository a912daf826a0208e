using PodAnalyzers.Kubernetes.Schema;

namespace PodAnalyzers.Kubernetes.Decoding;

/// <summary>The wording of POD0010: the server's, then what the key probably meant.</summary>
internal static class UnknownFields
{
    public static string Message(string path, SchemaType type, string key, KubernetesVersion version)
    {
        var message = $"strict decoding error: unknown field {FieldErrors.GoQuote(path)}";
        if (KubernetesSchema.TryGetFieldMinors(type, key, out var first, out var last))
        {
            return first.Minor > version.Minor
                ? message + $"; {FieldErrors.GoQuote(key)} exists from Kubernetes 1.{first.Minor} (the target, PodAnalyzersKubernetesVersion, is 1.{version.Minor})"
                : message + $"; {FieldErrors.GoQuote(key)} existed up to Kubernetes 1.{last.Minor} (the target, PodAnalyzersKubernetesVersion, is 1.{version.Minor})";
        }

        return FieldSuggestion.For(key, KubernetesSchema.FieldNames(type, version)) is { } suggestion
            ? message + $"; did you mean {FieldErrors.GoQuote(suggestion)}?"
            : message;
    }
}
