using System.Linq;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.Kubernetes.Rules;

/// <summary>Reads a YAML snippet and runs every rule: "POD1001 (7,5): message" per finding.</summary>
internal static class RuleTestKit
{
    public const string LabelNameRegex =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    public const string LabelValueRegex =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    public const string DnsLabelRegex =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    public const string SubdomainRegex =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    /// <summary>
    /// A Pod whose spec starts at line 5 ("spec:") with one valid container on lines 6-8;
    /// <paramref name="spec"/> is appended from line 9 (indented two spaces, under spec).
    /// </summary>
    public static string Pod(string spec = "", string name = "web") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\nspec:\n  containers:\n  - name: app\n    image: nginx\n" + spec;

    public static string[] Run(string yaml, int minor = 36) =>
        ManifestReader.Read("pod.yaml", yaml).PodSources
            .SelectMany(pod => PodRules.Evaluate(pod, new KubernetesVersion(minor)))
            .Select(finding => $"{finding.RuleId} ({finding.Span.Line},{finding.Span.Column}): {finding.Message}")
            .ToArray();
}
