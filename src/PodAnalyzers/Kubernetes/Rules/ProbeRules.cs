using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1083: probes and lifecycle handlers as validateContainers, validateInitContainers and
/// validateEphemeralContainers check them (validateLifecycle, validateLivenessProbe,
/// validateReadinessProbe, validateStartupProbe, validateProbe, validateHandler and its action
/// validators). POD1084: a probe or hook port given as a name its container does not declare,
/// which the kubelet cannot resolve (prober ResolveContainerPort, lifecycle resolvePort).
/// </summary>
/// <remarks>
/// Checked after the server's defaulting: SetDefaults_Probe turns a 0 timeoutSeconds,
/// periodSeconds, successThreshold and failureThreshold into 1, 10, 1 and 3 (so only negatives
/// remain to report), SetDefaults_HTTPGetAction an empty path into "/" and an empty scheme into
/// HTTP (the scheme's enum is POD1080's), SetDefaults_PodSpec an absent
/// terminationGracePeriodSeconds into 30. A field of the wrong YAML type fails decoding (POD0002)
/// and the server validates nothing, so the checks that need it are skipped.
/// </remarks>
internal static class ProbeRules
{
    private const long DefaultTerminationGracePeriodSeconds = 30;
    private const string NoHandler = "must specify a handler type";
    private const string MoreThanOneHandler = "may not specify more than 1 handler type";
    private const string ForbiddenInInitContainers = "may not be set for init containers without restartPolicy=Always";
    private const string ForbiddenInEphemeralContainers = "cannot be set for an Ephemeral Container";

    // validateHandler's order: exec, httpGet, tcpSocket, grpc (probes), sleep (hooks).
    private static readonly string[] ProbeHandlers = { "exec", "httpGet", "tcpSocket", "grpc" };
    private static readonly string[] LifecycleHandlers = { "exec", "httpGet", "tcpSocket", "sleep" };

    // ValidateNonnegativeField, in validateProbe's order.
    private static readonly string[] ProbeCounts = { "initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold" };

    public static void Check(PodSource pod, RuleContext context)
    {
        var spec = pod.Spec.Node;
        var gracePeriod = SleepLimit(spec.Field("terminationGracePeriodSeconds"));
        foreach (var container in spec.Field("containers").Items())
        {
            CheckContainer(container, gracePeriod, context);
        }

        foreach (var container in spec.Field("initContainers").Items())
        {
            var restartPolicy = container.Field("restartPolicy");
            if (restartPolicy.IsPresent && restartPolicy.AsString() is null)
            {
                continue;
            }

            // A restartable init container (a sidecar) is checked like a regular one.
            if (restartPolicy.StringOrEmpty == "Always")
            {
                CheckContainer(container, gracePeriod, context);
                continue;
            }

            Forbid(container.Field("lifecycle"), ForbiddenInInitContainers, context);
            Forbid(container.Field("livenessProbe"), ForbiddenInInitContainers, context);
            Forbid(container.Field("readinessProbe"), ForbiddenInInitContainers, context);
            Forbid(container.Field("startupProbe"), ForbiddenInInitContainers, context);
        }

        // validateFieldAllowList, in the struct's field order.
        foreach (var container in spec.Field("ephemeralContainers").Items())
        {
            Forbid(container.Field("livenessProbe"), ForbiddenInEphemeralContainers, context);
            Forbid(container.Field("readinessProbe"), ForbiddenInEphemeralContainers, context);
            Forbid(container.Field("startupProbe"), ForbiddenInEphemeralContainers, context);
            Forbid(container.Field("lifecycle"), ForbiddenInEphemeralContainers, context);
        }
    }

    /// <summary>
    /// The pod's terminationGracePeriodSeconds that bounds a sleep; null when it cannot be known
    /// (wrong type) or is negative (accepted with a warning and treated as 1 by the kubelet: too
    /// uncertain to measure a sleep against).
    /// </summary>
    private static long? SleepLimit(FieldNode gracePeriod)
    {
        if (!gracePeriod.IsPresent)
        {
            return DefaultTerminationGracePeriodSeconds;
        }

        return gracePeriod.AsInteger() is { Value: >= 0 } seconds ? seconds.Value : null;
    }

    private static void Forbid(FieldNode field, string detail, RuleContext context)
    {
        if (field.Mapping is not null)
        {
            context.Report(Rule.InvalidProbeOrHandler, field.KeySpan, FieldErrors.Forbidden(field.Path, detail));
        }
    }

    private static void CheckContainer(FieldNode container, long? gracePeriod, RuleContext context)
    {
        var lifecycle = container.Field("lifecycle");
        if (lifecycle.Mapping is not null)
        {
            CheckHandler(container, lifecycle.Field("postStart"), isProbe: false, gracePeriod, context);
            CheckHandler(container, lifecycle.Field("preStop"), isProbe: false, gracePeriod, context);
        }

        CheckProbe(container, container.Field("livenessProbe"), successThresholdMustBeOne: true, context);
        var readiness = container.Field("readinessProbe");
        if (CheckProbe(container, readiness, successThresholdMustBeOne: false, context)
            && ReadInteger(readiness.Field("terminationGracePeriodSeconds"), long.MinValue, long.MaxValue) is { } readinessGrace)
        {
            context.Report(Rule.InvalidProbeOrHandler, readinessGrace.Span, Invalid(readiness.Path + ".terminationGracePeriodSeconds", readinessGrace.Value, "must not be set for readinessProbes"));
        }

        CheckProbe(container, container.Field("startupProbe"), successThresholdMustBeOne: true, context);
    }

    /// <summary>validateProbe, plus validateLivenessProbe's and validateStartupProbe's successThreshold; false when there is no probe.</summary>
    private static bool CheckProbe(FieldNode container, FieldNode probe, bool successThresholdMustBeOne, RuleContext context)
    {
        if (probe.Mapping is null)
        {
            return false;
        }

        CheckHandler(container, probe, isProbe: true, gracePeriod: null, context);
        foreach (var name in ProbeCounts)
        {
            if (ReadInteger(probe.Field(name), int.MinValue, int.MaxValue) is { Value: < 0 } negative)
            {
                context.Report(Rule.InvalidProbeOrHandler, negative.Span, Invalid(probe.Path + "." + name, negative.Value, "must be greater than or equal to 0"));
            }
        }

        if (ReadInteger(probe.Field("terminationGracePeriodSeconds"), long.MinValue, long.MaxValue) is { Value: <= 0 } gracePeriod)
        {
            context.Report(Rule.InvalidProbeOrHandler, gracePeriod.Span, Invalid(probe.Path + ".terminationGracePeriodSeconds", gracePeriod.Value, "must be greater than 0"));
        }

        var successThreshold = probe.Field("successThreshold");
        if (successThresholdMustBeOne
            && ReadInteger(successThreshold, int.MinValue, int.MaxValue) is { Value: not (0 or 1) } threshold)
        {
            context.Report(Rule.InvalidProbeOrHandler, threshold.Span, Invalid(successThreshold.Path, threshold.Value, "must be 1"));
        }

        return true;
    }

    /// <summary>validateHandler: exactly one handler, the first one checked, every later one forbidden.</summary>
    private static void CheckHandler(FieldNode container, FieldNode handler, bool isProbe, long? gracePeriod, RuleContext context)
    {
        if (handler.Mapping is not { } mapping)
        {
            return;
        }

        var handlerNames = isProbe ? ProbeHandlers : LifecycleHandlers;

        foreach (var name in handlerNames)
        {
            var action = handler.Field(name);
            if (action.IsPresent && action.Mapping is null)
            {
                return;
            }
        }

        var handled = false;
        foreach (var name in handlerNames)
        {
            var action = handler.Field(name);
            if (!action.IsPresent)
            {
                continue;
            }

            if (handled)
            {
                context.Report(Rule.InvalidProbeOrHandler, action.KeySpan, FieldErrors.Forbidden(action.Path, MoreThanOneHandler));
                continue;
            }

            handled = true;
            switch (name)
            {
                case "exec":
                    CheckExec(action, context);
                    break;
                case "httpGet":
                    CheckHttpGet(action, context);
                    WarnAboutUndeclaredPortName(container, action.Field("port"), isProbe ? "probe" : "hook", context);
                    break;
                case "tcpSocket":
                    CheckPortNumberOrName(action.Field("port"), context);

                    // The kubelet runs no tcpSocket hook at all, so only a probe resolves the name.
                    if (isProbe)
                    {
                        WarnAboutUndeclaredPortName(container, action.Field("port"), "probe", context);
                    }

                    break;
                case "grpc":
                    CheckGrpc(action, context);
                    break;
                case "sleep":
                    CheckSleep(action, gracePeriod, context);
                    break;
            }
        }

        // A handler written under an unknown key (POD0010) is what strict decoding rejects; the
        // server never gets as far as finding no handler.
        if (!handled && HasOnlyKnownKeys(mapping, isProbe))
        {
            context.Report(Rule.InvalidProbeOrHandler, handler.KeySpan, FieldErrors.Required(handler.Path, NoHandler));
        }
    }

    private static bool HasOnlyKnownKeys(YamlMapping mapping, bool isProbe)
    {
        var handlerNames = isProbe ? ProbeHandlers : LifecycleHandlers;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText;
            var known = System.Array.IndexOf(handlerNames, key) >= 0
                || (isProbe && (System.Array.IndexOf(ProbeCounts, key) >= 0 || key == "terminationGracePeriodSeconds"));
            if (!known)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>validateExecAction: a command is required.</summary>
    private static void CheckExec(FieldNode exec, RuleContext context)
    {
        var command = exec.Field("command");
        if (command.IsPresent && command.Sequence is null)
        {
            return;
        }

        if (command.Sequence is not { Items.Count: > 0 })
        {
            context.Report(Rule.InvalidProbeOrHandler, SpanOf(command), FieldErrors.Required(command.Path));
        }
    }

    /// <summary>validateHTTPGetAction: the port, and each header name (all reported at the httpHeaders path).</summary>
    private static void CheckHttpGet(FieldNode httpGet, RuleContext context)
    {
        CheckPortNumberOrName(httpGet.Field("port"), context);
        var headers = httpGet.Field("httpHeaders");
        foreach (var header in headers.Items())
        {
            var name = header.Field("name");
            if (header.Mapping is null || (name.IsPresent && name.AsString() is null))
            {
                continue;
            }

            foreach (var message in FieldErrors.Invalid(headers.Path, name.StringOrEmpty, HttpHeaderValidation.ValidateName(name.StringOrEmpty)))
            {
                context.Report(Rule.InvalidProbeOrHandler, SpanOf(name), message);
            }
        }
    }

    /// <summary>ValidatePortNumOrName: a number 1-65535 or an IANA_SVC_NAME; an absent port is the number 0.</summary>
    private static void CheckPortNumberOrName(FieldNode port, RuleContext context)
    {
        if (!port.IsPresent)
        {
            ReportPortNumber(port.Path, 0, port.KeySpan, context);
            return;
        }

        switch (port.AsIntOrString())
        {
            case { IsText: true } name:
                foreach (var message in FieldErrors.Invalid(port.Path, name.Text!, PortValidation.ValidatePortName(name.Text!)))
                {
                    context.Report(Rule.InvalidProbeOrHandler, name.Span, message);
                }

                break;
            case { } number:
                ReportPortNumber(port.Path, number.Number, number.Span, context);
                break;
        }
    }

    /// <summary>validateGRPCAction: the port is a number (int32), 0 when absent.</summary>
    private static void CheckGrpc(FieldNode grpc, RuleContext context)
    {
        var port = grpc.Field("port");
        if (!port.IsPresent)
        {
            ReportPortNumber(port.Path, 0, port.KeySpan, context);
        }
        else if (ReadInteger(port, int.MinValue, int.MaxValue) is { } number)
        {
            ReportPortNumber(port.Path, (int)number.Value, number.Span, context);
        }
    }

    private static void ReportPortNumber(string path, int port, SourceSpan span, RuleContext context)
    {
        foreach (var message in PortValidation.ValidatePortNumber(port))
        {
            context.Report(Rule.InvalidProbeOrHandler, span, FieldErrors.Invalid(path, port, message));
        }
    }

    /// <summary>
    /// validateSleepAction, reported at the sleep's own path: 0..terminationGracePeriodSeconds from
    /// 1.33 (PodLifecycleSleepActionAllowZero on by default), 1..terminationGracePeriodSeconds before.
    /// </summary>
    private static void CheckSleep(FieldNode sleep, long? gracePeriod, RuleContext context)
    {
        var seconds = sleep.Field("seconds");
        var value = seconds.IsPresent ? ReadInteger(seconds, long.MinValue, long.MaxValue) : new Located<long>(0, seconds.KeySpan);
        if (gracePeriod is not { } limit || value is null)
        {
            return;
        }

        var minor = context.Version.Minor;
        var allowZero = minor >= 33;
        if (value.Value <= limit && (value.Value > 0 || (allowZero && value.Value == 0)))
        {
            return;
        }

        var limitText = limit.ToString(CultureInfo.InvariantCulture);
        var detail = allowZero
            ? "must be non-negative and less than terminationGracePeriodSeconds (" + limitText + ")"
            : "must be greater than 0 and less than terminationGracePeriodSeconds (" + limitText + ")"
              + (minor == 32 ? ". Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep." : string.Empty);
        context.Report(Rule.InvalidProbeOrHandler, value.Span, Invalid(sleep.Path, value.Value, detail));
    }

    /// <summary>POD1084: a valid port name that is no <c>ports[].name</c> of the container; silent when those cannot be read.</summary>
    private static void WarnAboutUndeclaredPortName(FieldNode container, FieldNode port, string runner, RuleContext context)
    {
        if (port.AsIntOrString() is not { IsText: true } name || PortValidation.ValidatePortName(name.Text!).Count != 0)
        {
            return;
        }

        var ports = container.Field("ports");
        if (ports.IsPresent && ports.Sequence is null)
        {
            return;
        }

        foreach (var declared in ports.Items())
        {
            var declaredName = declared.Field("name");
            if (declared.Mapping is null || (declaredName.IsPresent && declaredName.AsString() is null))
            {
                return;
            }

            if (declaredName.StringOrEmpty == name.Text)
            {
                return;
            }
        }

        context.Report(
            Rule.UndeclaredProbePortName,
            name.Span,
            $"{port.Path}: port name {FieldErrors.GoQuote(name.Text!)} is not declared in {ports.Path}: the kubelet cannot resolve it and the {runner} fails");
    }

    /// <summary>An integer field within the Go type's range; null when absent, null or not decodable.</summary>
    private static Located<long>? ReadInteger(FieldNode field, long min, long max) =>
        field.AsInteger() is { } number && number.Value >= min && number.Value <= max ? number : null;

    /// <summary>Where a finding about a required field lands: its value, else its own key, else its parent's.</summary>
    private static SourceSpan SpanOf(FieldNode field) => field.IsPresent ? field.ValueSpan : field.KeySpan;

    private static string Invalid(string path, long value, string detail) =>
        FieldErrors.InvalidPrinted(path, value.ToString(CultureInfo.InvariantCulture), detail);
}
