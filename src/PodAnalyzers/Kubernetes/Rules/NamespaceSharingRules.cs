using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1030: host and shared namespaces that cannot be combined. The paths are the server's own,
/// including its quirks: <c>securityContext.shareProcessNamespace</c> for a field written at the
/// spec level, and <c>HostPID</c>/<c>HostIPC</c> capitalised in the user-namespace errors.
/// </summary>
internal static class NamespaceSharingRules
{
    private const string UserNamespaceDetail = "when `pod.Spec.HostUsers` is false";
    private const string WindowsDetail = "cannot be set for a windows pod";

    public static void Check(PodSource pod, RuleContext context)
    {
        var spec = pod.Spec;
        var path = spec.Path;

        // validatePodSpecSecurityContext
        if (IsTrue(spec.ShareProcessNamespace) && IsTrue(spec.HostPID))
        {
            context.Report(
                Rule.HostNamespaceConflict,
                spec.ShareProcessNamespace!.Span,
                FieldErrors.Invalid(path + ".securityContext.shareProcessNamespace", true, "ShareProcessNamespace and HostPID cannot both be enabled"));
        }

        // validateHostUsers
        if (spec.HostUsers is { IsWellTyped: true, Value: false })
        {
            ReportIfTrue(spec.HostNetwork, path + ".hostNetwork", UserNamespaceDetail, context);
            ReportIfTrue(spec.HostPID, path + ".HostPID", UserNamespaceDetail, context);
            ReportIfTrue(spec.HostIPC, path + ".HostIPC", UserNamespaceDetail, context);
        }

        // validateWindows (only reached when os.name is a supported value)
        if (spec.OsName is { IsWellTyped: true, Value: "windows" })
        {
            if (spec.HostUsers is { IsWellTyped: true } hostUsers)
            {
                context.Report(Rule.HostNamespaceConflict, hostUsers.Span, FieldErrors.Forbidden(path + ".hostUsers", WindowsDetail));
            }

            ReportIfTrue(spec.HostPID, path + ".hostPID", WindowsDetail, context);
            ReportIfTrue(spec.HostIPC, path + ".hostIPC", WindowsDetail, context);
            if (spec.ShareProcessNamespace is { IsWellTyped: true } share)
            {
                context.Report(Rule.HostNamespaceConflict, share.Span, FieldErrors.Forbidden(path + ".shareProcessNamespace", WindowsDetail));
            }
        }
    }

    private static bool IsTrue(Located<bool>? value) => value is { IsWellTyped: true, Value: true };

    private static void ReportIfTrue(Located<bool>? value, string path, string detail, RuleContext context)
    {
        if (IsTrue(value))
        {
            context.Report(Rule.HostNamespaceConflict, value!.Span, FieldErrors.Forbidden(path, detail));
        }
    }
}
