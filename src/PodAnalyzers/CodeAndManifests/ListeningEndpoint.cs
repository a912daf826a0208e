namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// Where an endpoint of the app is configured, in ASP.NET Core's order of precedence: the first
/// level that has an endpoint decides what Kestrel binds, the levels below it are ignored.
/// </summary>
internal enum EndpointLevel
{
    /// <summary><c>Listen*</c> on <c>KestrelServerOptions</c> in code, and <c>Kestrel:Endpoints</c> in configuration (Kestrel binds both).</summary>
    Kestrel,

    /// <summary>Addresses added in code to the server: <c>app.Urls.Add</c>, <c>app.Run(url)</c>.</summary>
    ServerAddresses,

    /// <summary>The <c>urls</c> host setting: <c>UseUrls</c>, <c>ASPNETCORE_URLS</c>, <c>DOTNET_URLS</c>, <c>urls</c> in appsettings.</summary>
    Urls,

    /// <summary><c>ASPNETCORE_HTTP_PORTS</c>/<c>ASPNETCORE_HTTPS_PORTS</c> (<c>http_ports</c>, <c>https_ports</c>), .NET 8 and later.</summary>
    Ports,

    /// <summary>What the .NET container image sets when the project sets nothing.</summary>
    ImageDefault,
}

/// <summary>The address an endpoint binds.</summary>
internal enum EndpointHost
{
    /// <summary>Every interface: <c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>, a host name other than localhost, <c>IPAddress.Any</c>.</summary>
    Any,

    /// <summary><c>localhost</c>, <c>127.0.0.0/8</c>, <c>[::1]</c>: unreachable from outside the container.</summary>
    Loopback,

    /// <summary>One non-loopback address.</summary>
    Specific,

    /// <summary>A Unix socket, named pipe or handle: no TCP port.</summary>
    NotTcp,

    /// <summary>Computed, or written in a way this model does not read.</summary>
    Unknown,
}

/// <summary>
/// One endpoint the app may listen on, with where it comes from.
/// </summary>
/// <param name="Port">Null when the port cannot be known (computed, port 0, unreadable).</param>
/// <param name="Origin">Where the endpoint is configured, as messages say it: <c>ListenAnyIP in Program.cs</c>, <c>ASPNETCORE_URLS of container 'api'</c>.</param>
/// <param name="IsConditional">Configured under a condition (an <c>if</c>, a loop, <c>?:</c>): the level may be empty at run time.</param>
/// <param name="Location">The C# call or literal that configures it; null for configuration.</param>
internal sealed record ListeningEndpoint(
    EndpointLevel Level,
    EndpointHost Host,
    int? Port,
    string Origin,
    bool IsConditional = false,
    CodeLocation? Location = null)
{
    /// <summary>The whole level is unknowable (Kestrel configured from another section, <c>PreferHostingUrls</c>, another server).</summary>
    public static ListeningEndpoint Unknowable(EndpointLevel level, string origin, CodeLocation? location = null) =>
        new(level, EndpointHost.Unknown, null, origin, IsConditional: true, location);
}

/// <summary>A span of a C# file: where POD2023 reports.</summary>
internal sealed record CodeLocation(string FilePath, int Start, int Length);
