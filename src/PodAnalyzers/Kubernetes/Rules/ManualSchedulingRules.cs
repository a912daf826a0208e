using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1010: <c>spec.nodeName</c> written in a manifest. The server accepts it silently, and the Pod
/// is then bound without the scheduler: no resource fit, nodeSelector, affinity or taint checks
/// before the kubelet admits it, and it fails if that node is missing or full. Located on the value.
/// </summary>
internal static class ManualSchedulingRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.Spec.NodeName is not { IsWellTyped: true, Value.Length: > 0 } nodeName)
        {
            return;
        }

        context.Report(Rule.ManualNodeName, nodeName.Span, BypassMessage(pod.Spec.Path + ".nodeName", nodeName.Value));
    }

    /// <summary>The message for a hand-set node name, shared with the KubernetesClient rule POD2012.</summary>
    public static string BypassMessage(string path, string nodeName) =>
        $"{path}: {FieldErrors.GoQuote(nodeName)} binds the Pod to that node without the scheduler: no resource, nodeSelector, affinity or taint checks, and the Pod fails if the node is missing or full; use nodeSelector or node affinity unless this is a test or a custom scheduler";
}
