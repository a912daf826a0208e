using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Scheduling;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1005 (no node of the inventory satisfies the Pod's nodeSelector and required node affinity)
/// and POD1012 (<c>spec.nodeName</c> names a node absent from the inventory, or one that does not
/// satisfy the selection). The inventory is project-wide; without one both stay silent.
/// </summary>
internal static class NodeInventoryRules
{
    private const int MaxMissesShown = 3;

    public static void Check(PodSource pod, NodeInventory inventory, RuleContext context)
    {
        if (inventory.IsEmpty || NodeSelection.From(pod.Spec) is not { } selection)
        {
            return;
        }

        foreach (var reason in NodeAffinityMatcher.Explain(selection, inventory))
        {
            context.Report(Rule.UnsatisfiableNodeSelection, reason.Span, $"{reason.Path}: {reason.Reason}{ClosestNodes(selection, inventory)}");
        }

        CheckNodeName(pod, selection, inventory, context);
    }

    private static void CheckNodeName(PodSource pod, NodeSelection selection, NodeInventory inventory, RuleContext context)
    {
        if (pod.Spec.NodeName is not { IsWellTyped: true, Value.Length: > 0 } nodeName)
        {
            return;
        }

        var path = pod.Spec.Path + ".nodeName";
        if (inventory.Find(nodeName.Value) is not { } node)
        {
            context.Report(
                Rule.NodeNameOutsideInventory,
                nodeName.Span,
                $"{path}: node {FieldErrors.GoQuote(nodeName.Value)} is not in the node inventory ({Count(inventory.Nodes.Count)}){Suggestion(nodeName.Value, inventory)}; the Pod would never run");
            return;
        }

        var misses = NodeAffinityMatcher.Misses(selection, node);
        if (misses.Count > 0)
        {
            context.Report(
                Rule.NodeNameOutsideInventory,
                nodeName.Span,
                $"{path}: node {FieldErrors.GoQuote(node.Name)} does not satisfy the Pod's node selection (misses {Describe(misses, node)}); the kubelet rejects the Pod (NodeAffinity)");
        }
    }

    /// <summary>"; closest node: "a" (misses x=y: has x=z)": the nodes that satisfy the most requirements.</summary>
    private static string ClosestNodes(NodeSelection selection, NodeInventory inventory)
    {
        var closest = NodeAffinityMatcher.Closest(selection, inventory);
        if (closest.Count == 0)
        {
            return string.Empty;
        }

        var described = closest.Select(node => $"{FieldErrors.GoQuote(node.Name)} (misses {Describe(NodeAffinityMatcher.Misses(selection, node), node)})");
        return (closest.Count == 1 ? "; closest node: " : "; closest nodes: ") + string.Join(", ", described);
    }

    private static string Describe(IReadOnlyList<NodeRequirement> misses, InventoryNode node)
    {
        var shown = misses.Take(MaxMissesShown).Select(miss => miss + " " + Actual(miss, node));
        var more = misses.Count > MaxMissesShown ? $" and {misses.Count - MaxMissesShown} more" : string.Empty;
        return string.Join(", ", shown) + more;
    }

    /// <summary>What the node has instead: "[has disktype=hdd]", "[no disktype label]", "[name node-1]".</summary>
    private static string Actual(NodeRequirement requirement, InventoryNode node)
    {
        if (requirement.Problem is not null)
        {
            return "[invalid: " + requirement.Problem + "]";
        }

        if (requirement.IsField)
        {
            return "[name " + node.Name + "]";
        }

        return node.Labels.TryGetValue(requirement.Key, out var value)
            ? "[has " + requirement.Key + "=" + value + "]"
            : "[no " + requirement.Key + " label]";
    }

    private static string Count(int nodes) => nodes == 1 ? "1 node" : nodes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " nodes";

    /// <summary>"; did you mean "node-1"?" for a name within a few edits of a known node.</summary>
    private static string Suggestion(string name, NodeInventory inventory)
    {
        InventoryNode? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var node in inventory.Nodes)
        {
            var distance = NodeLabels.EditDistance(name, node.Name);
            if (distance < nearestDistance)
            {
                nearest = node;
                nearestDistance = distance;
            }
        }

        return nearest is not null && nearestDistance <= System.Math.Max(2, name.Length / 4)
            ? $"; did you mean {FieldErrors.GoQuote(nearest.Name)}?"
            : string.Empty;
    }
}
