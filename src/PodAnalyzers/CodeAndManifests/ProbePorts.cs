using System.Collections.Generic;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>A probe's port, resolved to a number.</summary>
/// <param name="Probe"><c>readinessProbe</c>, <c>livenessProbe</c> or <c>startupProbe</c>.</param>
/// <param name="PortName">The name written when the probe names a port of the container; null for a number.</param>
/// <param name="Span">The port value in the YAML file.</param>
internal sealed record ProbePort(string Probe, int Port, string? PortName, SourceSpan Span);

/// <summary>
/// The ports the probes of a container ask the app on: <c>httpGet</c>, <c>tcpSocket</c> and
/// <c>grpc</c>, a named port resolved through the container's <c>ports[].name</c>. A probe with a
/// <c>host</c> asks another address, and a name no port carries is POD1084's: both are left out.
/// </summary>
internal static class ProbePorts
{
    private static readonly string[] Probes = { "readinessProbe", "livenessProbe", "startupProbe" };

    public static IEnumerable<ProbePort> Of(SelectedContainer selected)
    {
        var container = ContainerEnvironment.ContainerNode(selected);
        foreach (var probe in Probes)
        {
            var node = container.Field(probe);
            foreach (var action in new[] { "httpGet", "tcpSocket", "grpc" })
            {
                var handler = node.Field(action);
                if (!handler.IsPresent || handler.Field("host").IsPresent || handler.Field("port").AsIntOrString() is not { } port)
                {
                    continue;
                }

                if (!port.IsText)
                {
                    yield return new ProbePort(probe, port.Number, null, port.Span);
                }
                else if (action != "grpc" && NamedPort(selected, port.Text!) is { } number)
                {
                    yield return new ProbePort(probe, number, port.Text, port.Span);
                }
            }
        }
    }

    private static int? NamedPort(SelectedContainer selected, string name)
    {
        foreach (var port in selected.Container.Ports)
        {
            if (port.Name?.Value == name && port.ContainerPortNumber is { IsWellTyped: true } number)
            {
                return number.Value;
            }
        }

        return null;
    }
}
