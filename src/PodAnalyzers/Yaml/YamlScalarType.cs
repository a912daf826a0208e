namespace PodAnalyzers.Yaml;

/// <summary>The JSON type a scalar becomes when kubectl converts YAML to JSON.</summary>
internal enum YamlScalarType
{
    String,
    Null,
    Bool,
    Int,
    Float,
}
