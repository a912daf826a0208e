using System.Globalization;
using System.Text;

namespace PodAnalyzers.Tests.Robustness;

/// <summary>Writes any .NET string (lone surrogates included) as a YAML double-quoted scalar.</summary>
internal static class YamlQuoting
{
    public enum Style
    {
        /// <summary>Escape only what must be escaped; everything printable stays literal (tabs too).</summary>
        Minimal,

        /// <summary>Every character as <c>\uXXXX</c>.</summary>
        AllEscaped,

        /// <summary>YAML's named escapes (<c>\n \t \N \L \P \_ \e \/ \x41 \U0001F600</c>) wherever one exists.</summary>
        Named,
    }

    public static string DoubleQuoted(string value, Style style = Style.Minimal)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            if (style == Style.AllEscaped)
            {
                Unicode(builder, character);
                continue;
            }

            if (style == Style.Named && char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(character, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                continue;
            }

            if (style == Style.Named && Named(character) is { } named)
            {
                builder.Append(named);
                continue;
            }

            if (character is '"' or '\\')
            {
                builder.Append('\\').Append(character);
            }
            else if (MustEscape(value, i))
            {
                Unicode(builder, character);
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.Append('"').ToString();
    }

    public static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MustEscape(string value, int i)
    {
        var character = value[i];
        if (char.IsHighSurrogate(character))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        if (char.IsLowSurrogate(character))
        {
            return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        }

        // Line breaks would be folded; a BOM may be dropped; '{' could spell a Helm action ("{{ if").
        return character is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '{' or '\uFFFE' or '\uFFFF'
            || (character < ' ' && character != '\t')
            || (character >= '\u007F' && character <= '\u009F');
    }

    private static string? Named(char character) => character switch
    {
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\v' => "\\v",
        '\f' => "\\f",
        '\r' => "\\r",
        '\u001B' => "\\e",
        ' ' => "\\ ",
        '/' => "\\/",
        '\u0085' => "\\N",
        '\u00A0' => "\\_",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        < ' ' or (>= '\u007F' and <= '\u00FF') => "\\x" + ((int)character).ToString("X2", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static void Unicode(StringBuilder builder, char character) =>
        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
}
