using System;
using System.Text.RegularExpressions;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>
/// Finds Go template actions that make a file a Helm template rather than YAML
/// (<c>{{ .Values.image }}</c>, <c>{{- if ... }}</c>, <c>{{ include ... }}</c>). Template text inside
/// ordinary values, such as Prometheus' <c>{{ $labels.instance }}</c> in a ConfigMap, does not count.
/// </summary>
internal static class HelmTemplateDetector
{
    private static readonly Regex Action = new(
        @"\{\{-?\s*(-|(if|else|end|range|with|define|template|include|block|tpl|toYaml|required|default|quote)\b|\.(Values|Release|Chart|Capabilities|Files|Template)\b)[^\r\n]*?\}\}",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>The offset and length of the first template action, or null when there is none.</summary>
    public static (int Start, int Length)? FindAction(string text)
    {
        if (text.IndexOf("{{", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        try
        {
            var match = Action.Match(text);
            return match.Success ? (match.Index, match.Length) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
