using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Manifests;
using PodAnalyzers.Roslyn.Shared;
using PodAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>
/// Every pod source of ../shared/corpus (real manifests from the Kubernetes website and
/// examples) through every rule. An error there must be one the API server really gives: each is
/// listed below with the reason, and any other error is a bug in a rule.
/// </summary>
public sealed class CorpusConformanceTests
{
    /// <summary>"file (line,column): message" of each error-severity finding, with why the server rejects it.</summary>
    private static readonly Dictionary<string, string> ExpectedErrors = new(System.StringComparer.Ordinal)
    {
        ["kubernetes-examples/_archived/volumes/aws_ebs/aws-ebs-web.yaml (12,21): spec.containers[0].ports[0].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""] =
            "protocol is case-sensitive: the server accepts only TCP, UDP and SCTP (an archived example written before that was enforced).",
        ["kubernetes-examples/_archived/volumes/cinder/cinder-web.yaml (12,21): spec.containers[0].ports[0].protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""] =
            "The same lowercase protocol in another archived example.",
        ["kubernetes-website/content/en/examples/application/job/job-tmpl.yaml (6,11): metadata.name: Invalid value: \"process-item-$ITEM\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"] =
            "A template for sed ($ITEM is replaced before kubectl apply); applied as written, '$' is not allowed in a name.",
        ["kubernetes-website/content/en/examples/controllers/job-success-policy-example.yaml (2,7): metadata.name: Required value: name or generateName is required"] =
            "A documentation fragment with no metadata at all: the server requires a name or generateName.",
        ["kubernetes-website/content/en/examples/controllers/job-success-policy-example.yaml (12,5): spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""] =
            "The same fragment sets no restartPolicy: SetDefaults_PodSpec makes it Always, which validateJobSpec (pkg/apis/batch/validation) rejects for a Job.",
        ["kubernetes-examples/_archived/sysdig-cloud/sysdig-rc.yaml (9,1): spec.selector: Required value"] =
            "A ReplicationController with neither spec.selector nor template labels: SetDefaults_ReplicationController has no labels to copy, so ValidateNonEmptySelector (pkg/apis/core/validation) finds the selector empty.",
        ["kubernetes-website/content/en/examples/pods/resource/pod-level-pid-limit.yaml (9,7): spec.resources.limits[pids]: Invalid value: \"pids\": must be a standard resource type or fully qualified"] =
            "The per-pod PID limit (KEP-6063) is an alpha feature after 1.36: up to 1.36 validatePodResourceName finds no standard resource named pids.",
        ["kubernetes-website/content/en/examples/deployments/deployment-with-capacity-reservation.yaml (22,13): spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100"] =
            "A preferred pod anti-affinity term written without weight and podAffinityTerm (labelSelector and topologyKey sit beside them, POD0010): the weight is 0, which validateWeightedPodAffinityTerms rejects.",
        ["kubernetes-website/content/en/examples/deployments/deployment-with-capacity-reservation.yaml (22,13): spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey: Required value: can not be empty"] =
            "The same term: its podAffinityTerm is empty, so validatePodAffinityTerm finds no topologyKey.",
        ["kubernetes-website/content/en/examples/deployments/deployment-with-capacity-reservation.yaml (22,13): spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey: Invalid value: \"\": name part must be non-empty"] =
            "The same empty topologyKey fails ValidateLabelName too.",
        ["kubernetes-website/content/en/examples/deployments/deployment-with-capacity-reservation.yaml (22,13): spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey: Invalid value: \"\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"] =
            "And the label-name regex, which an empty name does not match.",
    };

    /// <summary>Errors of the list above that exist only from a minor on: the location, and that minor.</summary>
    private static readonly Dictionary<string, int> ErrorsFromMinor = new(System.StringComparer.Ordinal)
    {
        // Pod-level spec.resources is validated from 1.34, where PodLevelResources is on by default.
        ["POD1081 kubernetes-website/content/en/examples/pods/resource/pod-level-pid-limit.yaml (9,7)"] = 34,
    };

    /// <summary>"rule file (line,column)" of errors that only older target versions give, with why.</summary>
    private static readonly Dictionary<string, string> OlderVersionErrors = new(System.StringComparer.Ordinal)
    {
        ["POD1080 kubernetes-website/content/en/examples/pods/pod-with-numeric-toleration.yaml (19,17)"] =
            "The toleration operator Gt exists from 1.35 (TaintTolerationComparisonOperators); up to 1.34 ValidateTolerations supports only Equal and Exists.",
    };

    private readonly ITestOutputHelper output;

    public CorpusConformanceTests(ITestOutputHelper output) => this.output = output;

    [CorpusFact]
    public void Only_genuine_api_server_errors_are_reported_in_the_corpus()
    {
        var findings = Findings(KubernetesVersion.Default);
        foreach (var finding in findings)
        {
            output.WriteLine(finding);
        }

        var errors = findings.Where(line => Severity(line) == DiagnosticSeverity.Error).Select(Strip).ToList();
        Assert.Equal(ExpectedErrors.Keys.OrderBy(x => x, System.StringComparer.Ordinal), errors.OrderBy(x => x, System.StringComparer.Ordinal));
    }

    [CorpusFact]
    public void Every_supported_version_reports_the_same_errors_in_the_corpus()
    {
        var expected = Findings(KubernetesVersion.Default).Where(line => Severity(line) == DiagnosticSeverity.Error).ToList();
        for (var minor = KubernetesVersion.Oldest.Minor; minor <= KubernetesVersion.Newest.Minor; minor++)
        {
            var errors = Findings(new KubernetesVersion(minor)).Where(line => Severity(line) == DiagnosticSeverity.Error && !OlderVersionErrors.ContainsKey(Location(line))).ToList();
            var expectedAtMinor = expected.Select(Location).Where(location => !ErrorsFromMinor.TryGetValue(location, out var from) || minor >= from);
            Assert.Equal(expectedAtMinor, errors.Select(Location));
        }
    }

    private static List<string> Findings(KubernetesVersion version) =>
        Corpus.YamlFiles()
            .Select(path => ManifestReader.Read(Corpus.RelativePath(path), File.ReadAllText(path)))
            .SelectMany(file => file.PodSources.SelectMany(pod => PodRules.Evaluate(pod, version))
                .Select(finding => $"{finding.RuleId} {file.Path} ({finding.Span.Line},{finding.Span.Column}): {finding.Message}"))
            .ToList();

    private static DiagnosticSeverity Severity(string line) =>
        Descriptors.ManifestAnalyzerRules.Single(descriptor => line.StartsWith(descriptor.Id + " ", System.StringComparison.Ordinal)).DefaultSeverity;

    private static string Strip(string line) => line.Substring(line.IndexOf(' ', System.StringComparison.Ordinal) + 1);

    private static string Location(string line) => line.Substring(0, line.IndexOf(':', System.StringComparison.Ordinal));
}
