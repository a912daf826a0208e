using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>Container port numbers, port names (IANA_SVC_NAME) and protocols.</summary>
internal static class PortValidation
{
    public const int PortNameMaxLength = 15;

    /// <summary>The protocols the server accepts, in the order its "supported values" list shows them.</summary>
    public static readonly IReadOnlyList<string> SupportedProtocols = new[] { "SCTP", "TCP", "UDP" };

    private static readonly IReadOnlyList<string> PortRangeError = new[] { "must be between 1 and 65535, inclusive" };

    /// <summary><c>IsValidPortNum</c>: 1..65535 (a hostPort of 0 means unset and is not checked by the server).</summary>
    public static IReadOnlyList<string> ValidatePortNumber(int port) =>
        port >= 1 && port <= 65535 ? MessageFormat.Valid : PortRangeError;

    /// <summary>
    /// <c>IsValidPortName</c>. The server skips an empty (omitted) name; given one, this returns
    /// what the server function itself would.
    /// </summary>
    public static IReadOnlyList<string> ValidatePortName(string name)
    {
        List<string>? errors = null;
        if (MessageFormat.ByteLength(name) > PortNameMaxLength)
        {
            MessageFormat.Add(ref errors, MessageFormat.MaxLength(PortNameMaxLength, inBytes: false));
        }

        var onlyAllowed = name.Length != 0;
        var hasLetter = false;
        foreach (var c in name)
        {
            hasLetter |= Ascii.IsLower(c);
            onlyAllowed &= c == '-' || Ascii.IsLowerOrDigit(c);
        }

        if (!onlyAllowed)
        {
            MessageFormat.Add(ref errors, "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!hasLetter)
        {
            MessageFormat.Add(ref errors, "must contain at least one letter (a-z)");
        }

        if (name.IndexOf("--", System.StringComparison.Ordinal) >= 0)
        {
            MessageFormat.Add(ref errors, "must not contain consecutive hyphens");
        }

        if (name.Length != 0 && (name[0] == '-' || name[name.Length - 1] == '-'))
        {
            MessageFormat.Add(ref errors, "must not begin or end with a hyphen");
        }

        return MessageFormat.Result(errors);
    }

    /// <summary>Protocols are case-sensitive on the server: "tcp" is rejected.</summary>
    public static bool IsSupportedProtocol(string protocol) =>
        protocol == "SCTP" || protocol == "TCP" || protocol == "UDP";
}
