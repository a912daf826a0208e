namespace PodAnalyzers.Findings;

/// <summary>POD2022-POD2023: where the app listens, against the container that runs it (docs/code-and-manifests.md).</summary>
internal sealed partial record Rule
{
    public static readonly Rule ProbeTargetsUnlistenedPort = new(
        "POD2022",
        "Probe targets a port the app does not listen on",
        RuleCategory.Code,
        Severity.Warning,
        "A readiness, liveness or startup probe (httpGet, tcpSocket, grpc) of the container running the project targets a port the ASP.NET Core app does not listen on. The app's ports follow ASP.NET Core's precedence: Kestrel Listen* in code and Kestrel:Endpoints, then server URLs (app.Urls.Add, app.Run(url)), then the urls setting (UseUrls, ASPNETCORE_URLS, DOTNET_URLS, urls in appsettings), then ASPNETCORE_HTTP_PORTS/HTTPS_PORTS, then the .NET image's default (8080 from .NET 8, 80 before). Silent when a port cannot be known.",
        ReportedAtCompilationEnd: true);

    public static readonly Rule LoopbackOnlyInContainer = new(
        "POD2023",
        "App listens only on localhost inside a container",
        RuleCategory.Code,
        Severity.Warning,
        "Kestrel binds only to a loopback address (ListenLocalhost, Listen(IPAddress.Loopback, ...), a localhost, 127.0.0.1 or [::1] URL) while the project runs in a container: nothing outside the container reaches the app, so probes and Services fail. Silent when the app also binds a non-loopback address, and when its endpoints cannot all be known.",
        ReportedAtCompilationEnd: true);
}
