using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// The server's words for a value outside an enumeration. Every enumerated field has a named Go
/// string type (core.RestartPolicy, ...), which field.Error prints with <c>%#v</c> up to 1.33 and
/// with <c>json.Marshal</c> from 1.34 (the <c>case string</c> of ErrorBody matches only the plain
/// string type): the same quotes, different escapes.
/// </summary>
internal static class EnumMessages
{
    /// <summary>field.NotSupported: <c>path: Unsupported value: "x": supported values: "A", "B"</c> (each value strconv.Quote'd).</summary>
    public static string NotSupported(string path, string printedValue, IReadOnlyList<string> supported)
    {
        var builder = new StringBuilder(path).Append(": Unsupported value: ").Append(printedValue).Append(": supported values: ");
        for (var i = 0; i < supported.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(FieldErrors.GoQuote(supported[i]));
        }

        return builder.ToString();
    }

    /// <summary>Go's <c>%q</c> of a []string, as in <c>fmt.Sprintf("valid values: %q", sets.List(...))</c>: <c>["A" "B"]</c>.</summary>
    public static string GoStringSlice(IReadOnlyList<string> values)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : " ").Append(FieldErrors.GoQuote(values[i]));
        }

        return builder.Append(']').ToString();
    }

    /// <summary>
    /// An internal apps strategy struct with only its Type set (RollingUpdate nil), as field.Error
    /// prints it: <c>apps.DeploymentStrategy{Type:"x", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}</c>
    /// up to 1.33, <c>{"Type":"x","RollingUpdate":null}</c> from 1.34 (internal types have no JSON tags).
    /// </summary>
    public static string StrategyStruct(string goType, string rollingUpdateType, string type, KubernetesVersion version) =>
        version.IsAtLeast(GoValues.JsonMinor)
            ? "{\"Type\":" + GoValues.JsonQuote(type) + ",\"RollingUpdate\":null}"
            : "apps." + goType + "{Type:" + FieldErrors.GoQuote(type) + ", RollingUpdate:(*apps." + rollingUpdateType + ")(nil)}";
}
