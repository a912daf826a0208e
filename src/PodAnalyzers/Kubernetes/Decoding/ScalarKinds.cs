using PodAnalyzers.Kubernetes.Schema;
using PodAnalyzers.Manifests.Reading;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Decoding;

/// <summary>
/// Whether a scalar decodes into a field of a scalar kind, as the JSON the YAML becomes decodes
/// into the Go type: quoted numbers are strings, <c>yes</c> is a boolean, an int32 holds no 2^31.
/// </summary>
internal static class ScalarKinds
{
    /// <summary>Null when <paramref name="scalar"/> (not null) fits <paramref name="kind"/>; else what the field expects, and a hint.</summary>
    public static (string Expected, string? Hint)? Mismatch(YamlScalar scalar, FieldKind kind) => kind switch
    {
        FieldKind.String or FieldKind.DateTime or FieldKind.Base64 =>
            scalar.IsString ? null : ("a string", WrongShape.QuoteHint(scalar)),
        FieldKind.Int32 => IsInteger(scalar, int.MinValue, int.MaxValue) ? null : (scalar.Type == YamlScalarType.Int ? "a 32-bit integer" : "an integer", NumberHint(scalar)),
        FieldKind.Int64 => IsInteger(scalar, long.MinValue, long.MaxValue) ? null : ("an integer", NumberHint(scalar)),
        FieldKind.Number => scalar.Type is YamlScalarType.Int or YamlScalarType.Float ? null : ("a number", NumberHint(scalar)),
        FieldKind.Boolean => scalar.Type == YamlScalarType.Bool ? null : ("a boolean", scalar.IsString ? "write true or false without quotes" : null),
        FieldKind.Quantity => scalar.Type is YamlScalarType.String or YamlScalarType.Int or YamlScalarType.Float ? null : ("a quantity (such as \"500m\" or \"1Gi\")", null),
        FieldKind.IntOrString => scalar.Type is YamlScalarType.String || IsInteger(scalar, int.MinValue, int.MaxValue) ? null : ("an integer or a string", scalar.Type == YamlScalarType.Float ? null : WrongShape.QuoteHint(scalar)),
        FieldKind.FreeForm or FieldKind.Object or FieldKind.Map => ("a mapping", null),
        FieldKind.List => ("a list", null),
        _ => null,
    };

    /// <summary>What a field of <paramref name="kind"/> holds, for a value of another shape.</summary>
    public static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.String or FieldKind.DateTime or FieldKind.Base64 => "a string",
        FieldKind.Int32 or FieldKind.Int64 => "an integer",
        FieldKind.Number => "a number",
        FieldKind.Boolean => "a boolean",
        FieldKind.Quantity => "a quantity (such as \"500m\" or \"1Gi\")",
        FieldKind.IntOrString => "an integer or a string",
        FieldKind.List => "a list",
        _ => "a mapping",
    };

    private static bool IsInteger(YamlScalar scalar, long min, long max) =>
        scalar.Type == YamlScalarType.Int && GoInteger.TryParse(scalar.Value, min, max, out _);

    private static string? NumberHint(YamlScalar scalar) =>
        scalar.IsString && !scalar.IsPlain && (NumberSyntax.IsInteger(scalar.Value) || NumberSyntax.IsFloat(scalar.Value))
            ? "write the number without quotes"
            : null;
}
