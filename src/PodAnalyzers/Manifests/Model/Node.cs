using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// A <c>kind: Node</c> object (a document, or an item of the <c>List</c> that
/// <c>kubectl get nodes -o yaml</c> writes): what the scheduler matches Pods against.
/// </summary>
/// <param name="Name"><c>metadata.name</c>.</param>
/// <param name="Labels"><c>metadata.labels</c> in document order.</param>
internal sealed record Node(
    string FilePath,
    int DocumentIndex,
    SourceSpan ObjectSpan,
    Located<string> Name,
    IReadOnlyList<StringMapEntry> Labels);
