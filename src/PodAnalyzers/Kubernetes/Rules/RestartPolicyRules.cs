using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1091: the template's restartPolicy after defaulting (absent or "" becomes Always,
/// SetDefaults_PodSpec). Deployment, ReplicaSet (ValidatePodTemplateSpecForReplicaSet, reached only
/// when the selector parses), StatefulSet, DaemonSet and ReplicationController (ValidatePodTemplateSpecForRC)
/// allow only Always; Job and CronJob (validateJobSpec) only OnFailure or Never, and only Never
/// with a podFailurePolicy.
/// </summary>
internal static class RestartPolicyRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.Workload is not { } workload || !WorkloadSelectorRules.IsServed(pod.Kind, workload.ApiVersion))
        {
            return;
        }

        var written = pod.Spec.RestartPolicy;
        if (written is { IsWellTyped: false })
        {
            return;
        }

        var policy = RuleContext.TextOf(written);
        var path = pod.Spec.Path + ".restartPolicy";
        var span = written?.Span ?? pod.Spec.Span;
        if (pod.Kind is "Deployment" or "ReplicaSet" && !WorkloadSelectorRules.Parses(workload.Selector, context.Version))
        {
            return;
        }

        if (TemplateError(pod.Kind, path, policy, workload.HasPodFailurePolicy) is { } message)
        {
            context.Report(Rule.InvalidWorkloadRestartPolicy, span, message);
        }
    }

    /// <summary>The server's error for a template's restartPolicy (after defaulting: "" is Always) under <paramref name="kind"/>; null when allowed.</summary>
    public static string? TemplateError(string kind, string path, string policy, bool hasPodFailurePolicy)
    {
        switch (kind)
        {
            case "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet" or "ReplicationController":
                return policy is "" or "Always" ? null : FieldErrors.NotSupported(path, policy, new[] { "Always" });
            case "Job" or "CronJob":
                if (policy is "" or "Always")
                {
                    return FieldErrors.Required(path, "valid values: \"OnFailure\", \"Never\"");
                }

                if (policy is not ("OnFailure" or "Never"))
                {
                    return FieldErrors.NotSupported(path, policy, new[] { "OnFailure", "Never" });
                }

                return hasPodFailurePolicy && policy != "Never"
                    ? FieldErrors.Invalid(path, policy, "only \"Never\" is supported when podFailurePolicy is specified")
                    : null;
            default:
                return null;
        }
    }
}
