using System.Threading.Tasks;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD1087 through the analyzer: severity, the span on the offending value, the server's message.</summary>
public sealed class SecurityContextDiagnosticsTests
{
    [Fact]
    public Task Pod1087_escalation_conflict_lands_on_allowPrivilegeEscalation_of_a_cronjob_template() =>
        VerifyAsync(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                      - name: app
                        image: busybox
                        securityContext:
                          privileged: true
                          allowPrivilegeEscalation: {|#0:false|}

            """,
            Diagnostic("POD1087").WithLocation(0)
                .WithMessage("spec.jobTemplate.spec.template.spec.containers[0].securityContext: Invalid value: {\"Capabilities\":null,\"Privileged\":true,\"SELinuxOptions\":null,\"WindowsOptions\":null,\"RunAsUser\":null,\"RunAsGroup\":null,\"RunAsNonRoot\":null,\"ReadOnlyRootFilesystem\":null,\"AllowPrivilegeEscalation\":false,\"ProcMount\":null,\"SeccompProfile\":null,\"AppArmorProfile\":null}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));

    [Fact]
    public Task Pod1087_localhost_seccomp_without_profile() =>
        VerifyAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              securityContext:
                seccompProfile:
                  type: {|#0:Localhost|}
              containers:
              - name: app
                image: nginx

            """,
            Diagnostic("POD1087").WithLocation(0)
                .WithMessage("spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost"));
}
