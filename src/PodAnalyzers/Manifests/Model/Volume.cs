using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <param name="Path">e.g. <c>spec.volumes[0]</c>.</param>
/// <param name="Sources">The keys naming a volume source (<c>emptyDir</c>, <c>configMap</c>, ...), positioned on the key.</param>
internal sealed record Volume(
    string Path,
    SourceSpan Span,
    Located<string>? Name,
    IReadOnlyList<Located<string>> Sources);
