using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// The endpoints the C# code configures: <c>Listen*</c> on <c>KestrelServerOptions</c>,
/// <c>UseUrls</c>, <c>UseSetting("urls", ...)</c>, <c>app.Urls.Add</c>, <c>app.Run(url)</c>. A call
/// this model cannot read (<c>KestrelServerOptions.Configure</c>, <c>PreferHostingUrls</c>,
/// <c>UseHttpSys</c>, a setting named by a computed key) makes the endpoints unknowable. A call under
/// a condition, in a loop or behind <c>?.</c> is marked conditional.
/// </summary>
internal static class EndpointCalls
{
    private static readonly string[] MethodNames =
    {
        "Listen", "ListenAnyIP", "ListenLocalhost", "ListenUnixSocket", "ListenHandle", "ListenNamedPipe", "Configure",
        "UseUrls", "UseSetting", "PreferHostingUrls", "UseHttpSys", "Run", "RunAsync", "Add",
    };

    /// <summary>Whether the text may create a web host: the project may be a worker that only references ASP.NET Core.</summary>
    public static bool MayHostWeb(string text) =>
        text.IndexOf("WebApplication", StringComparison.Ordinal) >= 0 || text.IndexOf("WebHost", StringComparison.Ordinal) >= 0;

    /// <summary>The positions of the method names, on the text alone; <c>Add</c> only in a document that mentions <c>Urls</c>.</summary>
    public static List<int> Positions(string text)
    {
        var positions = new List<int>();
        foreach (var name in MethodNames)
        {
            if (name != "Add" || text.IndexOf("Urls", StringComparison.Ordinal) >= 0)
            {
                ReadCandidates.AddWord(text, name, positions);
            }
        }

        positions.Sort();
        return positions;
    }

    public static IEnumerable<ListeningEndpoint> Of(IInvocationOperation invocation, EndpointSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var syntax = invocation.Syntax;
        var origin = method.Name + " in " + FileName(syntax.SyntaxTree.FilePath);
        var conditional = IsConditional(syntax);
        if (method.Name == "UseHttpSys")
        {
            return new[] { ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, origin) };
        }

        if (Is(method.ContainingType, symbols.KestrelOptions))
        {
            return Kestrel(invocation, origin, conditional, symbols);
        }

        if (Is(method.ContainingType, symbols.HostingExtensions))
        {
            return method.Name switch
            {
                "UseUrls" => Urls(invocation, "urls", EndpointLevel.Urls, origin, conditional),
                "PreferHostingUrls" => new[] { ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, origin) },
                _ => Enumerable.Empty<ListeningEndpoint>(),
            };
        }

        if (method.Name == "UseSetting" && IsWebHostBuilder(method.ContainingType, symbols))
        {
            return Setting(invocation, origin, conditional);
        }

        if (method.Name is "Run" or "RunAsync" && Is(method.ContainingType, symbols.WebApplication))
        {
            return Urls(invocation, "url", EndpointLevel.ServerAddresses, "app." + origin, conditional);
        }

        if (method.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" } urls && Is(urls.Property.ContainingType, symbols.WebApplication))
        {
            return Urls(invocation, "item", EndpointLevel.ServerAddresses, "app.Urls.Add in " + FileName(syntax.SyntaxTree.FilePath), conditional);
        }

        return Enumerable.Empty<ListeningEndpoint>();
    }

    private static IEnumerable<ListeningEndpoint> Kestrel(IInvocationOperation invocation, string origin, bool conditional, EndpointSymbols symbols)
    {
        var location = LocationOf(invocation.Syntax);
        var port = PortOf(invocation, "port");
        switch (invocation.TargetMethod.Name)
        {
            case "ListenAnyIP":
                yield return new ListeningEndpoint(EndpointLevel.Kestrel, EndpointHost.Any, port, origin, conditional, location);
                break;
            case "ListenLocalhost":
                yield return new ListeningEndpoint(EndpointLevel.Kestrel, EndpointHost.Loopback, port, origin, conditional, location);
                break;
            case "ListenUnixSocket" or "ListenHandle" or "ListenNamedPipe":
                yield return new ListeningEndpoint(EndpointLevel.Kestrel, EndpointHost.NotTcp, null, origin, conditional, location);
                break;
            case "Listen":
                var (host, listenPort) = ListenTarget(invocation, symbols);
                yield return new ListeningEndpoint(EndpointLevel.Kestrel, host, listenPort, origin, conditional, location);
                break;
            case "Configure":
                // Endpoints from a configuration section of the code's choosing.
                yield return ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, origin, location);
                break;
        }
    }

    /// <summary><c>Listen(IPAddress, port)</c>, <c>Listen(new IPEndPoint(address, port))</c>.</summary>
    private static (EndpointHost Host, int? Port) ListenTarget(IInvocationOperation invocation, EndpointSymbols symbols)
    {
        if (Argument(invocation, "address") is { } address)
        {
            return (HostOf(address, symbols), PortOf(invocation, "port"));
        }

        if (Argument(invocation, "endPoint") is IObjectCreationOperation creation && Is(creation.Type, symbols.IPEndPoint)
            && Argument(creation.Arguments, "address") is { } endPointAddress)
        {
            return (HostOf(endPointAddress, symbols), Port(Argument(creation.Arguments, "port")));
        }

        return (EndpointHost.Unknown, null);
    }

    /// <summary><c>IPAddress.Any</c>, <c>IPAddress.Loopback</c>, <c>IPAddress.Parse("10.0.0.1")</c>; anything else is unknown.</summary>
    private static EndpointHost HostOf(IOperation address, EndpointSymbols symbols)
    {
        if (address is IFieldReferenceOperation { Field.IsStatic: true } field && Is(field.Field.ContainingType, symbols.IPAddress))
        {
            return field.Field.Name switch
            {
                "Any" or "IPv6Any" => EndpointHost.Any,
                "Loopback" or "IPv6Loopback" => EndpointHost.Loopback,
                _ => EndpointHost.Unknown,
            };
        }

        if (address is IInvocationOperation { TargetMethod.Name: "Parse" } parse && Is(parse.TargetMethod.ContainingType, symbols.IPAddress)
            && parse.Arguments.Length == 1 && parse.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text }
            && System.Net.IPAddress.TryParse(text, out var parsed))
        {
            return ServerUrls.HostOf(parsed);
        }

        return EndpointHost.Unknown;
    }

    /// <summary>URLs passed as constants (each a list by <c>;</c>); a URL that is not a constant is unknown.</summary>
    private static IEnumerable<ListeningEndpoint> Urls(IInvocationOperation invocation, string parameter, EndpointLevel level, string origin, bool conditional)
    {
        var argument = invocation.Arguments.FirstOrDefault(item => item.Parameter?.Name == parameter);
        if (argument is null)
        {
            yield break;
        }

        var values = argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer }
            ? initializer.ElementValues
            : new[] { argument.Value }.AsEnumerable();
        foreach (var value in values.Select(Unwrap))
        {
            if (value.ConstantValue is { HasValue: true, Value: null })
            {
                continue;
            }

            if (value.ConstantValue is { HasValue: true, Value: string urls })
            {
                foreach (var endpoint in ServerUrls.Parse(urls, level, origin, conditional, LocationOf(value.Syntax)))
                {
                    yield return endpoint;
                }
            }
            else
            {
                yield return new ListeningEndpoint(level, EndpointHost.Unknown, null, origin, conditional, LocationOf(value.Syntax));
            }
        }
    }

    /// <summary><c>UseSetting("urls", ...)</c>, <c>UseSetting("http_ports", ...)</c>; a computed key may be either.</summary>
    private static IEnumerable<ListeningEndpoint> Setting(IInvocationOperation invocation, string origin, bool conditional)
    {
        if (Argument(invocation, "key")?.ConstantValue is not { HasValue: true, Value: string key })
        {
            return new[] { ListeningEndpoint.Unknowable(EndpointLevel.Kestrel, origin) };
        }

        if (ConfiguredEndpoints.Level(key) is not { } level)
        {
            return Enumerable.Empty<ListeningEndpoint>();
        }

        if (level != EndpointLevel.Urls || Argument(invocation, "value")?.ConstantValue is not { HasValue: true, Value: string value })
        {
            return new[] { ListeningEndpoint.Unknowable(level, origin) };
        }

        return ServerUrls.Parse(value, level, origin, conditional, LocationOf(Argument(invocation, "value")!.Syntax));
    }

    /// <summary>Under an <c>if</c>, <c>switch</c>, <c>?:</c>, <c>&amp;&amp;</c>/<c>||</c>/<c>??</c>, <c>?.</c>, a loop or a <c>catch</c>: it may not run.</summary>
    private static bool IsConditional(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null and not MemberDeclarationSyntax and not CompilationUnitSyntax; current = current.Parent)
        {
            switch (current)
            {
                case IfStatementSyntax or SwitchStatementSyntax or SwitchExpressionSyntax or ConditionalExpressionSyntax or ConditionalAccessExpressionSyntax
                    or ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or CatchClauseSyntax:
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.CoalesceExpression):
                    return true;
            }
        }

        return false;
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameter) => Argument(invocation.Arguments, parameter);

    private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string parameter) =>
        arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter) is { } argument ? Unwrap(argument.Value) : null;

    private static int? PortOf(IInvocationOperation invocation, string parameter) => Port(Argument(invocation, parameter));

    /// <summary>A constant port; port 0 asks the system for a free one, so it is unknown.</summary>
    private static int? Port(IOperation? value) => value?.ConstantValue is { HasValue: true, Value: int port } && port is > 0 and <= 65535 ? port : null;

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsWebHostBuilder(INamedTypeSymbol type, EndpointSymbols symbols) =>
        symbols.WebHostBuilder is { } webHostBuilder && (Is(type, webHostBuilder) || type.AllInterfaces.Any(item => Is(item, webHostBuilder)));

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    private static CodeLocation LocationOf(SyntaxNode node) => new(node.SyntaxTree.FilePath, node.SpanStart, node.Span.Length);

    private static string FileName(string path) => AppSettings.FileName(path);
}
