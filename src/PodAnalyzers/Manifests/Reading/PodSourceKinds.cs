using System;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>Which kinds carry a pod spec, and where.</summary>
internal static class PodSourceKinds
{
    /// <summary>
    /// The path of the pod template for a workload kind, "" for a Pod, null for anything else.
    /// The API group must be the kind's own (or a historic one such as extensions), never a CRD's.
    /// </summary>
    public static string? TemplatePath(string kind, string? apiVersion)
    {
        var group = GroupOf(apiVersion);
        return kind switch
        {
            "Pod" when group is "" => string.Empty,
            "ReplicationController" when group is "" => "spec.template",
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" when group is "" or "apps" or "extensions" => "spec.template",
            "Job" when group is "" or "batch" => "spec.template",
            "CronJob" when group is "" or "batch" => "spec.jobTemplate.spec.template",
            _ => null,
        };
    }

    /// <summary>The API group of an apiVersion; "" for the core group and for a missing apiVersion.</summary>
    private static string GroupOf(string? apiVersion)
    {
        if (apiVersion is null)
        {
            return string.Empty;
        }

        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? string.Empty : apiVersion.Substring(0, slash);
    }
}
