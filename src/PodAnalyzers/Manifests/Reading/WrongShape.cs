using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>The wording of POD0002, shared by the model's reader and strict decoding.</summary>
internal static class WrongShape
{
    public static string Message(YamlNode node, string path, string expected, string? hint)
    {
        var found = node is YamlScalar scalar && scalar.Value.Length <= 64 && !HasControlCharacters(scalar.Value)
            ? $"{node.Description} ({scalar.Value})"
            : node.Description;
        var message = $"{path}: expected {expected}, found {found}";
        return hint is null ? message : message + "; " + hint;
    }

    /// <summary>For a scalar YAML reads as another type than the string the field needs.</summary>
    public static string QuoteHint(YamlScalar scalar) =>
        $"quote it (\"{scalar.Value}\") so that YAML reads it as a string";

    private static bool HasControlCharacters(string text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) || char.IsSurrogate(character))
            {
                return true;
            }
        }

        return false;
    }
}
