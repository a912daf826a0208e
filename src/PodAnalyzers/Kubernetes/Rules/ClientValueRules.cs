using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD2013's checks of values that C# code puts into KubernetesClient models: the YAML rules' own
/// tables, parser and messages (POD1080, POD1081), for a value alone, without the manifest
/// around it.
/// </summary>
internal static class ClientValueRules
{
    /// <summary>
    /// An enumerated field's value outside the server's set for <paramref name="version"/>; null when
    /// accepted. "" is never reported: defaulting fills most of them in, and a property left empty
    /// in code is usually not set at all.
    /// </summary>
    public static string? EnumError(EnumField field, string path, string value, KubernetesVersion version)
    {
        if (value.Length == 0
            || EnumValues.Supported(field, version) is not { } supported
            || EnumValues.Contains(supported, value)
            || EnumValues.IsGated(field, value, version))
        {
            return null;
        }

        return EnumMessages.NotSupported(path, GoValues.TypedString(value, version), supported);
    }

    /// <summary>A quantity the server's parser refuses (the decoder's error text), as a field error of <paramref name="path"/>; null when it parses.</summary>
    public static string? QuantityError(string path, string text) =>
        Quantity.Parse(text, out var error) is null ? FieldErrors.Invalid(path, text, error!) : null;
}
