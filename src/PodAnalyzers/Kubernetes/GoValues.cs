using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes;

/// <summary>
/// How field.Error prints a bad value that is neither a string nor a number: Go's <c>%#v</c> up
/// to Kubernetes 1.33, <c>json.Marshal</c> from 1.34 (apimachinery pkg/util/validation/field/errors.go).
/// </summary>
internal static class GoValues
{
    /// <summary>The first version whose field errors print composite values and named string types as JSON.</summary>
    public const int JsonMinor = 34;

    /// <summary>A map[string]string; <paramref name="isNil"/> for a map that was never written.</summary>
    public static string StringMap(IReadOnlyList<StringMapEntry> entries, bool isNil, KubernetesVersion version)
    {
        var sorted = entries.OrderBy(entry => entry.Key.Value, System.StringComparer.Ordinal).ToList();
        var json = version.IsAtLeast(JsonMinor);
        if (isNil)
        {
            return json ? "null" : "map[string]string(nil)";
        }

        var builder = new StringBuilder(json ? "{" : "map[string]string{");
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(json ? "," : ", ");
            }

            builder.Append(Quote(sorted[i].Key.Value, json)).Append(':').Append(Quote(sorted[i].Value.Value, json));
        }

        return builder.Append('}').ToString();
    }

    /// <summary>
    /// A value of a named string type (TolerationOperator, TaintEffect): field.Error has no case
    /// for it, so %#v (a quoted string) up to 1.33 and JSON from 1.34.
    /// </summary>
    public static string TypedString(string value, KubernetesVersion version) =>
        version.IsAtLeast(JsonMinor) ? JsonQuote(value) : FieldErrors.GoQuote(value);

    /// <summary>A []string that is not nil (dnsConfig.nameservers, dnsConfig.searches).</summary>
    public static string StringList(IReadOnlyList<string> values, KubernetesVersion version)
    {
        var json = version.IsAtLeast(JsonMinor);
        var builder = new StringBuilder(json ? "[" : "[]string{");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(json ? "," : ", ");
            }

            builder.Append(Quote(values[i], json));
        }

        return builder.Append(json ? ']' : '}').ToString();
    }

    /// <summary>A *metav1.LabelSelector (never nil here).</summary>
    public static string Selector(LabelSelector selector, KubernetesVersion version)
    {
        if (version.IsAtLeast(JsonMinor))
        {
            // Both fields are omitempty; so is a requirement's values.
            var parts = new List<string>(2);
            if (selector.MatchLabels.Entries.Count > 0)
            {
                parts.Add("\"matchLabels\":" + StringMap(selector.MatchLabels.Entries, isNil: false, version));
            }

            if (selector.MatchExpressions.Count > 0)
            {
                parts.Add("\"matchExpressions\":[" + string.Join(",", selector.MatchExpressions.Select(RequirementJson)) + "]");
            }

            return "{" + string.Join(",", parts) + "}";
        }

        var labels = StringMap(selector.MatchLabels.Entries, isNil: !selector.HasMatchLabels, version);
        var expressions = !selector.HasMatchExpressions
            ? "[]v1.LabelSelectorRequirement(nil)"
            : "[]v1.LabelSelectorRequirement{" + string.Join(", ", selector.MatchExpressions.Select(RequirementGo)) + "}";
        return "v1.LabelSelector{MatchLabels:" + labels + ", MatchExpressions:" + expressions + "}";
    }

    private static string RequirementJson(LabelSelectorRequirement requirement)
    {
        var builder = new StringBuilder("{\"key\":").Append(Quote(requirement.Key?.Value ?? string.Empty, json: true))
            .Append(",\"operator\":").Append(Quote(requirement.Operator?.Value ?? string.Empty, json: true));
        if (requirement.Values.Count > 0)
        {
            builder.Append(",\"values\":[").Append(string.Join(",", requirement.Values.Select(value => Quote(value.Value, json: true)))).Append(']');
        }

        return builder.Append('}').ToString();
    }

    private static string RequirementGo(LabelSelectorRequirement requirement)
    {
        var values = !requirement.HasValues
            ? "[]string(nil)"
            : "[]string{" + string.Join(", ", requirement.Values.Select(value => Quote(value.Value, json: false))) + "}";
        return "v1.LabelSelectorRequirement{Key:" + Quote(requirement.Key?.Value ?? string.Empty, json: false)
            + ", Operator:" + Quote(requirement.Operator?.Value ?? string.Empty, json: false)
            + ", Values:" + values + "}";
    }

    private static string Quote(string value, bool json) => json ? JsonQuote(value) : FieldErrors.GoQuote(value);

    /// <summary>encoding/json's string encoding (HTML-safe, as json.Marshal does; Go 1.22+ writes \b and \f).</summary>
    public static string JsonQuote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var character = value[i];
            switch (character)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
            }

            if (character < ' ' || character is '<' or '>' or '&' or '\u2028' or '\u2029')
            {
                builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else if (char.IsHighSurrogate(character) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(character).Append(value[++i]);
            }
            else if (char.IsSurrogate(character))
            {
                builder.Append("\\ufffd");
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.Append('"').ToString();
    }
}
