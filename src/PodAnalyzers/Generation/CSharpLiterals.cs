using System.Globalization;
using System.Text;

namespace PodAnalyzers.Generation;

/// <summary>Writes manifest text into C# source so that nothing in it can change the code around it.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A regular string literal equal to <paramref name="value"/>. Everything outside printable
    /// ASCII is escaped, so line breaks, lone surrogates and bidirectional controls are inert.
    /// </summary>
    public static string String(string value) => AppendString(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends <see cref="String"/>'s literal without an intermediate string.</summary>
    public static StringBuilder AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case >= ' ' and <= '~':
                    builder.Append(character);
                    break;
                default:
                    builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>
    /// Text safe inside an XML doc comment line: markup escaped, line breaks and other control or
    /// unpaired characters replaced, long text shortened.
    /// </summary>
    public static string DocText(string text, int maxLength = 120) =>
        AppendDocText(new StringBuilder(System.Math.Min(text.Length, maxLength) + 8), text, maxLength).ToString();

    /// <summary>Appends <see cref="DocText"/>'s text without an intermediate string.</summary>
    public static StringBuilder AppendDocText(StringBuilder builder, string text, int maxLength = 120)
    {
        var start = builder.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (builder.Length - start >= maxLength)
            {
                builder.Append("...");
                break;
            }

            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(character).Append(text[++i]);
                continue;
            }

            switch (character)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case >= ' ' and <= '~':
                    builder.Append(character);
                    break;
                default:
                    builder.Append(char.IsControl(character) || char.IsSurrogate(character) || IsLineOrFormatBreak(character) ? '?' : character);
                    break;
            }
        }

        return builder;
    }

    // C# also ends a line at U+0085, U+2028 and U+2029; bidi controls could disguise the comment.
    private static bool IsLineOrFormatBreak(char character) =>
        character is '\u0085' or '\u2028' or '\u2029' || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Format;
}
