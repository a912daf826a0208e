using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// The endpoints the app listens on: those of the highest <see cref="EndpointLevel"/> that has
/// one (ASP.NET Core ignores the levels below it). Several sources of one level (an
/// <c>ASPNETCORE_URLS</c> and an appsettings <c>urls</c>) are all kept: the app listens on one
/// of them, so a port counts as listened on when any may be.
/// </summary>
internal sealed class ListeningEndpoints
{
    private ListeningEndpoints(IReadOnlyList<ListeningEndpoint> effective)
    {
        Effective = effective;
    }

    /// <summary>The endpoints of the deciding level; empty when no level can be told to decide.</summary>
    public IReadOnlyList<ListeningEndpoint> Effective { get; }

    /// <summary>Every port of the deciding level is known.</summary>
    public bool PortsKnown => Effective.Count > 0 && Effective.All(endpoint => endpoint.Port is not null || endpoint.Host == EndpointHost.NotTcp);

    /// <summary>Every endpoint of the deciding level binds a loopback address only.</summary>
    public bool IsLoopbackOnly => Effective.Count > 0 && Effective.All(endpoint => endpoint.Host == EndpointHost.Loopback);

    public bool Listens(int port) => Effective.Any(endpoint => endpoint.Port == port);

    /// <summary>
    /// The highest level with an endpoint decides, when it surely has one at run time: a level
    /// whose endpoints are all conditional may be empty, and then a lower one decides, so nothing
    /// can be told.
    /// </summary>
    public static ListeningEndpoints Resolve(IEnumerable<ListeningEndpoint> endpoints)
    {
        var byLevel = endpoints.GroupBy(endpoint => endpoint.Level).OrderBy(group => group.Key).FirstOrDefault();
        if (byLevel is null || byLevel.All(endpoint => endpoint.IsConditional) || byLevel.Any(IsUnknowable))
        {
            return new ListeningEndpoints(new ListeningEndpoint[0]);
        }

        return new ListeningEndpoints(byLevel.ToList());
    }

    /// <summary><c>8080 (the aspnet image's ASPNETCORE_HTTP_PORTS default for net8.0)</c>, or several joined with <c>and</c>.</summary>
    public string DescribePorts()
    {
        var parts = Effective
            .Where(endpoint => endpoint.Port is not null)
            .Select(endpoint => endpoint.Port + " (" + endpoint.Origin + ")")
            .Distinct()
            .ToList();
        return parts.Count <= 1 ? string.Join(string.Empty, parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }

    private static bool IsUnknowable(ListeningEndpoint endpoint) => endpoint.IsConditional && endpoint.Host == EndpointHost.Unknown && endpoint.Port is null;
}
