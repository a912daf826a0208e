using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1087: the security contexts of a pod spec as ValidatePodSpec checks them, in its order: each
/// container's (ValidateSecurityContext, for containers, then initContainers, then
/// ephemeralContainers), the pod's (validatePodSpecSecurityContext: ids, sysctls, profiles), the
/// hostProcess consistency of a Windows pod (validateWindowsHostProcessPod) and the fields a
/// <c>spec.os.name</c> forbids (validateLinux, validateWindows). The metadata annotations that
/// mirror the profiles are SecurityAnnotationRules'. Host namespaces are POD1030's
/// (NamespaceSharingRules); unsupported enum values are POD1080's; "disallowed by cluster policy"
/// depends on the API server's flags and is not reported.
/// </summary>
internal static class SecurityContextRules
{
    /// <summary>From 1.33 the ProcMountType gate is on by default: before, an Unmasked procMount is reset to Default.</summary>
    private const int ProcMountMinor = 33;

    /// <summary>From 1.33 the SupplementalGroupsPolicy and SELinuxChangePolicy gates are on: before, the fields are dropped.</summary>
    private const int PodPolicyFieldsMinor = 33;

    private const string IdRange = "must be between 0 and 2147483647, inclusive";
    private const string WindowsDetail = "cannot be set for a windows pod";
    private const string LinuxDetail = "windows options cannot be set for a linux pod";

    private static readonly string[] ContainerLists = { "containers", "initContainers", "ephemeralContainers" };

    private static readonly string[] WindowsPodProfileFields = { "appArmorProfile", "seLinuxOptions", "seccompProfile", "fsGroup", "fsGroupChangePolicy" };

    private static readonly string[] WindowsPodIdFields = { "runAsUser", "runAsGroup", "supplementalGroups" };

    private static readonly string[] WindowsContainerFields =
        { "appArmorProfile", "seLinuxOptions", "seccompProfile", "capabilities", "readOnlyRootFilesystem", "privileged", "allowPrivilegeEscalation", "procMount", "runAsUser", "runAsGroup" };

    /// <summary>podshelper.VisitContainersWithPath's order.</summary>
    private static readonly string[] VisitOrder = { "initContainers", "containers", "ephemeralContainers" };

    public static void Check(PodSource pod, RuleContext context)
    {
        SecurityAnnotationRules.CheckFormats(pod, context);
        var spec = pod.Spec.Node;
        var hostUsers = pod.Spec.HostUsers is not { } written || (written.IsWellTyped && written.Value);
        foreach (var list in ContainerLists)
        {
            foreach (var container in spec.Field(list).Items())
            {
                CheckContainer(container.Field("securityContext"), hostUsers, context);
            }
        }

        CheckPod(pod.Spec, context);
        CheckHostProcess(pod.Spec, context);
        switch (pod.Spec.OsName)
        {
            case { IsWellTyped: true, Value: "linux" }:
                CheckLinux(spec, context);
                break;
            case { IsWellTyped: true, Value: "windows" }:
                CheckWindows(spec, context);
                break;
        }

        SecurityAnnotationRules.CheckMatches(pod, context);
    }

    /// <summary>Every container of the spec in podshelper.VisitContainersWithPath's order.</summary>
    public static IEnumerable<FieldNode> Containers(FieldNode spec)
    {
        foreach (var list in VisitOrder)
        {
            foreach (var container in spec.Field(list).Items())
            {
                yield return container;
            }
        }
    }

    /// <summary>ValidateSecurityContext.</summary>
    private static void CheckContainer(FieldNode securityContext, bool hostUsers, RuleContext context)
    {
        if (!securityContext.IsPresent)
        {
            return;
        }

        CheckId(securityContext.Field("runAsUser"), context);
        CheckId(securityContext.Field("runAsGroup"), context);
        var procMount = securityContext.Field("procMount").AsString();
        if (procMount is { Value: "Unmasked" } && hostUsers && context.Version.IsAtLeast(ProcMountMinor))
        {
            context.Report(
                Rule.InvalidSecurityContext,
                procMount.Span,
                FieldErrors.InvalidPrinted(securityContext.Path + ".procMount", GoValues.TypedString(procMount.Value, context.Version), "`hostUsers` must be false to use `Unmasked`"));
        }

        SecurityProfileRules.CheckSeccomp(securityContext.Field("seccompProfile"), context);
        if (securityContext.Field("allowPrivilegeEscalation").AsBool() is { Value: false } escalation)
        {
            if (securityContext.Field("privileged").AsBool() is { Value: true })
            {
                ReportEscalation(securityContext, escalation, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true", context);
            }

            foreach (var capability in securityContext.At("capabilities.add").Items())
            {
                if (capability.AsString() is { Value: "CAP_SYS_ADMIN" })
                {
                    ReportEscalation(securityContext, escalation, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN", context);
                }
            }
        }

        SecurityProfileRules.CheckWindowsOptions(securityContext.Field("windowsOptions"), context);
        SecurityProfileRules.CheckAppArmor(securityContext.Field("appArmorProfile"), context);
    }

    /// <summary>validatePodSpecSecurityContext.</summary>
    private static void CheckPod(PodSpec spec, RuleContext context)
    {
        var securityContext = spec.Node.Field("securityContext");
        if (!securityContext.IsPresent)
        {
            return;
        }

        CheckId(securityContext.Field("fsGroup"), context);
        CheckId(securityContext.Field("runAsUser"), context);
        CheckId(securityContext.Field("runAsGroup"), context);
        foreach (var group in securityContext.Field("supplementalGroups").Items())
        {
            CheckId(group, context);
        }

        CheckSysctls(securityContext.Field("sysctls"), spec, context);
        SecurityProfileRules.CheckSeccomp(securityContext.Field("seccompProfile"), context);
        SecurityProfileRules.CheckWindowsOptions(securityContext.Field("windowsOptions"), context);
        SecurityProfileRules.CheckAppArmor(securityContext.Field("appArmorProfile"), context);
    }

    /// <summary>validateSysctls and ValidateHostSysctl (namespaced sysctls of a namespace shared with the host).</summary>
    private static void CheckSysctls(FieldNode sysctls, PodSpec spec, RuleContext context)
    {
        if (sysctls.Sequence is not { Items.Count: > 0 })
        {
            return;
        }

        var hostNetwork = spec.HostNetwork is { IsWellTyped: true, Value: true };
        var hostIpc = spec.HostIPC is { IsWellTyped: true, Value: true };
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var sysctl in sysctls.Items())
        {
            var nameField = sysctl.Field("name");
            if (!SecurityProfileRules.Decodes(nameField))
            {
                continue;
            }

            var name = nameField.StringOrEmpty;
            var span = nameField.AsString()?.Span ?? sysctl.KeySpan;
            if (name.Length == 0)
            {
                context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Required(nameField.Path));
            }
            else if (!SysctlNames.IsValid(name))
            {
                context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Invalid(nameField.Path, name, SysctlNames.InvalidMessage));
            }
            else if (names.Contains(name))
            {
                context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Duplicate(nameField.Path, name));
            }

            switch (SysctlNames.KernelNamespace(name))
            {
                case "Net" when hostNetwork:
                    context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Invalid(nameField.Path, name, "may not be specified when 'hostNetwork' is true"));
                    break;
                case "IPC" when hostIpc:
                    context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Invalid(nameField.Path, name, "may not be specified when 'hostIPC' is true"));
                    break;
            }

            names.Add(name);
        }
    }

    /// <summary>validateWindowsHostProcessPod: hostProcess the same wherever both are set, on every container or none, and hostNetwork.</summary>
    private static void CheckHostProcess(PodSpec spec, RuleContext context)
    {
        var podValue = HostProcess(spec.Node).AsBool();
        var containers = 0;
        var hostProcessContainers = 0;
        Yaml.SourceSpan? firstHostProcess = null;
        Yaml.SourceSpan? firstOther = null;
        foreach (var container in Containers(spec.Node))
        {
            containers++;
            var field = HostProcess(container);
            var value = field.AsBool();
            if (podValue is { } pod && value is { } own && pod.Value != own.Value)
            {
                context.Report(
                    Rule.InvalidSecurityContext,
                    own.Span,
                    FieldErrors.Invalid(field.Path, own.Value, "pod hostProcess value must be identical if both are specified, was " + (pod.Value ? "true" : "false")));
            }

            var effective = value ?? podValue;
            if (effective is { Value: true })
            {
                hostProcessContainers++;
                firstHostProcess ??= effective.Span;
            }
            else
            {
                firstOther ??= container.KeySpan;
            }
        }

        if (hostProcessContainers == 0)
        {
            return;
        }

        if (hostProcessContainers != containers)
        {
            context.Report(
                Rule.InvalidSecurityContext,
                firstOther!.Value,
                FieldErrors.Invalid(spec.Path, string.Empty, "If pod contains any hostProcess containers then all containers must be HostProcess containers"));
        }

        if (spec.HostNetwork is not { IsWellTyped: true, Value: true })
        {
            context.Report(
                Rule.InvalidSecurityContext,
                spec.HostNetwork?.Span ?? firstHostProcess!.Value,
                FieldErrors.Invalid(spec.Path + ".hostNetwork", false, "hostNetwork must be true if pod contains any hostProcess containers"));
        }
    }

    /// <summary>validateLinux.</summary>
    private static void CheckLinux(FieldNode spec, RuleContext context)
    {
        ReportIfPresent(spec.At("securityContext.windowsOptions"), LinuxDetail, context);
        foreach (var container in Containers(spec))
        {
            ReportIfPresent(container.At("securityContext.windowsOptions"), LinuxDetail, context);
        }
    }

    private static FieldNode HostProcess(FieldNode owner) => owner.Field("securityContext").Field("windowsOptions").Field("hostProcess");

    /// <summary>validateWindows, less the host namespaces (POD1030).</summary>
    private static void CheckWindows(FieldNode spec, RuleContext context)
    {
        var securityContext = spec.Field("securityContext");
        if (securityContext.IsPresent)
        {
            var policyFields = context.Version.IsAtLeast(PodPolicyFieldsMinor);
            foreach (var name in WindowsPodProfileFields)
            {
                ReportIfPresent(securityContext.Field(name), WindowsDetail, context);
            }

            var sysctls = securityContext.Field("sysctls");
            if (sysctls.Sequence is { Items.Count: > 0 })
            {
                context.Report(Rule.InvalidSecurityContext, sysctls.KeySpan, FieldErrors.Forbidden(sysctls.Path, WindowsDetail));
            }

            foreach (var name in WindowsPodIdFields)
            {
                ReportIfPresent(securityContext.Field(name), WindowsDetail, context);
            }

            if (policyFields)
            {
                ReportIfPresent(securityContext.Field("supplementalGroupsPolicy"), WindowsDetail, context);
                ReportIfPresent(securityContext.Field("seLinuxChangePolicy"), WindowsDetail, context);
            }
        }

        foreach (var container in Containers(spec))
        {
            var containerContext = container.Field("securityContext");
            if (!containerContext.IsPresent)
            {
                continue;
            }

            foreach (var name in WindowsContainerFields)
            {
                ReportIfPresent(containerContext.Field(name), WindowsDetail, context);
            }
        }
    }

    private static void ReportIfPresent(FieldNode field, string detail, RuleContext context)
    {
        if (field.IsPresent)
        {
            context.Report(Rule.InvalidSecurityContext, SecurityProfileRules.Where(field), FieldErrors.Forbidden(field.Path, detail));
        }
    }

    /// <summary>IsValidUserID and IsValidGroupID share one range.</summary>
    private static void CheckId(FieldNode field, RuleContext context)
    {
        if (field.AsInteger() is { Value: < 0 or > int.MaxValue } id)
        {
            context.Report(Rule.InvalidSecurityContext, id.Span, FieldErrors.InvalidPrinted(field.Path, id.Value.ToString(CultureInfo.InvariantCulture), IdRange));
        }
    }

    /// <summary>The server reports the whole container security context; the finding lands on allowPrivilegeEscalation.</summary>
    private static void ReportEscalation(FieldNode securityContext, Located<bool> escalation, string detail, RuleContext context) =>
        context.Report(
            Rule.InvalidSecurityContext,
            escalation.Span,
            FieldErrors.InvalidPrinted(securityContext.Path, SecurityContextValues.SecurityContext(securityContext), detail));
}
