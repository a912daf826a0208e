using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// RFC 1123 names as the API server checks them (<c>IsDNS1123Label</c>, <c>IsDNS1123Subdomain</c>):
/// lowercase only, no per-label limit inside a subdomain.
/// </summary>
internal static class DnsValidation
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;

    public const string LabelPattern = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    public const string SubdomainPattern = LabelPattern + @"(\." + LabelPattern + ")*";

    private const string LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";

    private const string SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

    private static readonly string LabelRegexError = MessageFormat.Regex(LabelMessage, LabelPattern, "my-name", "123-abc");
    private static readonly string SubdomainRegexError = MessageFormat.Regex(SubdomainMessage, SubdomainPattern, "example.com");

    /// <summary>DNS-1123 label (container, volume, namespace names).</summary>
    public static IReadOnlyList<string> ValidateLabel(string value)
    {
        List<string>? errors = null;
        if (MessageFormat.ByteLength(value) > LabelMaxLength)
        {
            MessageFormat.Add(ref errors, MessageFormat.MaxLength(LabelMaxLength, inBytes: false));
        }

        if (!IsLabel(value, 0, value.Length))
        {
            // The server says only this when the sole problem is the dots (length was reported above).
            MessageFormat.Add(ref errors, IsSubdomain(value) ? "must not contain dots" : LabelRegexError);
        }

        return MessageFormat.Result(errors);
    }

    /// <summary>DNS-1123 subdomain (Pod names, nodeName, hostAliases hostnames).</summary>
    public static IReadOnlyList<string> ValidateSubdomain(string value) => ValidateSubdomain(value, lengthInBytes: false);

    /// <summary>
    /// Label-key prefixes reuse this check; from 1.35 that copy (package content) words the
    /// length limit in bytes.
    /// </summary>
    internal static IReadOnlyList<string> ValidateSubdomain(string value, bool lengthInBytes)
    {
        List<string>? errors = null;
        if (MessageFormat.ByteLength(value) > SubdomainMaxLength)
        {
            MessageFormat.Add(ref errors, MessageFormat.MaxLength(SubdomainMaxLength, lengthInBytes));
        }

        if (!IsSubdomain(value))
        {
            MessageFormat.Add(ref errors, SubdomainRegexError);
        }

        return MessageFormat.Result(errors);
    }

    /// <summary>Matches <see cref="SubdomainPattern"/> (length not checked).</summary>
    public static bool IsSubdomain(string value)
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

    /// <summary>Matches <see cref="LabelPattern"/> on value[start..end) (length not checked).</summary>
    private static bool IsLabel(string value, int start, int end)
    {
        if (end <= start || !Ascii.IsLowerOrDigit(value[start]) || !Ascii.IsLowerOrDigit(value[end - 1]))
        {
            return false;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            if (value[i] != '-' && !Ascii.IsLowerOrDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
