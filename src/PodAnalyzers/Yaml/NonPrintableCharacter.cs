using System.Globalization;

namespace PodAnalyzers.Yaml;

/// <summary>
/// YAML streams may hold only printable characters (YAML 1.2 §5.1); go-yaml, and so kubectl,
/// refuse control characters such as NUL. YamlDotNet is lenient, so binary files are caught here.
/// </summary>
internal static class NonPrintableCharacter
{
    public static YamlSyntaxError? Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsPrintable(character))
            {
                var code = ((int)character).ToString("X4", CultureInfo.InvariantCulture);
                return new YamlSyntaxError(
                    $"the character U+{code} is not allowed in YAML (is this a binary file?)",
                    TextPositions.SpanAt(text, i, 1));
            }
        }

        return null;
    }

    private static bool IsPrintable(char character) =>
        character is '\t' or '\n' or '\r' or '\u0085' or '\uFEFF'
        || (character >= '\u0020' && character <= '\u007E')
        || (character >= '\u00A0' && character <= '\uD7FF')
        || (character >= '\uE000' && character <= '\uFFFD');
}
