using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// A <c>kind: Node</c> object (a document, or an item of the <c>List</c> that
/// <c>kubectl get nodes -o yaml</c> writes): what the scheduler matches Pods against.
/// </summary>
internal sealed class Node
{
    public Node(string filePath, int documentIndex, SourceSpan objectSpan, Located<string> name, IReadOnlyList<StringMapEntry> labels)
    {
        FilePath = filePath;
        DocumentIndex = documentIndex;
        ObjectSpan = objectSpan;
        Name = name;
        Labels = labels;
    }

    public string FilePath { get; }

    public int DocumentIndex { get; }

    public SourceSpan ObjectSpan { get; }

    /// <summary><c>metadata.name</c>.</summary>
    public Located<string> Name { get; }

    /// <summary><c>metadata.labels</c> in document order.</summary>
    public IReadOnlyList<StringMapEntry> Labels { get; }
}
