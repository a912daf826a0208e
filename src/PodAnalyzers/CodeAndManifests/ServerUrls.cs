using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// Reads server URLs and port lists as Kestrel does (<c>BindingAddress.Parse</c>): a
/// <c>;</c>-separated list of <c>scheme://host[:port][/path]</c>, the port 80 for <c>http</c> and
/// 443 for <c>https</c> when left out; <c>*</c>, <c>+</c> and host names other than
/// <c>localhost</c> bind every interface; port 0 asks for a dynamic port (unknown).
/// </summary>
internal static class ServerUrls
{
    public static IEnumerable<ListeningEndpoint> Parse(string urls, EndpointLevel level, string origin, bool isConditional = false, CodeLocation? location = null)
    {
        foreach (var url in urls.Split(';'))
        {
            if (url.Trim().Length > 0)
            {
                var (host, port) = ParseOne(url.Trim());
                yield return new ListeningEndpoint(level, host, port, origin, isConditional, location);
            }
        }
    }

    /// <summary>An <c>http_ports</c> value: <c>8080</c>, <c>8080;8081</c>; an entry that is not a port is unknown.</summary>
    public static IEnumerable<ListeningEndpoint> ParsePorts(string ports, string origin)
    {
        foreach (var entry in ports.Split(';'))
        {
            if (entry.Trim().Length > 0)
            {
                var port = int.TryParse(entry.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 65535 ? number : (int?)null;
                yield return new ListeningEndpoint(EndpointLevel.Ports, EndpointHost.Any, port, origin);
            }
        }
    }

    public static (EndpointHost Host, int? Port) ParseOne(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return (EndpointHost.Unknown, null);
        }

        var scheme = url.Substring(0, schemeEnd).ToLowerInvariant();
        var rest = url.Substring(schemeEnd + 3);
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pipe:", StringComparison.OrdinalIgnoreCase))
        {
            return (EndpointHost.NotTcp, null);
        }

        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest.Substring(0, slash) : rest;
        string host;
        string? portText;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return (EndpointHost.Unknown, null);
            }

            host = authority.Substring(1, close - 1);
            var after = authority.Substring(close + 1);
            portText = after.StartsWith(":", StringComparison.Ordinal) ? after.Substring(1) : after.Length == 0 ? null : string.Empty;
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon >= 0 ? authority.Substring(0, colon) : authority;
            portText = colon >= 0 ? authority.Substring(colon + 1) : null;
        }

        // Kestrel refuses a URL without a host: the app does not start, nothing is known.
        var bound = HostOf(host);
        return bound == EndpointHost.Unknown ? (bound, null) : (bound, PortOf(scheme, portText));
    }

    /// <summary>What a host (without brackets) binds.</summary>
    public static EndpointHost HostOf(string host)
    {
        if (host.Length == 0)
        {
            return EndpointHost.Unknown;
        }

        if (host is "*" or "+" || !IPAddress.TryParse(host, out var address))
        {
            return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? EndpointHost.Loopback : EndpointHost.Any;
        }

        return HostOf(address);
    }

    public static EndpointHost HostOf(IPAddress address) =>
        IPAddress.IsLoopback(address) ? EndpointHost.Loopback
        : address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? EndpointHost.Any
        : EndpointHost.Specific;

    private static int? PortOf(string scheme, string? portText)
    {
        if (portText is null)
        {
            return scheme switch
            {
                "http" => 80,
                "https" => 443,
                _ => null,
            };
        }

        return int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;
    }
}
