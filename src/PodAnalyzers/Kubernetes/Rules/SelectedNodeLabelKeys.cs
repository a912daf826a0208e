using System.Collections.Generic;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// The node label keys a pod spec selects or spreads on, each with its server field path and
/// position: <c>nodeSelector</c> keys, the keys of required and preferred node-affinity
/// <c>matchExpressions</c>, and <c>topologySpreadConstraints[].topologyKey</c>, in that order (the
/// order of the server's warnings.go).
/// </summary>
internal static class SelectedNodeLabelKeys
{
    public static IEnumerable<SelectedNodeLabelKey> KeysOf(PodSpec spec)
    {
        foreach (var entry in spec.NodeSelector.Entries)
        {
            yield return new SelectedNodeLabelKey(FieldErrors.Key(spec.NodeSelector.Path, entry.Key.Value), entry.Key, NodeLabelKeyUse.NodeSelector);
        }

        foreach (var term in spec.RequiredNodeSelectorTerms)
        {
            foreach (var key in ExpressionKeys(term))
            {
                yield return key;
            }
        }

        foreach (var term in spec.PreferredNodeSelectorTerms)
        {
            foreach (var key in ExpressionKeys(term))
            {
                yield return key;
            }
        }

        foreach (var constraint in spec.TopologySpreadConstraints)
        {
            if (constraint.TopologyKey.IsWellTyped)
            {
                yield return new SelectedNodeLabelKey(constraint.Path + ".topologyKey", constraint.TopologyKey, NodeLabelKeyUse.TopologyKey);
            }
        }
    }

    private static IEnumerable<SelectedNodeLabelKey> ExpressionKeys(NodeSelectorTerm term)
    {
        foreach (var requirement in term.MatchExpressions)
        {
            if (requirement.Key is { IsWellTyped: true } key)
            {
                yield return new SelectedNodeLabelKey(requirement.Path + ".key", key, NodeLabelKeyUse.MatchExpression);
            }
        }
    }
}

internal enum NodeLabelKeyUse
{
    /// <summary>The server words warnings as <c>path[key]: message</c>.</summary>
    NodeSelector,

    /// <summary>The server words warnings as <c>path: key is message</c>.</summary>
    MatchExpression,

    /// <summary>As <see cref="MatchExpression"/>.</summary>
    TopologyKey,
}

/// <summary>A node label key written in a pod spec, and the path the server would name it by.</summary>
internal sealed class SelectedNodeLabelKey
{
    public SelectedNodeLabelKey(string path, Located<string> key, NodeLabelKeyUse use)
    {
        Path = path;
        Key = key;
        Use = use;
    }

    public string Path { get; }

    public Located<string> Key { get; }

    public NodeLabelKeyUse Use { get; }

    /// <summary>The server's warning shape for this kind of field.</summary>
    public string Warning(string message) =>
        Use == NodeLabelKeyUse.NodeSelector ? $"{Path}: {message}" : $"{Path}: {Key.Value} is {message}";
}
