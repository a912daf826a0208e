using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PodAnalyzers.Kubernetes;

/// <summary>
/// The API server's error text (k8s.io/apimachinery field.Error): <c>&lt;path&gt;: &lt;type&gt;: &lt;value&gt;: &lt;detail&gt;</c>.
/// Shared by the YAML and the C# analyzers so both say exactly what <c>kubectl apply</c> would.
/// </summary>
internal static class FieldErrors
{
    public static string Invalid(string path, string value, string detail) =>
        $"{path}: Invalid value: {GoQuote(value)}: {detail}";

    /// <summary>One "Invalid value" message per detail, in order; none when the value is valid.</summary>
    public static IReadOnlyList<string> Invalid(string path, string value, IReadOnlyList<string> details)
    {
        if (details.Count == 0)
        {
            return System.Array.Empty<string>();
        }

        var messages = new string[details.Count];
        for (var i = 0; i < details.Count; i++)
        {
            messages[i] = Invalid(path, value, details[i]);
        }

        return messages;
    }

    /// <summary>An "Invalid value" whose value is already printed the server's way (a map, a struct: see GoValues).</summary>
    public static string InvalidPrinted(string path, string printedValue, string detail) =>
        detail.Length == 0 ? $"{path}: Invalid value: {printedValue}" : $"{path}: Invalid value: {printedValue}: {detail}";

    public static string Invalid(string path, int value, string detail) =>
        $"{path}: Invalid value: {value.ToString(CultureInfo.InvariantCulture)}: {detail}";

    public static string Invalid(string path, bool value, string detail) =>
        $"{path}: Invalid value: {(value ? "true" : "false")}: {detail}";

    public static string Required(string path, string? detail = null) =>
        detail is null ? $"{path}: Required value" : $"{path}: Required value: {detail}";

    public static string Duplicate(string path, string value) => $"{path}: Duplicate value: {GoQuote(value)}";

    public static string NotFound(string path, string value) => $"{path}: Not found: {GoQuote(value)}";

    public static string Forbidden(string path, string detail) => $"{path}: Forbidden: {detail}";

    public static string NotSupported(string path, string value, IEnumerable<string> supported) =>
        $"{path}: Unsupported value: {GoQuote(value)}: supported values: {string.Join(", ", supported.Select(GoQuote))}";

    /// <summary>A map entry's path as the server writes it: <c>metadata.labels[app]</c>.</summary>
    public static string Key(string path, string key) => path + "[" + key + "]";

    /// <summary>A list item's path: <c>spec.containers[2]</c>.</summary>
    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Go's <c>%q</c>: printable characters as they are, everything else escaped.</summary>
    public static string GoQuote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(character).Append(value[++i]);
            }
            else if (char.IsSurrogate(character))
            {
                builder.Append("\\ufffd");
            }
            else if (character < ' ' || character == '\u007f')
            {
                builder.Append("\\x").Append(((int)character).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (char.IsControl(character) || char.GetUnicodeCategory(character) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.Append('"').ToString();
    }
}
