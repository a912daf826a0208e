using System.Collections.Generic;
using PodAnalyzers.Manifests;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// A ConfigMap or Secret (<c>v1</c>) of the project, as <c>envFrom</c> sees it: its kind, name,
/// namespace and key names. Never its values: a Secret's values are not read into this model, so
/// they cannot reach generated code or a message.
/// </summary>
/// <param name="Kind"><c>ConfigMap</c> or <c>Secret</c>.</param>
/// <param name="Keys">The keys of <c>data</c> and <c>binaryData</c> (ConfigMap), <c>data</c> and <c>stringData</c> (Secret), in file order.</param>
internal sealed record ConfigSource(string Kind, string Name, string? Namespace, IReadOnlyList<string> Keys)
{
    public const string ConfigMapKind = "ConfigMap";
    public const string SecretKind = "Secret";

    /// <summary>The ConfigMaps and Secrets among a file's objects (List items included); objects without a name are left out.</summary>
    public static IEnumerable<ConfigSource> In(ManifestFile file)
    {
        foreach (var item in file.Objects)
        {
            var kind = item.Kind.Value;
            if (kind is not (ConfigMapKind or SecretKind)
                || item.ApiVersion is not YamlScalar { IsString: true, Value: "v1" }
                || item.Root.Find("metadata")?.Value is not YamlMapping metadata
                || metadata.Find("name")?.Value is not YamlScalar { IsString: true } name
                || name.Value.Length == 0)
            {
                continue;
            }

            var ns = metadata.Find("namespace")?.Value is YamlScalar { IsString: true } namespaceValue && namespaceValue.Value.Length > 0
                ? namespaceValue.Value
                : null;
            var keys = new List<string>();
            foreach (var field in kind == ConfigMapKind ? new[] { "data", "binaryData" } : new[] { "data", "stringData" })
            {
                if (item.Root.Find(field)?.Value is YamlMapping map)
                {
                    foreach (var entry in map.Entries)
                    {
                        if (entry.Key is YamlScalar { IsNull: false } key && !keys.Contains(key.Value))
                        {
                            keys.Add(key.Value);
                        }
                    }
                }
            }

            yield return new ConfigSource(kind, name.Value, ns, keys);
        }
    }
}
