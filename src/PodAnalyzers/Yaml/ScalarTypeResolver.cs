using System;

namespace PodAnalyzers.Yaml;

/// <summary>
/// Resolves a scalar to the type kubectl gives it. kubectl reads YAML with go-yaml v2 (YAML 1.1
/// rules): <c>yes</c>, <c>on</c>, <c>y</c> are booleans and <c>0x1F</c>, <c>0777</c>, <c>1_000</c> are integers,
/// which the API server then refuses where it expects a string.
/// </summary>
internal static class ScalarTypeResolver
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    public static YamlScalarType Resolve(string value, string? tag, bool isPlain)
    {
        if (!string.IsNullOrEmpty(tag) && tag != "!")
        {
            return ResolveTag(tag!, value, isPlain);
        }

        return isPlain && tag is null ? ResolvePlain(value) : YamlScalarType.String;
    }

    private static YamlScalarType ResolveTag(string tag, string value, bool isPlain)
    {
        var name = tag.StartsWith(TagPrefix, StringComparison.Ordinal) ? tag.Substring(TagPrefix.Length) : tag;
        return name switch
        {
            "str" or "binary" or "timestamp" => YamlScalarType.String,
            "int" => YamlScalarType.Int,
            "float" => YamlScalarType.Float,
            "bool" => YamlScalarType.Bool,
            "null" => YamlScalarType.Null,
            // Unknown local tags: go-yaml ignores them and resolves the text as usual.
            _ => isPlain ? ResolvePlain(value) : YamlScalarType.String,
        };
    }

    private static YamlScalarType ResolvePlain(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return YamlScalarType.Null;
            case "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO"
                or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                or "on" or "On" or "ON" or "off" or "Off" or "OFF":
                return YamlScalarType.Bool;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF"
                or ".nan" or ".NaN" or ".NAN":
                return YamlScalarType.Float;
        }

        var first = value[0];
        if (first is not ((>= '0' and <= '9') or '-' or '+' or '.'))
        {
            return YamlScalarType.String;
        }

        var withoutUnderscores = value.IndexOf('_') >= 0 ? value.Replace("_", string.Empty) : value;
        if (NumberSyntax.IsInteger(withoutUnderscores))
        {
            return YamlScalarType.Int;
        }

        return NumberSyntax.IsFloat(withoutUnderscores) ? YamlScalarType.Float : YamlScalarType.String;
    }
}
