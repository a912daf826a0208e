using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Scheduling;

/// <summary>
/// The scheduler's required node selection as pure functions (k8s.io/component-helpers
/// nodeaffinity and apimachinery labels.Requirement): a node fits when it satisfies every
/// <c>nodeSelector</c> entry AND, if required node affinity is written, at least one term (OR)
/// whose requirements all hold (AND). A term without requirements, or with one the scheduler
/// cannot build, matches no node.
/// </summary>
internal static class NodeAffinityMatcher
{
    public static bool Matches(NodeRequirement requirement, InventoryNode node)
    {
        if (requirement.Problem is not null)
        {
            return false;
        }

        if (requirement.IsField)
        {
            var isIn = requirement.Values.Contains(node.Name);
            return requirement.Operator == "In" ? isIn : !isIn;
        }

        var has = node.Labels.TryGetValue(requirement.Key, out var value);
        switch (requirement.Operator)
        {
            case NodeRequirement.SelectorOperator:
                return has && value == requirement.Values[0];
            case "In":
                return has && requirement.Values.Contains(value);
            case "NotIn":
                return !has || !requirement.Values.Contains(value);
            case "Exists":
                return has;
            case "DoesNotExist":
                return !has;
            case "Gt" or "Lt":
                // A label value that is not an integer never matches (labels.Requirement.Matches).
                if (!has || !NodeRequirement.TryParseInteger(value!, out var actual))
                {
                    return false;
                }

                NodeRequirement.TryParseInteger(requirement.Values[0], out var bound);
                return requirement.Operator == "Gt" ? actual > bound : actual < bound;
            default:
                return false;
        }
    }

    public static bool Matches(NodeSelectionTerm term, InventoryNode node) =>
        term.Requirements.Count > 0 && term.Requirements.All(requirement => Matches(requirement, node));

    public static bool Matches(NodeSelection selection, InventoryNode node) =>
        selection.Selector.All(requirement => Matches(requirement, node))
        && (selection.Terms is null || selection.Terms.Any(term => Matches(term, node)));

    /// <summary>The nodes of <paramref name="inventory"/> that fit.</summary>
    public static IEnumerable<InventoryNode> Fitting(NodeSelection selection, NodeInventory inventory) =>
        inventory.Nodes.Where(node => Matches(selection, node));

    /// <summary>
    /// What <paramref name="node"/> misses: the <c>nodeSelector</c> entries it fails, and the failed
    /// requirements of the term it comes closest to satisfying (the first such term on a tie).
    /// Empty when it fits.
    /// </summary>
    public static IReadOnlyList<NodeRequirement> Misses(NodeSelection selection, InventoryNode node)
    {
        var misses = selection.Selector.Where(requirement => !Matches(requirement, node)).ToList();
        if (selection.Terms is { } terms && !terms.Any(term => Matches(term, node)))
        {
            var best = BestTerm(terms, node);
            if (best is not null)
            {
                misses.AddRange(best.Requirements.Where(requirement => !Matches(requirement, node)));
            }
        }

        return misses;
    }

    /// <summary>How many requirements <paramref name="node"/> satisfies: selector entries plus those of its best term.</summary>
    public static int Score(NodeSelection selection, InventoryNode node)
    {
        var score = selection.Selector.Count(requirement => Matches(requirement, node));
        if (selection.Terms is { } terms && BestTerm(terms, node) is { } best)
        {
            score += best.Requirements.Count(requirement => Matches(requirement, node));
        }

        return score;
    }

    /// <summary>
    /// The closest nodes: those that satisfy the most requirements (<see cref="Score"/>), in
    /// inventory order, at most <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<InventoryNode> Closest(NodeSelection selection, NodeInventory inventory, int limit = 3)
    {
        if (inventory.IsEmpty)
        {
            return new InventoryNode[0];
        }

        var scores = inventory.Nodes.Select(node => (Node: node, Score: Score(selection, node))).ToList();
        var best = scores.Max(pair => pair.Score);
        return scores.Where(pair => pair.Score == best).Select(pair => pair.Node).Take(limit).ToList();
    }

    /// <summary>
    /// Why no node of <paramref name="inventory"/> fits, located as precisely as possible; empty
    /// when a node fits or the inventory is empty:
    /// <list type="bullet">
    /// <item>each <c>nodeSelector</c> entry that no node satisfies even alone;</item>
    /// <item>when every term is dead, each requirement that no node satisfies alone (and each empty or invalid term);</item>
    /// <item>otherwise only the combination fails: on the <c>nodeSelector</c> key when the selector
    /// entries fail together or fail together with the terms, else on the <c>nodeSelectorTerms</c> key.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyList<Unsatisfiable> Explain(NodeSelection selection, NodeInventory inventory)
    {
        var reasons = new List<Unsatisfiable>();
        if (inventory.IsEmpty || selection.IsEmpty || Fitting(selection, inventory).Any())
        {
            return reasons;
        }

        foreach (var requirement in selection.Selector)
        {
            if (!inventory.Nodes.Any(node => Matches(requirement, node)))
            {
                reasons.Add(new Unsatisfiable(requirement.Path, requirement.Span, "no node in the inventory has " + requirement));
            }
        }

        var termReasons = new List<Unsatisfiable>();
        var everyTermDead = selection.Terms is { } terms;
        foreach (var term in selection.Terms ?? new NodeSelectionTerm[0])
        {
            var dead = false;
            if (term.Requirements.Count == 0)
            {
                termReasons.Add(new Unsatisfiable(term.Path, term.Span, "an empty term matches no node"));
                dead = true;
            }

            foreach (var requirement in term.Requirements)
            {
                if (requirement.Problem is { } problem)
                {
                    termReasons.Add(new Unsatisfiable(requirement.Path, requirement.Span, requirement + " can match no node: " + problem));
                    dead = true;
                }
                else if (!inventory.Nodes.Any(node => Matches(requirement, node)))
                {
                    termReasons.Add(new Unsatisfiable(requirement.Path, requirement.Span, "no node in the inventory satisfies " + requirement));
                    dead = true;
                }
            }

            everyTermDead &= dead;
        }

        if (selection.Terms is { Count: 0 } && selection.TermsSpan is { } emptyTerms)
        {
            termReasons.Add(new Unsatisfiable(selection.TermsPath, emptyTerms, "no nodeSelectorTerms: matches no node"));
        }

        if (everyTermDead)
        {
            reasons.AddRange(termReasons);
        }

        if (reasons.Count > 0)
        {
            return reasons;
        }

        var selectorAlone = selection.Selector.Count > 0 && !inventory.Nodes.Any(node => selection.Selector.All(requirement => Matches(requirement, node)));
        var termsAlone = selection.Terms is { } someTerms && !inventory.Nodes.Any(node => someTerms.Any(term => Matches(term, node)));
        if (selectorAlone && selection.SelectorSpan is { } selectorKey)
        {
            reasons.Add(new Unsatisfiable(selection.SelectorPath, selectorKey, "no node in the inventory has all of " + string.Join(", ", selection.Selector)));
        }
        else if (termsAlone && selection.TermsSpan is { } termsKey)
        {
            reasons.Add(new Unsatisfiable(selection.TermsPath, termsKey, "no node in the inventory satisfies every requirement of any term"));
        }
        else if (selection.SelectorSpan is { } key)
        {
            reasons.Add(new Unsatisfiable(selection.SelectorPath, key, "nodes satisfy nodeSelector and nodes satisfy the required node affinity, but no node in the inventory satisfies both"));
        }

        return reasons;
    }

    private static NodeSelectionTerm? BestTerm(IReadOnlyList<NodeSelectionTerm> terms, InventoryNode node)
    {
        NodeSelectionTerm? best = null;
        var bestScore = -1;
        foreach (var term in terms)
        {
            var score = term.Requirements.Count(requirement => Matches(requirement, node));
            if (score > bestScore)
            {
                best = term;
                bestScore = score;
            }
        }

        return best;
    }
}

/// <summary>A requirement (or a combination) that no node of the inventory satisfies, and where to say so.</summary>
internal sealed class Unsatisfiable
{
    public Unsatisfiable(string path, SourceSpan span, string reason)
    {
        Path = path;
        Span = span;
        Reason = reason;
    }

    public string Path { get; }

    public SourceSpan Span { get; }

    public string Reason { get; }
}
