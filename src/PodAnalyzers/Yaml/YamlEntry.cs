namespace PodAnalyzers.Yaml;

/// <summary>One key/value pair of a mapping.</summary>
internal sealed class YamlEntry
{
    public YamlEntry(YamlNode key, YamlNode value)
    {
        Key = key;
        Value = value;

        // Kept rather than derived on each read: YamlMapping.Find compares it for every field a rule reads.
        KeyText = key is YamlScalar scalar ? scalar.Value : string.Empty;
    }

    public YamlNode Key { get; }

    public YamlNode Value { get; }

    /// <summary>The key as JSON sees it: a scalar's text; empty for a complex key.</summary>
    public string KeyText { get; }
}
