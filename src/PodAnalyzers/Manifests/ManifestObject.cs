using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests;

/// <summary>
/// A Kubernetes object of the file (a document, or an item of a <c>List</c>): what strict
/// decoding checks against the schema of the target version.
/// </summary>
/// <param name="Kind">The <c>kind</c> value.</param>
/// <param name="ApiVersion">The <c>apiVersion</c> value; null when the object has none.</param>
internal sealed record ManifestObject(YamlScalar Kind, YamlNode? ApiVersion, YamlMapping Root, int DocumentIndex);
