using System.Collections.Generic;

namespace PodAnalyzers.Generation;

/// <summary>
/// Emits the <c>Nodes</c> class beside <c>Pods</c>: one nested static class per node of the
/// inventory with its <c>Name</c> and <c>Labels</c>, so code refers to nodes by name safely. Same
/// identifier rules, clash suffixes, literal safety and C# 7.3 compatibility as <see cref="PodsEmitter"/>;
/// input order must already be deterministic (file path, then document).
/// </summary>
internal sealed class NodesEmitter
{
    public const string HintName = "NodeInventory" + HintNames.Suffix;

    private readonly CodeWriter writer = new();
    private readonly ManifestPaths paths;

    private NodesEmitter(ManifestPaths paths) => this.paths = paths;

    public static string Emit(IReadOnlyList<NodeModel> nodes, string @namespace, ManifestPaths paths)
    {
        var emitter = new NodesEmitter(paths);
        emitter.EmitFile(nodes, @namespace);
        return emitter.writer.Finish();
    }

    private void EmitFile(IReadOnlyList<NodeModel> nodes, string @namespace)
    {
        writer.BeginFile(
            "the project's node inventory",
            "the manifests",
            @namespace,
            "Constants for every node of the project's node inventory (kind: Node documents, or the List that kubectl get nodes -o yaml writes).",
            GeneratedMemberNames.NodesClass);
        var scope = GeneratedMemberNames.NewNodeScope();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            EmitNode(nodes[i], scope.Claim(nodes[i].Name));
        }

        writer.EndFile();
    }

    private void EmitNode(NodeModel node, string identifier)
    {
        writer.OpenObjectClass("Node", node.Name, paths.Display(node.SourcePath), node.Line, identifier);
        writer.Summary("<c>metadata.name</c>: the node's name, as <c>spec.nodeName</c> and <c>kubernetes.io/hostname</c> selectors use it.");
        writer.StringConstant("Name", node.Name);
        writer.StringGroup("Labels", "The node's labels: label key → value.", node.Labels);

        writer.Close();
    }
}
