using System.Linq;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>The ASP.NET Core types POD2024 recognises endpoints by; null when the project is not a web app.</summary>
internal sealed class AspNetCoreSymbols
{
    private AspNetCoreSymbols(Compilation compilation, INamedTypeSymbol endpointRouteBuilder)
    {
        EndpointRouteBuilder = endpointRouteBuilder;
        ApplicationBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IApplicationBuilder");
        WebApplication = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication");
        RouteGroupBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.RouteGroupBuilder");
        ControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
        NonControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonControllerAttribute");
        NonActionAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        ActionNameAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ActionNameAttribute");
        AreaAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.AreaAttribute");
        RouteAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RouteAttribute");
        HttpMethodAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute");
        AcceptVerbsAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.AcceptVerbsAttribute");
        RouteTemplateProvider = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.IRouteTemplateProvider");
    }

    public INamedTypeSymbol EndpointRouteBuilder { get; }

    public INamedTypeSymbol? ApplicationBuilder { get; }

    public INamedTypeSymbol? WebApplication { get; }

    public INamedTypeSymbol? RouteGroupBuilder { get; }

    public INamedTypeSymbol? ControllerAttribute { get; }

    public INamedTypeSymbol? NonControllerAttribute { get; }

    public INamedTypeSymbol? NonActionAttribute { get; }

    public INamedTypeSymbol? ActionNameAttribute { get; }

    public INamedTypeSymbol? AreaAttribute { get; }

    public INamedTypeSymbol? RouteAttribute { get; }

    public INamedTypeSymbol? HttpMethodAttribute { get; }

    public INamedTypeSymbol? AcceptVerbsAttribute { get; }

    public INamedTypeSymbol? RouteTemplateProvider { get; }

    public static AspNetCoreSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder") is { } endpointRouteBuilder
            ? new AspNetCoreSymbols(compilation, endpointRouteBuilder)
            : null;

    /// <summary>
    /// Declared by ASP.NET Core or a referenced library rather than by the project: a method of the
    /// project maps or answers through its own body, read where it is declared. A project's own
    /// extension class in a <c>Microsoft.AspNetCore</c> namespace counts as the framework's, whose
    /// names the reading knows (any other name then makes the table incomplete).
    /// </summary>
    public static bool IsFramework(ISymbol symbol) =>
        !symbol.Locations.Any(location => location.IsInSource)
        || (symbol.ContainingNamespace?.ToDisplayString() ?? string.Empty).StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal);

    /// <summary>The type is <paramref name="wanted"/>, derives from it or implements it.</summary>
    public static bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? wanted)
    {
        if (type is null || wanted is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, wanted))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, wanted))
            {
                return true;
            }
        }

        return false;
    }
}
