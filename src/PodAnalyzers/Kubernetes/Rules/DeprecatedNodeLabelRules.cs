using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1003: deprecated node label keys in <c>nodeSelector</c>, node-affinity terms and
/// <c>topologySpreadConstraints[].topologyKey</c>, with the server's warning text (pkg/api/pod/warnings.go,
/// pkg/api/node/util.go), located on the key. <c>node-role.kubernetes.io/master</c>, which the server
/// does not warn about but no current node carries, gets the same shape with PodAnalyzers' own message.
/// </summary>
internal static class DeprecatedNodeLabelRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        foreach (var selected in SelectedNodeLabelKeys.KeysOf(pod.Spec))
        {
            if (NodeLabels.TryGetDeprecation(selected.Key.Value, out var message)
                || NodeLabels.TryGetRetirement(selected.Key.Value, out message))
            {
                context.Report(Rule.DeprecatedNodeLabel, selected.Key.Span, selected.Warning(message));
            }
        }
    }
}
