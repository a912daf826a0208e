using System.Collections.Generic;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Kubernetes.Scheduling;

/// <summary>
/// Every node of the project's node lists (<c>kind: Node</c> documents and <c>List</c>s of them),
/// in the order of file path, then document. Empty when the project has no node list: the
/// inventory rules then stay silent.
/// </summary>
internal sealed class NodeInventory
{
    public static readonly NodeInventory Empty = new(new InventoryNode[0]);

    public NodeInventory(IReadOnlyList<InventoryNode> nodes) => Nodes = nodes;

    public IReadOnlyList<InventoryNode> Nodes { get; }

    public bool IsEmpty => Nodes.Count == 0;

    public static NodeInventory From(IEnumerable<ManifestFile> manifests)
    {
        var sorted = new List<ManifestFile>(manifests);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var nodes = new List<InventoryNode>();
        foreach (var manifest in sorted)
        {
            foreach (var node in manifest.Nodes)
            {
                var labels = new Dictionary<string, string>(System.StringComparer.Ordinal);
                foreach (var label in node.Labels)
                {
                    labels[label.Key.Value] = label.Value.Value;
                }

                nodes.Add(new InventoryNode(node.Name.Value, labels));
            }
        }

        return nodes.Count == 0 ? Empty : new NodeInventory(nodes);
    }

    public InventoryNode? Find(string name)
    {
        foreach (var node in Nodes)
        {
            if (node.Name == name)
            {
                return node;
            }
        }

        return null;
    }
}

/// <summary>A node as the scheduler sees it: its name and its labels.</summary>
internal sealed class InventoryNode
{
    public InventoryNode(string name, IReadOnlyDictionary<string, string> labels)
    {
        Name = name;
        Labels = labels;
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }
}
