namespace PodAnalyzers.Yaml;

/// <summary>A scalar with its text and the type YAML resolves it to.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, YamlScalarType type, bool isPlain, SourceSpan span)
        : base(span)
    {
        Value = value;
        Type = type;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's content after unquoting and folding.</summary>
    public string Value { get; }

    public YamlScalarType Type { get; }

    /// <summary>Written without quotes or block indicators.</summary>
    public bool IsPlain { get; }

    public bool IsString => Type == YamlScalarType.String;

    public bool IsNull => Type == YamlScalarType.Null;

    /// <summary>A boolean scalar that reads as true (<c>true</c>, <c>yes</c>, <c>on</c>, any case ScalarTypeResolver accepts).</summary>
    public bool IsTrue => Type == YamlScalarType.Bool && (Value.Length > 0 && Value[0] is 't' or 'T' or 'y' or 'Y' || Value is "on" or "On" or "ON");

    public override string Description => Type switch
    {
        YamlScalarType.Null => "null",
        YamlScalarType.Bool => "a boolean",
        YamlScalarType.Int => "an integer",
        YamlScalarType.Float => "a number",
        _ => "a string",
    };
}
