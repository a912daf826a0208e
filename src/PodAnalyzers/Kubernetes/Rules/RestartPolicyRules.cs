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
        switch (pod.Kind)
        {
            case "Deployment" or "ReplicaSet" when !WorkloadSelectorRules.Parses(workload.Selector, context.Version):
                return;
            case "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet" or "ReplicationController":
                if (policy is not ("" or "Always"))
                {
                    context.Report(Rule.InvalidWorkloadRestartPolicy, span, FieldErrors.NotSupported(path, policy, new[] { "Always" }));
                }

                return;
            case "Job" or "CronJob":
                if (policy is "" or "Always")
                {
                    context.Report(Rule.InvalidWorkloadRestartPolicy, span, FieldErrors.Required(path, "valid values: \"OnFailure\", \"Never\""));
                }
                else if (policy is not ("OnFailure" or "Never"))
                {
                    context.Report(Rule.InvalidWorkloadRestartPolicy, span, FieldErrors.NotSupported(path, policy, new[] { "OnFailure", "Never" }));
                }
                else if (workload.HasPodFailurePolicy && policy != "Never")
                {
                    context.Report(Rule.InvalidWorkloadRestartPolicy, span, FieldErrors.Invalid(path, policy, "only \"Never\" is supported when podFailurePolicy is specified"));
                }

                return;
        }
    }
}
