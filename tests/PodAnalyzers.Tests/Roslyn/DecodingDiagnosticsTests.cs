using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ManifestAnalyzerTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD0010, POD0011 and POD0013 through the analyzer: located on the YAML token, worded as the server words them.</summary>
public sealed class DecodingDiagnosticsTests
{
    [Fact]
    public Task Unknown_fields_duplicate_keys_and_unserved_api_versions_land_on_their_tokens() =>
        VerifyAsync(
            """
            apiVersion: {|#0:batch/v1beta1|}
            kind: CronJob
            metadata:
              name: nightly
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              {|#1:lables|}: {app: web}
            spec:
              containers:
              - name: app
                image: nginx
                {|#2:image|}: redis

            """,
            Diagnostic("POD0013").WithLocation(0)
                .WithMessage("no matches for kind \"CronJob\" in version \"batch/v1beta1\": Kubernetes 1.36 serves it as apiVersion: batch/v1"),
            Diagnostic("POD0010").WithLocation(1)
                .WithMessage("strict decoding error: unknown field \"metadata.lables\"; did you mean \"labels\"?"),
            Diagnostic("POD0011").WithLocation(2)
                .WithMessage("spec.containers[0].image: mapping key \"image\" already defined at line 14"));

    [Fact]
    public Task The_target_version_decides_which_fields_exist() =>
        new ManifestAnalyzerTest()
            .WithProperty("PodAnalyzersKubernetesVersion", "1.31")
            .WithManifest("/k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                spec:
                  {|#0:resources|}: {limits: {cpu: "1"}}
                  containers: [{name: app, image: nginx}]

                """)
            .Expect(Diagnostic("POD0010").WithLocation(0)
                .WithMessage("strict decoding error: unknown field \"spec.resources\"; \"resources\" exists from Kubernetes 1.32 (the target, PodAnalyzersKubernetesVersion, is 1.31)"))
            .RunAsync();
}
