namespace PodAnalyzers.Findings;

/// <summary>POD1083-POD1084: probes and lifecycle handlers.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidProbeOrHandler = new(
        "POD1083",
        "Invalid probe or lifecycle handler",
        RuleCategory.Validation,
        Severity.Error,
        "A livenessProbe, readinessProbe, startupProbe, postStart or preStop names no handler or more than one, has a negative timing, a successThreshold other than 1 (liveness, startup), a bad port, header name, exec command or sleep duration, or is set where it is not allowed (init containers without restartPolicy: Always, ephemeral containers). The API server rejects the object.");

    public static readonly Rule UndeclaredProbePortName = new(
        "POD1084",
        "Probe or hook names a port the container does not declare",
        RuleCategory.Validation,
        Severity.Warning,
        "An httpGet or tcpSocket probe, or an httpGet lifecycle hook, gives its port as a name that is not a ports[].name of its container. The API server accepts it; the kubelet cannot resolve the name, so the probe or hook fails every time.");
}
