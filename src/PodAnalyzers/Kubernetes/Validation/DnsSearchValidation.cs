using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// <c>IsDNS1123SubdomainWithUnderscore</c>, the check of <c>dnsConfig.searches</c> under
/// RelaxedDNSSearchValidation: a subdomain whose labels may start with '_' and hold '_' inside.
/// </summary>
internal static class DnsSearchValidation
{
    public const string Pattern = @"_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*";

    private const string Message =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";

    private static readonly string RegexError = MessageFormat.Regex(Message, Pattern, "example.com");

    public static IReadOnlyList<string> ValidateSubdomainWithUnderscore(string value)
    {
        List<string>? errors = null;
        if (MessageFormat.ByteLength(value) > DnsValidation.SubdomainMaxLength)
        {
            MessageFormat.Add(ref errors, MessageFormat.MaxLength(DnsValidation.SubdomainMaxLength, inBytes: false));
        }

        if (!IsSubdomainWithUnderscore(value))
        {
            MessageFormat.Add(ref errors, RegexError);
        }

        return MessageFormat.Result(errors);
    }

    private static bool IsSubdomainWithUnderscore(string value)
    {
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] == '.')
            {
                if (!IsLabel(value, start, i))
                {
                    return false;
                }

                start = i + 1;
            }
        }

        return true;
    }

    /// <summary><c>_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?</c> on value[start..end).</summary>
    private static bool IsLabel(string value, int start, int end)
    {
        if (start < end && value[start] == '_')
        {
            start++;
        }

        if (end <= start || !Ascii.IsLowerOrDigit(value[start]) || !Ascii.IsLowerOrDigit(value[end - 1]))
        {
            return false;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            if (value[i] != '-' && value[i] != '_' && !Ascii.IsLowerOrDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
