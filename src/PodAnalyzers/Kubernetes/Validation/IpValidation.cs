using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// <c>IsValidIPForLegacyField</c>, used for <c>hostAliases[].ip</c>: parsed with ParseIPSloppy
/// (leading zeros in IPv4 octets tolerated). With StrictIPCIDRValidation (on by default from
/// 1.36) leading zeros and IPv4-mapped IPv6 addresses are rejected too.
/// </summary>
internal static class IpValidation
{
    public const string InvalidMessage = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    public const string LeadingZerosMessage = "must not have leading 0s";
    public const string MappedMessage = "must not be an IPv4-mapped IPv6 address";

    private const int StrictMinor = 36;

    private static readonly IReadOnlyList<string> Invalid = new[] { InvalidMessage };
    private static readonly IReadOnlyList<string> LeadingZeros = new[] { LeadingZerosMessage };
    private static readonly IReadOnlyList<string> Mapped = new[] { MappedMessage };

    public static IReadOnlyList<string> Validate(string ip, KubernetesVersion v)
    {
        var exact = GoIpParser.TryParse(ip, out var isV4InV6);
        if (!exact)
        {
            var stripped = GoIpParser.StripIPv4LeadingZeros(ip);
            if (stripped is null || !GoIpParser.TryParse(stripped, out _))
            {
                return Invalid;
            }
        }

        if (!v.IsAtLeast(StrictMinor))
        {
            return MessageFormat.Valid;
        }

        // The server's strict check re-parses with netip.ParseAddr: only the sloppy zero
        // stripping can make that fail here, and a failed parse never reports "mapped" too.
        return !exact ? LeadingZeros : isV4InV6 ? Mapped : MessageFormat.Valid;
    }
}
