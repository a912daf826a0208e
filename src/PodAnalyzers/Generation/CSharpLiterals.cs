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
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (character is >= ' ' and <= '~' and not '"' and not '\\')
            {
                continue;
            }

            // Safe characters are copied in runs: most values need no escape at all.
            builder.Append(value, runStart, i - runStart);
            runStart = i + 1;
            if (character is '"' or '\\')
            {
                builder.Append('\\').Append(character);
            }
            else
            {
                builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append(value, runStart, value.Length - runStart).Append('"');
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
        if (text.Length <= maxLength && IsPlainDocText(text))
        {
            return builder.Append(text);
        }

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

    /// <summary>Printable ASCII without markup: the common case, copied as it is.</summary>
    private static bool IsPlainDocText(string text)
    {
        foreach (var character in text)
        {
            if (character is < ' ' or > '~' or '&' or '<' or '>')
            {
                return false;
            }
        }

        return true;
    }

    // C# also ends a line at U+0085, U+2028 and U+2029; bidi controls could disguise the comment.
    private static bool IsLineOrFormatBreak(char character) =>
        character is '\u0085' or '\u2028' or '\u2029' || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Format;
}
