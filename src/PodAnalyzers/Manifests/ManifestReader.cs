using System.Collections.Generic;
using System.Threading;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Manifests.Reading;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Manifests;

/// <summary>
/// Reads one YAML file into its pod sources. Documents that are not pod sources (Services,
/// ConfigMaps, CI configuration) are ignored silently; malformed text and wrong shapes become findings.
/// </summary>
internal static class ManifestReader
{
    public static ManifestFile Read(string path, string text, CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        var podSources = new List<PodSource>();
        var nodes = new List<Node>();
        var suppressions = new List<Suppression>();
        var objectList = new List<ManifestObject>();
        if (HelmTemplateDetector.FindAction(text) is { } action)
        {
            var actionText = text.Substring(action.Start, System.Math.Min(action.Length, 80));
            findings.Add(new Finding(
                Rule.TemplateSkipped,
                TextPositions.SpanAt(text, action.Start, action.Length),
                $"'{path}' is a template, not YAML (it contains the template action '{actionText}'): it was skipped; check the rendered output instead"));
            return new ManifestFile(path, podSources, findings);
        }

        var stream = YamlReader.Read(text, cancellationToken);
        var objects = new ObjectReader(path, text, findings, podSources, nodes, suppressions, objectList);
        foreach (var document in stream.Documents)
        {
            if (document.Root is not YamlMapping root)
            {
                continue;
            }

            if (EnvsubstTemplateDetector.Find(root) is { } reference)
            {
                findings.Add(new Finding(
                    Rule.TemplateSkipped,
                    reference.Span,
                    $"document {document.Index + 1} of '{path}' is a template for envsubst, not a manifest (it uses '{Shorten(reference.Value)}' where kubectl needs a literal value): it was skipped; check the rendered output instead"));
                continue;
            }

            objects.Read(root, document.Index, allowList: true);
        }

        if (stream.Error is { } error)
        {
            findings.Add(new Finding(Rule.MalformedYaml, error.Span, error.Message));
        }

        suppressions.AddRange(SuppressionReader.FromComments(text, cancellationToken));
        return new ManifestFile(path, podSources, findings, nodes, suppressions, objectList);
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 80) + "...";
}
