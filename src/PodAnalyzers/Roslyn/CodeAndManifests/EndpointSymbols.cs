using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>The ASP.NET Core types that configure where Kestrel listens, by metadata name.</summary>
internal sealed class EndpointSymbols
{
    private EndpointSymbols(INamedTypeSymbol webHostBuilder, INamedTypeSymbol? kestrelOptions, INamedTypeSymbol? webApplication, INamedTypeSymbol? hostingExtensions, INamedTypeSymbol? ipAddress, INamedTypeSymbol? ipEndPoint)
    {
        WebHostBuilder = webHostBuilder;
        KestrelOptions = kestrelOptions;
        WebApplication = webApplication;
        HostingExtensions = hostingExtensions;
        IPAddress = ipAddress;
        IPEndPoint = ipEndPoint;
    }

    /// <summary><c>IWebHostBuilder</c>: the project references ASP.NET Core.</summary>
    public INamedTypeSymbol WebHostBuilder { get; }

    public INamedTypeSymbol? KestrelOptions { get; }

    public INamedTypeSymbol? WebApplication { get; }

    /// <summary><c>HostingAbstractionsWebHostBuilderExtensions</c>: <c>UseUrls</c>, <c>PreferHostingUrls</c>.</summary>
    public INamedTypeSymbol? HostingExtensions { get; }

    public INamedTypeSymbol? IPAddress { get; }

    public INamedTypeSymbol? IPEndPoint { get; }

    /// <summary>Null when the compilation does not reference ASP.NET Core's hosting: not a web project.</summary>
    public static EndpointSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.IWebHostBuilder") is { } webHostBuilder
            ? new EndpointSymbols(
                webHostBuilder,
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions"),
                compilation.GetTypeByMetadataName("System.Net.IPAddress"),
                compilation.GetTypeByMetadataName("System.Net.IPEndPoint"))
            : null;
}
