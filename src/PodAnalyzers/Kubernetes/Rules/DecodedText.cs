using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>A string field as Go decodes it, for rules that must tell an absent field from a wrongly typed one.</summary>
internal static class DecodedText
{
    /// <summary>
    /// "" when absent or null, else the string. False when the field holds another YAML type:
    /// strict decoding (POD0002) reported it, and the server never got to validate.
    /// </summary>
    public static bool TryGet(FieldNode field, out string text)
    {
        text = string.Empty;
        if (!field.IsPresent)
        {
            return true;
        }

        if (field.AsString() is not { } written)
        {
            return false;
        }

        text = written.Value;
        return true;
    }
}
