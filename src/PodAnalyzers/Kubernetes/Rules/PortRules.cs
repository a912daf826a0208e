using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// Container ports: POD1050 numbers and protocol, POD1051 names, POD1052 duplicate names
/// (validateContainerPorts), POD1054 host port conflicts and hostNetwork
/// (checkHostPortConflicts, validatePodHostNetworkDeps), POD1053 the server's warnings for two
/// definitions of one port (pkg/api/pod/warnings.go).
/// </summary>
/// <remarks>
/// Defaults apply first, as on the server: protocol "" becomes TCP; in a Pod with
/// <c>hostNetwork: true</c> a hostPort of 0 becomes the containerPort. Since 1.28 the server no
/// longer defaults hostPort inside pod templates, so a workload's template is checked as written.
/// </remarks>
internal static class PortRules
{
    private const string HostNetworkDetail = "must match `containerPort` when `hostNetwork` is true";

    public static void Check(PodSource pod, RuleContext context)
    {
        var defaults = new PortDefaults(pod);
        foreach (var container in pod.Spec.AllContainers)
        {
            CheckPorts(container, defaults, context);
        }

        // Regular containers share one accumulator; each init container is checked on its own
        // because init containers run one at a time.
        CheckHostPortConflicts(pod.Spec.Containers, defaults, context);
        foreach (var init in pod.Spec.InitContainers)
        {
            CheckHostPortConflicts(new[] { init }, defaults, context);
        }

        if (defaults.HostNetwork)
        {
            CheckHostNetwork(pod.Spec.Containers, context);
        }

        WarnAboutDuplicateDefinitions(pod.Spec, defaults, context);
    }

    private static void CheckPorts(Container container, PortDefaults defaults, RuleContext context)
    {
        // Built at the first named port: most containers name none, many have no ports at all.
        HashSet<string>? names = null;
        foreach (var port in container.Ports)
        {
            if (port.Name is { IsWellTyped: true, Value.Length: > 0 } name)
            {
                var messages = PortValidation.ValidatePortName(name.Value);
                foreach (var message in messages)
                {
                    context.Report(Rule.InvalidPortName, name.Span, FieldErrors.Invalid(port.Path + ".name", name.Value, message));
                }

                if (messages.Count == 0 && !(names ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(name.Value))
                {
                    context.Report(Rule.DuplicatePortName, name.Span, FieldErrors.Duplicate(port.Path + ".name", name.Value));
                }
            }

            if (port.ContainerPortNumber is null || port.ContainerPortNumber.IsWellTyped)
            {
                var containerPort = port.ContainerPortNumber?.Value ?? 0;
                if (containerPort == 0)
                {
                    context.Report(Rule.InvalidContainerPort, port.ContainerPortNumber?.Span ?? port.Span, FieldErrors.Required(port.Path + ".containerPort"));
                }
                else
                {
                    foreach (var message in PortValidation.ValidatePortNumber(containerPort))
                    {
                        context.Report(Rule.InvalidContainerPort, port.ContainerPortNumber!.Span, FieldErrors.Invalid(port.Path + ".containerPort", containerPort, message));
                    }
                }
            }

            // A defaulted hostPort is the containerPort, already checked above: check the written one.
            if (port.HostPort is { IsWellTyped: true, Value: not 0 } hostPort)
            {
                foreach (var message in PortValidation.ValidatePortNumber(hostPort.Value))
                {
                    context.Report(Rule.InvalidContainerPort, hostPort.Span, FieldErrors.Invalid(port.Path + ".hostPort", hostPort.Value, message));
                }
            }

            if (port.Protocol is { IsWellTyped: true } protocol && !PortValidation.IsSupportedProtocol(port.EffectiveProtocol))
            {
                context.Report(Rule.InvalidContainerPort, protocol.Span, FieldErrors.NotSupported(port.Path + ".protocol", protocol.Value, PortValidation.SupportedProtocols));
            }
        }
    }

    private static void CheckHostPortConflicts(IEnumerable<Container> containers, PortDefaults defaults, RuleContext context)
    {
        // Built at the first host port: most pods have none.
        HashSet<string>? seen = null;
        foreach (var container in containers)
        {
            foreach (var port in container.Ports)
            {
                if (!IsUsable(port))
                {
                    continue;
                }

                var hostPort = defaults.HostPort(port);
                if (hostPort == 0)
                {
                    continue;
                }

                var key = port.EffectiveProtocol + "/" + RuleContext.TextOf(port.HostIP) + "/" + hostPort.ToString(CultureInfo.InvariantCulture);
                if (!(seen ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(key))
                {
                    var span = port.HostPort?.Span ?? port.ContainerPortNumber?.Span ?? port.Span;
                    context.Report(Rule.HostPortConflict, span, FieldErrors.Duplicate(port.Path + ".hostPort", key));
                }
            }
        }
    }

    /// <summary>validatePodHostNetworkDeps: regular containers only; a written hostPort must equal containerPort.</summary>
    private static void CheckHostNetwork(IEnumerable<Container> containers, RuleContext context)
    {
        foreach (var container in containers)
        {
            foreach (var port in container.Ports)
            {
                if (!IsUsable(port) || port.HostPort is not { Value: not 0 } hostPort)
                {
                    continue;
                }

                if (hostPort.Value != (port.ContainerPortNumber?.Value ?? 0))
                {
                    context.Report(Rule.HostPortConflict, hostPort.Span, FieldErrors.Invalid(port.Path + ".hostPort", hostPort.Value, HostNetworkDetail));
                }
            }
        }
    }

    private static void WarnAboutDuplicateDefinitions(PodSpec spec, PortDefaults defaults, RuleContext context)
    {
        var byPort = new Dictionary<string, List<ContainerPort>>(System.StringComparer.Ordinal);
        foreach (var container in EnvRules.WarningOrder(spec))
        {
            foreach (var port in container.Ports)
            {
                if (!IsUsable(port))
                {
                    continue;
                }

                var hostIP = RuleContext.TextOf(port.HostIP);
                var hostPort = defaults.HostPort(port);
                var containerPort = port.ContainerPortNumber?.Value ?? 0;
                var span = port.ContainerPortNumber?.Span ?? port.Span;
                if (hostIP.Length != 0 && hostPort == 0)
                {
                    context.Report(Rule.DuplicatePortDefinition, port.HostIP!.Span, $"{port.Path}: hostIP set without hostPort: {GoStruct(port, hostPort)}");
                }

                var key = containerPort.ToString(CultureInfo.InvariantCulture) + "/" + port.EffectiveProtocol;
                if (!byPort.TryGetValue(key, out var others))
                {
                    byPort[key] = new List<ContainerPort> { port };
                    continue;
                }

                foreach (var other in others)
                {
                    var otherHostIP = RuleContext.TextOf(other.HostIP);
                    var otherHostPort = defaults.HostPort(other);
                    string? kind = null;
                    if (hostIP == otherHostIP && hostPort == otherHostPort)
                    {
                        kind = "duplicate";
                    }
                    else if (hostPort == 0 || otherHostPort == 0)
                    {
                        kind = "overlapping";
                    }
                    else if (hostPort == otherHostPort && (hostIP.Length == 0) != (otherHostIP.Length == 0))
                    {
                        kind = "dangerously ambiguous";
                    }

                    if (kind is not null)
                    {
                        context.Report(Rule.DuplicatePortDefinition, span, $"{port.Path}: {kind} port definition with {other.Path}");
                    }
                }

                others.Add(port);
            }
        }
    }

    /// <summary>A port whose fields all decoded (a wrongly typed one is POD0002 and the object never reaches validation).</summary>
    private static bool IsUsable(ContainerPort port) =>
        port.Name is not { IsWellTyped: false }
        && port.ContainerPortNumber is not { IsWellTyped: false }
        && port.HostPort is not { IsWellTyped: false }
        && port.Protocol is not { IsWellTyped: false }
        && port.HostIP is not { IsWellTyped: false };

    /// <summary>Go's %+v of core.ContainerPort.</summary>
    private static string GoStruct(ContainerPort port, int hostPort) =>
        "{Name:" + RuleContext.TextOf(port.Name)
        + " HostPort:" + hostPort.ToString(CultureInfo.InvariantCulture)
        + " ContainerPort:" + (port.ContainerPortNumber?.Value ?? 0).ToString(CultureInfo.InvariantCulture)
        + " Protocol:" + port.EffectiveProtocol
        + " HostIP:" + RuleContext.TextOf(port.HostIP) + "}";

    /// <summary>The server's defaulting of hostPort (SetDefaults_Pod, Pods only since 1.28).</summary>
    private readonly struct PortDefaults
    {
        private readonly bool defaultHostPorts;

        public PortDefaults(PodSource pod)
        {
            HostNetwork = pod.Spec.HostNetwork is { IsWellTyped: true, Value: true };
            defaultHostPorts = HostNetwork && !pod.IsWorkload;
        }

        public bool HostNetwork { get; }

        public int HostPort(ContainerPort port)
        {
            var written = port.HostPort?.Value ?? 0;
            return written == 0 && defaultHostPorts ? port.ContainerPortNumber?.Value ?? 0 : written;
        }
    }
}
