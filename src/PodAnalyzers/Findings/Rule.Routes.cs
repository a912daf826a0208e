namespace PodAnalyzers.Findings;

/// <summary>POD2024: the container's probes against the app's endpoints (docs/code-and-manifests.md).</summary>
internal sealed partial record Rule
{
    public static readonly Rule UnmappedProbePath = new(
        "POD2024",
        "Probe path no endpoint maps",
        RuleCategory.Code,
        Severity.Warning,
        "An httpGet liveness, readiness or startup probe of the container running the project asks for a path that no endpoint of the app maps: the constant routes of minimal APIs (Map, MapGet and the other verbs, MapMethods, MapHealthChecks, MapGroup prefixes), UseHealthChecks paths and attribute-routed controllers ([Route], [HttpGet(...)], [controller]/[action] tokens). Route parameters match one segment, matching ignores case, a trailing slash and the query string. The app answers 404 and the probe fails. Silent when the routes cannot all be known: a computed pattern, a catch-all, MapFallback, conventional controller routes, Razor Pages, hubs, static files, UsePathBase, or middleware that may answer by itself.",
        ReportedAtCompilationEnd: true);
}
