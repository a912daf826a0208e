using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1011: <c>spec.nodeName</c> must be a DNS-1123 subdomain (ValidateNodeName); a Pod created
/// with both <c>nodeName</c> and <c>schedulingGates</c> is rejected (ValidatePodCreate).
/// </summary>
internal static class NodeNameRules
{
    /// <summary>
    /// The server's messages for a non-empty nodeName (ValidateNodeName); the YAML rule and the C#
    /// analyzer (POD2012) share it.
    /// </summary>
    public static IReadOnlyList<string> NodeNameErrors(string path, string nodeName) =>
        FieldErrors.Invalid(path, nodeName, DnsValidation.ValidateSubdomain(nodeName));

    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.Spec.NodeName is not { IsWellTyped: true, Value.Length: > 0 } nodeName)
        {
            return;
        }

        var path = pod.Spec.Path + ".nodeName";
        foreach (var message in NodeNameErrors(path, nodeName.Value))
        {
            context.Report(Rule.InvalidNodeName, nodeName.Span, message);
        }

        // Only Pod creation checks this; a workload's template is accepted (its Pods are not).
        if (!pod.IsWorkload && pod.Spec.SchedulingGatesSpan is not null)
        {
            context.Report(Rule.InvalidNodeName, nodeName.Span, FieldErrors.Forbidden(path, "cannot be set until all schedulingGates have been cleared"));
        }
    }
}
