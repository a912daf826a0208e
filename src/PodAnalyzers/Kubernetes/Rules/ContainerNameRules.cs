using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1041 container name required and a DNS-1123 label, POD1042 names unique across
/// containers, initContainers and ephemeralContainers, POD1043 image required (validateContainerCommon,
/// validateContainers, validateInitContainers, validateEphemeralContainers).
/// </summary>
internal static class ContainerNameRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        foreach (var container in pod.Spec.AllContainers)
        {
            CheckName(container, context);
            CheckImage(container, pod, context);
        }

        CheckDuplicates(pod.Spec, context);
    }

    private static void CheckName(Container container, RuleContext context)
    {
        if (container.Name is { IsWellTyped: false })
        {
            return;
        }

        if (container.Name is not { Value.Length: > 0 } name)
        {
            context.Report(Rule.InvalidContainerName, container.Name?.Span ?? container.Span, FieldErrors.Required(container.Path + ".name"));
            return;
        }

        foreach (var message in DnsValidation.ValidateLabel(name.Value))
        {
            context.Report(Rule.InvalidContainerName, name.Span, FieldErrors.Invalid(container.Path + ".name", name.Value, message));
        }
    }

    private static void CheckImage(Container container, PodSource pod, RuleContext context)
    {
        if (container.Image is { IsWellTyped: false })
        {
            return;
        }

        if (container.Image is not { Value.Length: > 0 } image)
        {
            context.Report(Rule.MissingContainerImage, container.Image?.Span ?? container.Span, FieldErrors.Required(container.Path + ".image"));
            return;
        }

        // validateContainerOnlyForPod: Pods and ephemeral containers only, never pod templates.
        if ((!pod.IsWorkload || container.Kind == ContainerKind.Ephemeral) && image.Value.Trim().Length != image.Value.Length)
        {
            context.Report(Rule.MissingContainerImage, image.Span, FieldErrors.Invalid(container.Path + ".image", image.Value, "must not have leading or trailing whitespace"));
        }
    }

    /// <summary>
    /// The server's three passes, reproduced with their edge cases: regular containers are
    /// compared with each other (an omitted name counts as ""), init containers with regular ones
    /// and earlier named init containers, ephemeral containers with all of these.
    /// </summary>
    private static void CheckDuplicates(PodSpec spec, RuleContext context)
    {
        // Most pods have one container: no name to compare, and no sets to build.
        if (spec.Containers.Count + spec.InitContainers.Count + spec.EphemeralContainers.Count < 2)
        {
            return;
        }

        var regular = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var container in spec.Containers)
        {
            if (NameOf(container) is { } name && !regular.Add(name))
            {
                ReportDuplicate(container, name, context);
            }
        }

        var regularAndInit = new HashSet<string>(regular, System.StringComparer.Ordinal);
        foreach (var container in spec.InitContainers)
        {
            if (NameOf(container) is not { } name)
            {
                continue;
            }

            if (regularAndInit.Contains(name))
            {
                ReportDuplicate(container, name, context);
            }
            else if (name.Length > 0)
            {
                regularAndInit.Add(name);
            }
        }

        var all = new HashSet<string>(regular, System.StringComparer.Ordinal);
        foreach (var container in spec.InitContainers)
        {
            if (NameOf(container) is { } name)
            {
                all.Add(name);
            }
        }

        foreach (var container in spec.EphemeralContainers)
        {
            if (NameOf(container) is { } name && !all.Add(name))
            {
                ReportDuplicate(container, name, context);
            }
        }
    }

    /// <summary>The decoded name ("" when omitted); null when it is not a string (already POD0002).</summary>
    private static string? NameOf(Container container) =>
        container.Name is { IsWellTyped: false } ? null : RuleContext.TextOf(container.Name);

    private static void ReportDuplicate(Container container, string name, RuleContext context) =>
        context.Report(Rule.DuplicateContainerName, container.Name?.Span ?? container.Span, FieldErrors.Duplicate(container.Path + ".name", name));
}
