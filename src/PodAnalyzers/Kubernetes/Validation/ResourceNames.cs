using System;
using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Resource names as pkg/apis/core/validation and pkg/apis/core/helper judge them:
/// validateResourceName, validateContainerResourceName, validatePodResourceName and the helpers
/// IsStandardResourceName, IsNativeResource, IsExtendedResourceName, IsOvercommitAllowed,
/// IsIntegerResourceName.
/// </summary>
internal static class ResourceNames
{
    public const string HugePagesPrefix = "hugepages-";

    private const string RequestsPrefix = "requests.";
    private const string NativeNamespace = "kubernetes.io/";

    private static readonly HashSet<string> Standard = new(StringComparer.Ordinal)
    {
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas", "services",
        "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims", "storage",
        "requests.storage", "services.nodeports", "services.loadbalancers",
    };

    private static readonly HashSet<string> Integer = new(StringComparer.Ordinal)
    {
        "pods", "resourcequotas", "services", "replicationcontrollers", "secrets", "configmaps",
        "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
    };

    /// <summary>What validateContainerResourceName says about a container's (or the overhead's) resource name.</summary>
    public static IReadOnlyList<string> ValidateContainerName(string name, KubernetesVersion version)
    {
        var errors = new List<string>(ValidateName(name, version));
        if (name.IndexOf('/') < 0)
        {
            if (!IsStandardContainerName(name))
            {
                errors.Add("must be a standard resource for containers");
            }
        }
        else if (!IsNative(name) && !IsExtended(name, version))
        {
            errors.Add("doesn't follow extended resource name standard");
        }

        return errors;
    }

    /// <summary>validateResourceName: a qualified name, and without a domain a standard one (quota names included).</summary>
    public static IReadOnlyList<string> ValidateName(string name, KubernetesVersion version)
    {
        var errors = LabelValidation.ValidateKey(name, version);
        if (errors.Count != 0)
        {
            return errors;
        }

        return name.IndexOf('/') < 0 && !Standard.Contains(name) && !name.StartsWith(HugePagesPrefix, StringComparison.Ordinal)
            && !name.StartsWith("requests." + HugePagesPrefix, StringComparison.Ordinal)
            ? new[] { "must be a standard resource type or fully qualified" }
            : errors;
    }

    /// <summary>IsSupportedPodLevelResource: cpu, memory and hugepages-*.</summary>
    public static bool IsSupportedAtPodLevel(string name) =>
        name is "cpu" or "memory" || IsHugePages(name);

    public static bool IsHugePages(string name) => name.StartsWith(HugePagesPrefix, StringComparison.Ordinal);

    /// <summary>IsOvercommitAllowed: requests may differ from limits (native, not hugepages).</summary>
    public static bool IsOvercommitAllowed(string name) => IsNative(name) && !IsHugePages(name);

    /// <summary>IsIntegerResourceName: object counts and extended resources.</summary>
    public static bool IsInteger(string name, KubernetesVersion version) => Integer.Contains(name) || IsExtended(name, version);

    private static bool IsStandardContainerName(string name) => name is "cpu" or "memory" or "ephemeral-storage" || IsHugePages(name);

    /// <summary>IsNativeResource: no domain, or a kubernetes.io one.</summary>
    private static bool IsNative(string name) => name.IndexOf('/') < 0 || name.Contains(NativeNamespace);

    /// <summary>IsExtendedResourceName: not native, no "requests." prefix, and "requests." + name is a qualified name.</summary>
    private static bool IsExtended(string name, KubernetesVersion version) =>
        !IsNative(name) && !name.StartsWith(RequestsPrefix, StringComparison.Ordinal)
        && LabelValidation.ValidateKey(RequestsPrefix + name, version).Count == 0;
}
