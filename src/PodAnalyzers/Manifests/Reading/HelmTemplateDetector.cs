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

    private static readonly char[] LineBreaks = { '\r', '\n' };

    /// <summary>The offset and length of the first template action, or null when there is none.</summary>
    public static (int Start, int Length)? FindAction(string text)
    {
        if (text.IndexOf("{{", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        try
        {
            // An action never spans lines: match line by line, and only up to the line's last "}}",
            // so a long line of "{{" without a closing "}}" costs one pass, not one pass per "{{".
            var lineStart = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOfAny(LineBreaks, lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }

                var open = text.IndexOf("{{", lineStart, lineEnd - lineStart, StringComparison.Ordinal);
                var close = open < 0 ? -1 : text.LastIndexOf("}}", lineEnd - 1, lineEnd - open, StringComparison.Ordinal);
                if (close > open)
                {
                    var match = Action.Match(text, open, close + 2 - open);
                    if (match.Success)
                    {
                        return (match.Index, match.Length);
                    }
                }

                lineStart = lineEnd + 1;
            }

            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
