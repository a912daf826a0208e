using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>Whether the API server validates a pod source's pod spec at all when the object is created.</summary>
internal static class PodSpecValidation
{
    /// <summary>
    /// Not for a workload of an apiVersion the server does not serve (POD0013 said so), nor for a
    /// StatefulSet: ValidatePodTemplateSpecForStatefulSet checks only the template's labels and
    /// annotations (the Pods it creates are refused later, one by one). A Deployment's or
    /// ReplicaSet's template is validated only when the selector converts (ValidateDeploymentSpec,
    /// ValidateReplicaSetSpec).
    /// </summary>
    public static bool IsValidated(PodSource pod, KubernetesVersion version)
    {
        if (pod.Workload is { } workload && !WorkloadSelectorRules.IsServed(pod.Kind, workload.ApiVersion))
        {
            return false;
        }

        return pod.Kind switch
        {
            "StatefulSet" => false,
            "Deployment" or "ReplicaSet" => WorkloadSelectorRules.Parses(pod.Workload?.Selector, version),
            _ => true,
        };
    }
}
