namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// The IP parser Kubernetes validates with (k8s.io/utils/net, a fork of Go's older
/// <c>net.ParseIP</c>): dotted decimal IPv4 without leading zeros, IPv6 with hex groups of at most
/// 16 bits (any number of leading zeros, a quirk of the forked code), one "::", an optional
/// trailing dotted IPv4. System.Net.IPAddress is deliberately not used: it accepts
/// "127.1", hex and octal forms, zones and brackets, which the server rejects.
/// </summary>
internal static class GoIpParser
{
    /// <summary>Parses like net.ParseIP; <paramref name="isV4InV6"/> is netip's Addr.Is4In6.</summary>
    public static bool TryParse(string s, out bool isV4InV6)
    {
        isV4InV6 = false;
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '.':
                    return TryParseV4(s, 0, s.Length, null, 0);
                case ':':
                    return TryParseV6(s, out isV4InV6);
                case '%':
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// k8s.io/utils ParseIPSloppy's second try: leading zeros are stripped from the octets of a
    /// trailing dotted-quad (the whole string, or what follows its last ':'). Returns null when
    /// its regex would not match, i.e. when stripping cannot change the outcome.
    /// </summary>
    public static string? StripIPv4LeadingZeros(string s)
    {
        var start = s.LastIndexOf(':') + 1;
        var dots = 0;
        var digitsInField = 0;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (Ascii.IsDigit(c))
            {
                digitsInField++;
            }
            else if (c == '.' && digitsInField > 0 && dots < 3)
            {
                dots++;
                digitsInField = 0;
            }
            else
            {
                // Also a "/len" suffix: the regex keeps it, but net.ParseIP rejects it either way.
                return null;
            }
        }

        if (dots != 3 || digitsInField == 0)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(s.Length);
        builder.Append(s, 0, start);
        var fieldStart = start;
        for (var i = start; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] == '.')
            {
                var first = fieldStart;
                while (first < i - 1 && s[first] == '0')
                {
                    first++;
                }

                builder.Append(s, first, i - first);
                if (i < s.Length)
                {
                    builder.Append('.');
                }

                fieldStart = i + 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>netip's parseIPv4Fields over s[start..end); writes the 4 bytes to ip[offset..] when ip is given.</summary>
    private static bool TryParseV4(string s, int start, int end, byte[]? ip, int offset)
    {
        int value = 0, field = 0, digits = 0;
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            if (Ascii.IsDigit(c))
            {
                if (digits == 1 && value == 0)
                {
                    return false; // leading zero
                }

                value = (value * 10) + (c - '0');
                digits++;
                if (value > 255)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                if (i == start || i == end - 1 || s[i - 1] == '.' || field == 3)
                {
                    return false;
                }

                if (ip is not null)
                {
                    ip[offset + field] = (byte)value;
                }

                field++;
                value = 0;
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        if (field < 3)
        {
            return false;
        }

        if (ip is not null)
        {
            ip[offset + 3] = (byte)value;
        }

        return true;
    }

    private static bool TryParseV6(string s, out bool isV4InV6)
    {
        isV4InV6 = false;

        // A zone ("%eth0") parses in netip but net.ParseIP, and so Kubernetes, rejects it.
        if (s.IndexOf('%') >= 0)
        {
            return false;
        }

        var ip = new byte[16];
        var ellipsis = -1;
        var pos = 0;
        if (s.Length >= 2 && s[0] == ':' && s[1] == ':')
        {
            ellipsis = 0;
            pos = 2;
            if (pos == s.Length)
            {
                return true;
            }
        }

        var i = 0;
        while (i < 16)
        {
            var digits = 0;
            var acc = 0;
            while (pos + digits < s.Length && HexValue(s[pos + digits]) is var h && h >= 0)
            {
                // The fork of Go's old net.ParseIP (xtoi) counts no digits: a group may have any
                // number of leading zeros ("00001") as long as its value fits 16 bits.
                acc = (acc << 4) + h;
                digits++;
                if (acc > 0xFFFF)
                {
                    return false;
                }
            }

            if (digits == 0)
            {
                return false;
            }

            if (pos + digits < s.Length && s[pos + digits] == '.')
            {
                // Embedded IPv4 must be the last 32 bits.
                if ((ellipsis < 0 && i != 12) || i + 4 > 16 || !TryParseV4(s, pos, s.Length, ip, i))
                {
                    return false;
                }

                pos = s.Length;
                i += 4;
                break;
            }

            ip[i] = (byte)(acc >> 8);
            ip[i + 1] = (byte)acc;
            i += 2;
            pos += digits;
            if (pos == s.Length)
            {
                break;
            }

            if (s[pos] != ':' || pos == s.Length - 1)
            {
                return false;
            }

            pos++;
            if (s[pos] == ':')
            {
                if (ellipsis >= 0)
                {
                    return false; // a second "::"
                }

                ellipsis = i;
                pos++;
                if (pos == s.Length)
                {
                    break;
                }
            }
        }

        if (pos != s.Length)
        {
            return false;
        }

        if (i < 16)
        {
            if (ellipsis < 0)
            {
                return false;
            }

            var gap = 16 - i;
            for (var j = i - 1; j >= ellipsis; j--)
            {
                ip[j + gap] = ip[j];
            }

            for (var j = ellipsis; j < ellipsis + gap; j++)
            {
                ip[j] = 0;
            }
        }
        else if (ellipsis >= 0)
        {
            return false; // "::" must stand for at least one group
        }

        isV4InV6 = IsV4InV6(ip);
        return true;
    }

    private static bool IsV4InV6(byte[] ip)
    {
        for (var j = 0; j < 10; j++)
        {
            if (ip[j] != 0)
            {
                return false;
            }
        }

        return ip[10] == 0xff && ip[11] == 0xff;
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;
}
