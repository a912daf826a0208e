using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2024's reading of the calls that map endpoints and add middleware. Only invocations named
/// <c>Map…</c>, <c>Use…</c> or <c>Run</c> are bound. Endpoints: <c>Map</c>, <c>MapGet</c> and the
/// other verbs, <c>MapMethods</c>, <c>MapHealthChecks</c>, <c>MapOpenApi</c> with a constant pattern, on the app or
/// on <c>MapGroup</c> groups reached through locals assigned once. Everything else that could
/// answer a request (another <c>Map…</c> of the framework, a pattern or group that is not
/// constant, middleware that is not known to pass requests on) makes the table incomplete.
/// </summary>
internal static class RouteMappingCalls
{
    /// <summary>
    /// Calls that map their <c>pattern</c> argument; a pattern left to its default (MapOpenApi's
    /// <c>/openapi/{documentName}.json</c>, Swashbuckle's MapSwagger, prometheus-net's
    /// <c>/metrics</c>) is read from the default value.
    /// </summary>
    private static readonly HashSet<string> EndpointMethods = new(StringComparer.Ordinal)
    {
        "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapHealthChecks",
        "MapOpenApi", "MapSwagger", "MapMetrics",
    };

    /// <summary>Endpoint-builder calls that map no path of their own: a group's routes are read at their own calls.</summary>
    private static readonly HashSet<string> NeutralEndpointMethods = new(StringComparer.Ordinal) { "MapGroup", "MapControllers" };

    /// <summary>Middleware that answers no request by itself: a probe passes through it to the endpoints.</summary>
    private static readonly HashSet<string> PassThroughMiddleware = new(StringComparer.Ordinal)
    {
        "UseRouting", "UseEndpoints", "UseAuthentication", "UseAuthorization", "UseHttpsRedirection", "UseHsts",
        "UseCors", "UseResponseCompression", "UseResponseCaching", "UseOutputCache", "UseRateLimiter",
        "UseRequestTimeouts", "UseHttpLogging", "UseW3CLogging", "UseHttpMethodOverride", "UseForwardedHeaders",
        "UseCertificateForwarding", "UseRequestLocalization", "UseDeveloperExceptionPage", "UseExceptionHandler",
        "UseStatusCodePages", "UseSession", "UseWebSockets", "UseAntiforgery", "UseCookiePolicy",
        "UseHeaderPropagation", "UseHostFiltering", "UseRequestDecompression", "UseSerilogRequestLogging",
    };

    /// <summary>Middleware that answers a whole prefix when called without options (Swashbuckle's <c>/swagger</c>).</summary>
    private static readonly HashSet<string> SwaggerMiddleware = new(StringComparer.Ordinal) { "UseSwagger", "UseSwaggerUI" };

    /// <summary>Whether an invocation's name is one this reading binds.</summary>
    public static bool IsCandidateName(string name) =>
        name.StartsWith("Map", StringComparison.Ordinal) || name.StartsWith("Use", StringComparison.Ordinal) || name == "Run";

    public static void Read(IInvocationOperation invocation, AspNetCoreSymbols symbols, MappedRoutes routes)
    {
        var method = invocation.TargetMethod;
        if (!method.IsExtensionMethod)
        {
            // WebApplication's own Run, RunAsync, Start... start the host; its Use adds inline middleware.
            if (method.Name == "Use" && AspNetCoreSymbols.IsOrImplements(method.ContainingType, symbols.ApplicationBuilder))
            {
                routes.MarkIncomplete();
            }

            return;
        }

        var receiverType = method.Parameters[0].Type;
        var fromFramework = AspNetCoreSymbols.IsFramework(method);
        if (AspNetCoreSymbols.IsOrImplements(receiverType, symbols.EndpointRouteBuilder))
        {
            // An extension method of the project maps through its own body, read where it is declared.
            if (fromFramework)
            {
                ReadEndpointCall(invocation, symbols, routes);
            }
        }
        else if (AspNetCoreSymbols.IsOrImplements(receiverType, symbols.ApplicationBuilder))
        {
            ReadMiddlewareCall(invocation, fromFramework, routes);
        }
    }

    private static void ReadEndpointCall(IInvocationOperation invocation, AspNetCoreSymbols symbols, MappedRoutes routes)
    {
        var name = invocation.TargetMethod.Name;
        if (NeutralEndpointMethods.Contains(name))
        {
            return;
        }

        if (!EndpointMethods.Contains(name)
            || Constant(invocation, "pattern") is not { } pattern
            || Prefix(Receiver(invocation), symbols, 0) is not { } prefix)
        {
            routes.MarkIncomplete();
            return;
        }

        routes.AddPattern(RouteTemplate.Combine(prefix, pattern));
    }

    private static void ReadMiddlewareCall(IInvocationOperation invocation, bool fromFramework, MappedRoutes routes)
    {
        var method = invocation.TargetMethod;
        if (fromFramework && PassThroughMiddleware.Contains(method.Name))
        {
            return;
        }

        if (fromFramework && method.Name == "UseHealthChecks" && Constant(invocation, "path") is { Length: > 1 } path)
        {
            routes.AddLiteralPath(path);
        }
        else if (fromFramework && SwaggerMiddleware.Contains(method.Name) && invocation.Arguments.Count(argument => argument.ArgumentKind != ArgumentKind.DefaultValue) == 1)
        {
            routes.AddPrefix("/swagger");
        }
        else
        {
            routes.MarkIncomplete();
        }
    }

    private static string? Constant(IInvocationOperation invocation, string parameter) =>
        new ConstantStrings(null).Evaluate(OperationArguments.Find(invocation.Arguments, parameter)?.Value);

    private static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ?? invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value;

    /// <summary>
    /// The route prefix of an endpoint builder: empty for the app (or the endpoints of
    /// <c>UseEndpoints</c>), the joined prefixes of <c>MapGroup</c> calls, followed through
    /// conversions, locals assigned once and the group conventions that return their group;
    /// null when unknown (a parameter, a field, a computed prefix).
    /// </summary>
    private static string? Prefix(IOperation? builder, AspNetCoreSymbols symbols, int depth)
    {
        if (builder is null || depth > 10)
        {
            return null;
        }

        if (AspNetCoreSymbols.IsOrImplements(builder.Type, symbols.WebApplication))
        {
            return string.Empty;
        }

        switch (builder)
        {
            case IConversionOperation conversion:
                return Prefix(conversion.Operand, symbols, depth + 1);
            case ILocalReferenceOperation local:
                return Prefix(ConstantStrings.SingleAssignment(local.Local, builder), symbols, depth + 1);
            case IParameterReferenceOperation parameter when IsUseEndpointsLambdaParameter(parameter.Parameter):
                return string.Empty;
            case IInvocationOperation { TargetMethod.Name: "MapGroup" } group when AspNetCoreSymbols.IsFramework(group.TargetMethod):
                return Constant(group, "prefix") is { } prefix && Prefix(Receiver(group), symbols, depth + 1) is { } outer
                    ? RouteTemplate.Combine(outer, prefix)
                    : null;
            case IInvocationOperation convention when convention.TargetMethod.IsExtensionMethod
                && AspNetCoreSymbols.IsOrImplements(convention.Type, symbols.RouteGroupBuilder)
                && AspNetCoreSymbols.IsFramework(convention.TargetMethod):
                // .WithTags(...), .RequireAuthorization(): conventions return the group they were given.
                return Prefix(Receiver(convention), symbols, depth + 1);
            default:
                return null;
        }
    }

    private static bool IsUseEndpointsLambdaParameter(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda
        && lambda.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } }
        && InvokedName(call) == "UseEndpoints";

    /// <summary>
    /// The member name an invocation calls on a receiver (<c>MapGet</c> of <c>app.MapGet(...)</c>),
    /// or null: the calls read are extension methods or methods of the app, never called by a bare name.
    /// </summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) =>
        invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
}
