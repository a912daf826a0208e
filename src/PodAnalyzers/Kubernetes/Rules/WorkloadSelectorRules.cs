using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1090: a workload's <c>spec.selector</c> as the server validates it after defaulting.
/// apps/v1 Deployment and ReplicaSet (ValidateDeploymentSpec, ValidateReplicaSetSpec), StatefulSet
/// (ValidateStatefulSetSpec), DaemonSet (ValidateDaemonSetSpec), a batch/v1 Job with
/// <c>manualSelector: true</c> (ValidateJobSpec; otherwise the server generates the selector) and a
/// v1 ReplicationController (ValidateReplicationControllerSpec; an absent selector defaults to the
/// template's labels), and a batch/v1 CronJob's Job template, which may have neither a selector nor
/// manualSelector: true (ValidateJobTemplateSpec). Selector syntax is metav1validation.ValidateLabelSelector.
/// </summary>
internal static class WorkloadSelectorRules
{
    private const string DoesNotMatch = "`selector` does not match template `labels`";

    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.Workload is not { } workload || pod.TemplateMetadata is not { } template || !IsServed(pod.Kind, workload.ApiVersion))
        {
            return;
        }

        var labels = template.Labels;
        foreach (var entry in labels.Entries)
        {
            if (!entry.Value.IsWellTyped)
            {
                return;
            }
        }

        switch (pod.Kind)
        {
            case "Deployment":
            case "ReplicaSet":
                CheckRequiredSelector(workload, template, context, "empty selector is invalid for deployment", "invalid label selector");
                break;
            case "StatefulSet":
                CheckRequiredSelector(workload, template, context, "empty selector is invalid for statefulset", string.Empty);
                break;
            case "DaemonSet":
                CheckDaemonSet(workload, template, context);
                break;
            case "Job" when workload.ManualSelector is { IsWellTyped: true, Value: true }:
                CheckManualJob(workload, template, context);
                break;
            case "ReplicationController":
                CheckReplicationController(workload, template, context);
                break;
            case "CronJob":
                CheckCronJob(workload, context);
                break;
        }
    }

    /// <summary>Whether the server turns the selector into a labels.Selector (LabelSelectorAsSelector succeeds).</summary>
    public static bool Parses(LabelSelector? selector, KubernetesVersion version) =>
        selector is null || !selector.IsWellTyped || SyntaxErrors(selector, version).Count == 0;

    /// <summary>The apiVersions whose validation this reproduces: the ones Kubernetes 1.30 and later serve.</summary>
    public static bool IsServed(string kind, string? apiVersion) => kind switch
    {
        "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet" => apiVersion == "apps/v1",
        "ReplicationController" => apiVersion == "v1",
        "Job" or "CronJob" => apiVersion == "batch/v1",
        _ => false,
    };

    private static void CheckRequiredSelector(WorkloadSpec workload, ObjectMetadata template, RuleContext context, string emptyDetail, string invalidDetail)
    {
        if (workload.Selector is not { } selector)
        {
            // LabelSelectorAsSelector(nil) selects nothing, so the template check fails as well.
            context.Report(Rule.InvalidWorkloadSelector, workload.SpecSpan, FieldErrors.Required("spec.selector"));
            ReportMismatch(template, context);
            return;
        }

        if (!selector.IsWellTyped)
        {
            return;
        }

        var errors = ReportSyntax(selector, context);
        var empty = IsEmpty(selector);
        if (empty)
        {
            context.Report(Rule.InvalidWorkloadSelector, selector.Span, InvalidSelector(selector, emptyDetail, context.Version));
        }

        if (errors > 0)
        {
            context.Report(Rule.InvalidWorkloadSelector, selector.Span, InvalidSelector(selector, invalidDetail, context.Version));
        }
        else if (!empty && !Matches(selector, template.Labels))
        {
            ReportMismatch(template, context);
        }
    }

    private static void CheckDaemonSet(WorkloadSpec workload, ObjectMetadata template, RuleContext context)
    {
        if (workload.Selector is not { } selector)
        {
            // No Required error for a DaemonSet: the nil selector matches nothing.
            ReportMismatch(template, context);
            return;
        }

        if (!selector.IsWellTyped)
        {
            return;
        }

        if (ReportSyntax(selector, context) == 0 && !Matches(selector, template.Labels))
        {
            ReportMismatch(template, context);
        }

        if (IsEmpty(selector))
        {
            context.Report(Rule.InvalidWorkloadSelector, selector.Span, InvalidSelector(selector, "empty selector is invalid for daemonset", context.Version));
        }
    }

    private static void CheckManualJob(WorkloadSpec workload, ObjectMetadata template, RuleContext context)
    {
        if (workload.Selector is not { } selector)
        {
            context.Report(Rule.InvalidWorkloadSelector, workload.SpecSpan, FieldErrors.Required("spec.selector"));
            ReportMismatch(template, context);
            return;
        }

        if (selector.IsWellTyped && ReportSyntax(selector, context) == 0 && !Matches(selector, template.Labels))
        {
            ReportMismatch(template, context);
        }
    }

    private static void CheckReplicationController(WorkloadSpec workload, ObjectMetadata template, RuleContext context)
    {
        // SetDefaults_ReplicationController: an empty selector becomes the template's labels.
        var selector = workload.MapSelector.Entries.Count > 0 ? workload.MapSelector.Entries : template.Labels.Entries;
        if (selector.Count == 0)
        {
            context.Report(Rule.InvalidWorkloadSelector, workload.SpecSpan, FieldErrors.Required("spec.selector"));
            return;
        }

        foreach (var entry in selector)
        {
            if (!entry.Value.IsWellTyped)
            {
                return;
            }

            if (!TryGet(template.Labels, entry.Key.Value, out var value) || value != entry.Value.Value)
            {
                ReportMismatch(template, context);
                return;
            }
        }
    }

    /// <summary>ValidateJobTemplateSpec: the Job controller generates the selector of every Job it creates.</summary>
    private static void CheckCronJob(WorkloadSpec workload, RuleContext context)
    {
        if (workload.Selector is { IsWellTyped: true } selector)
        {
            context.Report(
                Rule.InvalidWorkloadSelector,
                selector.Span,
                FieldErrors.InvalidPrinted("spec.jobTemplate.spec.selector", GoValues.Selector(selector, context.Version), "`selector` will be auto-generated"));
        }

        if (workload.ManualSelector is { IsWellTyped: true, Value: true } manual)
        {
            context.Report(
                Rule.InvalidWorkloadSelector,
                manual.Span,
                "spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: \"nil\", \"false\"");
        }
    }

    private static bool IsEmpty(LabelSelector selector) => selector.MatchLabels.Entries.Count + selector.MatchExpressions.Count == 0;

    private static string InvalidSelector(LabelSelector selector, string detail, KubernetesVersion version) =>
        FieldErrors.InvalidPrinted("spec.selector", GoValues.Selector(selector, version), detail);

    private static void ReportMismatch(ObjectMetadata template, RuleContext context)
    {
        var labels = template.Labels;
        var value = GoValues.StringMap(labels.Entries, isNil: labels.KeySpan is null, context.Version);
        context.Report(
            Rule.InvalidWorkloadSelector,
            labels.KeySpan ?? template.Span,
            FieldErrors.InvalidPrinted(template.Path + ".labels", value, DoesNotMatch));
    }

    /// <summary>ValidateLabelSelector; returns how many errors it reported.</summary>
    private static int ReportSyntax(LabelSelector selector, RuleContext context)
    {
        var count = 0;
        foreach (var (span, message) in SyntaxErrors(selector, context.Version))
        {
            context.Report(Rule.InvalidWorkloadSelector, span, message);
            count++;
        }

        return count;
    }

    private static List<(SourceSpan Span, string Message)> SyntaxErrors(LabelSelector selector, KubernetesVersion version)
    {
        var errors = new List<(SourceSpan, string)>();
        var labelsPath = "spec.selector.matchLabels";
        foreach (var entry in selector.MatchLabels.Entries)
        {
            foreach (var message in LabelRules.KeyErrors(labelsPath, entry.Key.Value, version))
            {
                errors.Add((entry.Key.Span, message));
            }

            foreach (var message in LabelRules.ValueErrors(labelsPath, entry.Value.Value, version))
            {
                errors.Add((entry.Value.Span, message));
            }
        }

        foreach (var requirement in selector.MatchExpressions)
        {
            var op = RuleContext.TextOf(requirement.Operator);
            switch (op)
            {
                case "In":
                case "NotIn":
                    if (requirement.Values.Count == 0)
                    {
                        errors.Add((requirement.Span, FieldErrors.Required(requirement.Path + ".values", "must be specified when `operator` is 'In' or 'NotIn'")));
                    }

                    break;
                case "Exists":
                case "DoesNotExist":
                    if (requirement.Values.Count > 0)
                    {
                        errors.Add((requirement.Span, FieldErrors.Forbidden(requirement.Path + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'")));
                    }

                    break;
                default:
                    errors.Add((requirement.Operator?.Span ?? requirement.Span, FieldErrors.Invalid(requirement.Path + ".operator", op, "not a valid selector operator")));
                    break;
            }

            foreach (var message in LabelRules.KeyErrors(requirement.Path + ".key", RuleContext.TextOf(requirement.Key), version))
            {
                errors.Add((requirement.Key?.Span ?? requirement.Span, message));
            }

            for (var i = 0; i < requirement.Values.Count; i++)
            {
                var value = requirement.Values[i];
                var path = requirement.Path + ".values[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                foreach (var message in LabelRules.ValueErrors(path, value.Value, version))
                {
                    errors.Add((value.Span, message));
                }
            }
        }

        return errors;
    }

    /// <summary>labels.Selector.Matches: every requirement holds.</summary>
    private static bool Matches(LabelSelector selector, StringMap labels)
    {
        foreach (var entry in selector.MatchLabels.Entries)
        {
            if (!TryGet(labels, entry.Key.Value, out var value) || value != entry.Value.Value)
            {
                return false;
            }
        }

        foreach (var requirement in selector.MatchExpressions)
        {
            var has = TryGet(labels, RuleContext.TextOf(requirement.Key), out var value);
            var inValues = has && requirement.Values.Exists(candidate => candidate.Value == value);
            var holds = RuleContext.TextOf(requirement.Operator) switch
            {
                "In" => inValues,
                "NotIn" => !inValues,
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGet(StringMap labels, string key, out string value)
    {
        foreach (var entry in labels.Entries)
        {
            if (entry.Key.Value == key)
            {
                value = entry.Value.Value;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    private static bool Exists<T>(this IReadOnlyList<T> list, System.Predicate<T> predicate)
    {
        foreach (var item in list)
        {
            if (predicate(item))
            {
                return true;
            }
        }

        return false;
    }
}
