namespace PodAnalyzers.Findings;

/// <summary>POD1087: the pod's and the containers' security contexts as the API server validates them.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidSecurityContext = new(
        "POD1087",
        "Invalid security context",
        RuleCategory.Validation,
        Severity.Error,
        "A securityContext the API server rejects: a runAsUser, runAsGroup, fsGroup or supplementalGroups id outside 0-2147483647; an invalid, duplicate or host-namespaced sysctl; a Localhost seccomp or AppArmor profile without its localhostProfile (or a localhostProfile with another type); allowPrivilegeEscalation: false with privileged: true or CAP_SYS_ADMIN; an invalid windowsOptions value or inconsistent hostProcess; windowsOptions on a linux pod or Linux-only fields on a windows pod; a seccomp or AppArmor annotation that is malformed or disagrees with its field. The API server rejects the object.");
}
