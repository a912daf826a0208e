using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>HTTP header names of httpGet probes and hooks (apimachinery IsHTTPHeaderName).</summary>
internal static class HttpHeaderValidation
{
    private static readonly IReadOnlyList<string> NameError = new[]
    {
        MessageFormat.Regex("a valid HTTP header must consist of alphanumeric characters or '-'", "[-A-Za-z0-9]+", "X-Header-Name"),
    };

    /// <summary><c>^[-A-Za-z0-9]+$</c>: at least one character, ASCII letters, digits and '-' only.</summary>
    public static IReadOnlyList<string> ValidateName(string name)
    {
        if (name.Length == 0)
        {
            return NameError;
        }

        foreach (var c in name)
        {
            if (c != '-' && !Ascii.IsLetterOrDigit(c))
            {
                return NameError;
            }
        }

        return MessageFormat.Valid;
    }
}
