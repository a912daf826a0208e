namespace PodAnalyzers.Generation;

/// <summary>
/// Prints the <c>Nodes</c> class beside <c>Pods</c>: one nested static class per node of the
/// inventory with its <c>Name</c> and <c>Labels</c>, so code refers to nodes by name safely. Same
/// literal safety and C# 7.3 compatibility as <see cref="PodsEmitter"/>; every name comes from the
/// <see cref="GenerationPlan"/>.
/// </summary>
internal static class NodesEmitter
{
    public static string Emit(NodesFile file, string @namespace)
    {
        var writer = new CodeWriter();
        writer.BeginFile(
            "the project's node inventory",
            "the manifests",
            @namespace,
            "Constants for every node of the project's node inventory (kind: Node documents, or the List that kubectl get nodes -o yaml writes).",
            GeneratedMemberNames.NodesClass);
        for (var i = 0; i < file.Nodes.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            EmitNode(writer, file.Nodes[i]);
        }

        writer.EndFile();
        return writer.Finish();
    }

    private static void EmitNode(CodeWriter writer, NamedNode named)
    {
        var node = named.Node;
        writer.OpenObjectClass("Node", node.Name, named.Origin, node.Line, named.Identifier);
        writer.Summary("<c>metadata.name</c>: the node's name, as <c>spec.nodeName</c> and <c>kubernetes.io/hostname</c> selectors use it.");
        writer.StringConstant(GeneratedMemberNames.Name, node.Name);
        StringGroups.Write(writer, GeneratedMemberNames.Labels, "The node's labels: label key → value.", node.Labels, named.Labels);
        writer.Close();
    }
}
