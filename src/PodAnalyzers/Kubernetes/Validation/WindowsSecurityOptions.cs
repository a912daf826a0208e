using System.Collections.Generic;
using System.Globalization;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// The value checks of validateWindowsSecurityContextOptions: the GMSA credential spec's size and
/// the runAsUserName's shape (<c>DOMAIN\USER</c>, the domain a NetBIOS or DNS name).
/// </summary>
internal static class WindowsSecurityOptions
{
    public const int MaxCredentialSpecBytes = 64 * 1024;
    public const string EmptyCredentialSpec = "gmsaCredentialSpec cannot be an empty string";
    public const string CredentialSpecTooLarge = "gmsaCredentialSpec size must be under 64 KiB";

    private const int MaxDomainBytes = 256;
    private const int MaxUserBytes = 104;

    private static readonly char[] InvalidUserCharacters = { '"', '/', '\\', ':', ';', '|', '=', ',', '+', '*', '?', '<', '>', '@', '[', ']' };

    /// <summary>The messages for a written runAsUserName, in the server's order; none when valid.</summary>
    public static IReadOnlyList<string> ValidateRunAsUserName(string name)
    {
        if (name.Length == 0)
        {
            return new[] { "runAsUserName cannot be an empty string" };
        }

        if (HasControlCharacter(name))
        {
            return new[] { "runAsUserName cannot contain control characters" };
        }

        var parts = name.Split('\\');
        if (parts.Length > 2)
        {
            return new[] { "runAsUserName cannot contain more than one backslash" };
        }

        var hasDomain = parts.Length == 2;
        var domain = hasDomain ? parts[0] : string.Empty;
        var user = hasDomain ? parts[1] : parts[0];
        List<string>? errors = null;
        if (MessageFormat.ByteLength(domain) >= MaxDomainBytes)
        {
            MessageFormat.Add(ref errors, "runAsUserName's Domain length must be under " + MaxDomainBytes.ToString(CultureInfo.InvariantCulture) + " characters");
        }

        if (hasDomain && !IsNetBiosName(domain) && !IsDnsName(domain))
        {
            MessageFormat.Add(ref errors, "runAsUserName's Domain doesn't match the NetBios nor the DNS format");
        }

        var userBytes = MessageFormat.ByteLength(user);
        if (userBytes == 0)
        {
            MessageFormat.Add(ref errors, "runAsUserName's User cannot be empty");
        }
        else if (userBytes > MaxUserBytes)
        {
            MessageFormat.Add(ref errors, "runAsUserName's User length must not be longer than " + MaxUserBytes.ToString(CultureInfo.InvariantCulture) + " characters");
        }

        if (IsOnlyDotsOrSpaces(user))
        {
            MessageFormat.Add(ref errors, "runAsUserName's User cannot contain only periods or spaces");
        }

        if (user.IndexOfAny(InvalidUserCharacters) >= 0)
        {
            MessageFormat.Add(ref errors, "runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]");
        }

        return MessageFormat.Result(errors);
    }

    /// <summary>Go's <c>[[:cntrl:]]</c>: ASCII control characters only.</summary>
    private static bool HasControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c == '\u007f')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>^[^\\/:\*\?"&lt;&gt;|\.][^\\/:\*\?"&lt;&gt;|]{0,14}$</c>, counted in code points as Go's regexp does.</summary>
    private static bool IsNetBiosName(string domain)
    {
        var count = 0;
        for (var i = 0; i < domain.Length; i++)
        {
            var c = domain[i];
            if (c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || (count == 0 && c == '.'))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < domain.Length && char.IsLowSurrogate(domain[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count is >= 1 and <= 15;
    }

    /// <summary>Dot-separated labels of 1-63 ASCII letters, digits and '-', starting and ending with a letter or digit.</summary>
    private static bool IsDnsName(string domain)
    {
        var start = 0;
        for (var i = 0; i <= domain.Length; i++)
        {
            if (i < domain.Length && domain[i] != '.')
            {
                continue;
            }

            var length = i - start;
            if (length is < 1 or > 63 || !Ascii.IsLetterOrDigit(domain[start]) || !Ascii.IsLetterOrDigit(domain[i - 1]))
            {
                return false;
            }

            for (var j = start + 1; j < i - 1; j++)
            {
                if (!Ascii.IsLetterOrDigit(domain[j]) && domain[j] != '-')
                {
                    return false;
                }
            }

            start = i + 1;
        }

        return true;
    }

    private static bool IsOnlyDotsOrSpaces(string user)
    {
        if (user.Length == 0)
        {
            return false;
        }

        foreach (var c in user)
        {
            if (c is not ('.' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
