using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>The ASP.NET Core types that configure where Kestrel listens, by metadata name.</summary>
internal sealed class EndpointSymbols
{
    private EndpointSymbols(INamedTypeSymbol? webHostBuilder, INamedTypeSymbol? kestrelOptions, INamedTypeSymbol? webApplication, INamedTypeSymbol? hostingExtensions, INamedTypeSymbol? ipAddress, INamedTypeSymbol? ipEndPoint)
    {
        WebHostBuilder = webHostBuilder;
        KestrelOptions = kestrelOptions;
        WebApplication = webApplication;
        HostingExtensions = hostingExtensions;
        IPAddress = ipAddress;
        IPEndPoint = ipEndPoint;
    }

    public INamedTypeSymbol? WebHostBuilder { get; }

    public INamedTypeSymbol? KestrelOptions { get; }

    public INamedTypeSymbol? WebApplication { get; }

    /// <summary><c>HostingAbstractionsWebHostBuilderExtensions</c>: <c>UseUrls</c>, <c>PreferHostingUrls</c>.</summary>
    public INamedTypeSymbol? HostingExtensions { get; }

    public INamedTypeSymbol? IPAddress { get; }

    public INamedTypeSymbol? IPEndPoint { get; }

    /// <summary>
    /// Null when the compilation has neither <c>IWebHostBuilder</c> nor <c>WebApplication</c>: it
    /// does not reference ASP.NET Core, it is not a web project (a worker service listens on no port).
    /// </summary>
    public static EndpointSymbols? Resolve(Compilation compilation)
    {
        var webHostBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.IWebHostBuilder");
        var webApplication = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication");
        return webHostBuilder is null && webApplication is null
            ? null
            : new EndpointSymbols(
                webHostBuilder,
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions"),
                webApplication,
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions"),
                compilation.GetTypeByMetadataName("System.Net.IPAddress"),
                compilation.GetTypeByMetadataName("System.Net.IPEndPoint"));
    }
}
