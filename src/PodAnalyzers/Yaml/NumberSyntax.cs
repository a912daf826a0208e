namespace PodAnalyzers.Yaml;

/// <summary>
/// go-yaml v2's number syntax, matched by hand: these run for every plain scalar that starts like
/// a number, and a build runs them before the JIT has warmed up, where a regular expression costs
/// its construction and interpretation. Equivalent to
/// <c>^[-+]?(0b[01]+|0o?[0-7]+|0x[0-9a-fA-F]+|0|[1-9][0-9]*)$</c> and
/// <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c> on text without a final line break
/// (a plain scalar never has one); the tests check the equivalence.
/// </summary>
internal static class NumberSyntax
{
    public static bool IsInteger(string text)
    {
        var i = SignLength(text);
        if (i == text.Length)
        {
            return false;
        }

        if (text[i] != '0')
        {
            return text[i] is >= '1' and <= '9' && AllMatch(text, i + 1, IsDecimal);
        }

        if (i + 1 == text.Length)
        {
            return true;
        }

        return text[i + 1] switch
        {
            'b' => AtLeastOne(text, i + 2, IsBinary),
            'x' => AtLeastOne(text, i + 2, IsHex),
            'o' => AtLeastOne(text, i + 2, IsOctal),
            _ => AtLeastOne(text, i + 1, IsOctal),
        };
    }

    public static bool IsFloat(string text)
    {
        var i = SignLength(text);
        var integerDigits = CountDigits(text, i);
        i += integerDigits;
        if (i < text.Length && text[i] == '.')
        {
            var fractionDigits = CountDigits(text, i + 1);
            if (integerDigits == 0 && fractionDigits == 0)
            {
                return false;
            }

            i += 1 + fractionDigits;
        }
        else if (integerDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            i += i < text.Length && text[i] is '-' or '+' ? 1 : 0;
            var exponentDigits = CountDigits(text, i);
            if (exponentDigits == 0)
            {
                return false;
            }

            i += exponentDigits;
        }

        return i == text.Length;
    }

    private static int SignLength(string text) => text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;

    private static int CountDigits(string text, int from)
    {
        var end = from;
        while (end < text.Length && IsDecimal(text[end]))
        {
            end++;
        }

        return end - from;
    }

    private static bool AtLeastOne(string text, int from, System.Func<char, bool> isDigit) =>
        from < text.Length && AllMatch(text, from, isDigit);

    private static bool AllMatch(string text, int from, System.Func<char, bool> isDigit)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!isDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDecimal(char character) => character is >= '0' and <= '9';

    private static bool IsBinary(char character) => character is '0' or '1';

    private static bool IsOctal(char character) => character is >= '0' and <= '7';

    private static bool IsHex(char character) => character is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
