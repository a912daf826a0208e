using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.Generation;

/// <summary>The source of <c>Nodes</c>: every node of the inventory, named, in plan order (file path, then document).</summary>
internal sealed record NodesFile(string HintName, EquatableArray<NamedNode> Nodes)
{
    /// <summary>Null when no manifest holds a node.</summary>
    public static NodesFile? Create(IEnumerable<ManifestModel> manifestsInPlanOrder, ManifestPaths paths)
    {
        var scope = GeneratedMemberNames.NewNodeScope();
        var nodes = manifestsInPlanOrder
            .Where(manifest => manifest.Nodes.Count > 0)
            .SelectMany(manifest =>
            {
                var origin = paths.Display(manifest.Path);
                return manifest.Nodes.Select(node => new NamedNode(
                    scope.Claim(node.Name),
                    node,
                    origin,
                    MemberNames.Of(node.Labels, GeneratedMemberNames.Labels)));
            })
            .ToEquatableArray();
        return nodes.Count > 0 ? new NodesFile(HintNames.NodeInventory, nodes) : null;
    }
}

/// <summary>A node, the name of its class under <c>Nodes</c>, where it is written, and the names of its labels.</summary>
/// <param name="Origin">The manifest's project-relative path, safe in comments.</param>
internal sealed record NamedNode(string Identifier, NodeModel Node, string Origin, EquatableArray<string> Labels);
