using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PodAnalyzers.Findings;
using PodAnalyzers.Roslyn.CodeAndManifests;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs POD2024 over C# code and manifests. ASP.NET Core is stubbed with its real namespaces,
/// type names and parameter names (the analyzer knows its types by metadata name); manifests are
/// markup, <c>{|#0:…|}</c> marking the expected YAML span.
/// </summary>
internal sealed class ProbeRouteTest : CSharpAnalyzerTest<ProbeRouteAnalyzer, DefaultVerifier>
{
    public const string AspNetCoreStubs = """
        namespace Microsoft.AspNetCore.Http
        {
            public delegate System.Threading.Tasks.Task RequestDelegate(HttpContext context);
            public abstract class HttpContext { }
            public readonly struct PathString
            {
                public PathString(string? value) { }
                public static implicit operator PathString(string? value) => new PathString(value);
            }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
            public sealed class RouteGroupBuilder : IEndpointRouteBuilder, Microsoft.AspNetCore.Builder.IEndpointConventionBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;

            public interface IEndpointConventionBuilder { }
            public sealed class RouteHandlerBuilder : IEndpointConventionBuilder { }
            public sealed class ControllerActionEndpointConventionBuilder : IEndpointConventionBuilder { }

            public interface IApplicationBuilder
            {
                IApplicationBuilder Use(Func<RequestDelegate, RequestDelegate> middleware);
            }

            public sealed class WebApplication : IEndpointRouteBuilder, IApplicationBuilder
            {
                public static WebApplication Create(string[]? args = null) => new WebApplication();
                IApplicationBuilder IApplicationBuilder.Use(Func<RequestDelegate, RequestDelegate> middleware) => this;
                public void Run(string? url = null) { }
                public Task RunAsync(string? url = null) => Task.CompletedTask;
            }

            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new RouteHandlerBuilder();
                public static RouteHandlerBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new RouteHandlerBuilder();
                public static RouteHandlerBuilder MapMethods(this IEndpointRouteBuilder endpoints, string pattern, IEnumerable<string> httpMethods, Delegate handler) => new RouteHandlerBuilder();
                public static IEndpointConventionBuilder Map(this IEndpointRouteBuilder endpoints, string pattern, RequestDelegate requestDelegate) => new RouteHandlerBuilder();
                public static RouteGroupBuilder MapGroup(this IEndpointRouteBuilder endpoints, string prefix) => new RouteGroupBuilder();
                public static RouteHandlerBuilder MapFallback(this IEndpointRouteBuilder endpoints, Delegate handler) => new RouteHandlerBuilder();
            }

            public static class RouteHandlerBuilderExtensions
            {
                public static TBuilder WithTags<TBuilder>(this TBuilder builder, params string[] tags) where TBuilder : IEndpointConventionBuilder => builder;
            }

            public static class HealthCheckEndpointRouteBuilderExtensions
            {
                public static IEndpointConventionBuilder MapHealthChecks(this IEndpointRouteBuilder endpoints, string pattern) => new RouteHandlerBuilder();
            }

            public static class HealthCheckApplicationBuilderExtensions
            {
                public static IApplicationBuilder UseHealthChecks(this IApplicationBuilder app, PathString path) => app;
            }

            public static class ControllerEndpointRouteBuilderExtensions
            {
                public static ControllerActionEndpointConventionBuilder MapControllers(this IEndpointRouteBuilder endpoints) => new ControllerActionEndpointConventionBuilder();
                public static ControllerActionEndpointConventionBuilder MapControllerRoute(this IEndpointRouteBuilder endpoints, string name, string pattern) => new ControllerActionEndpointConventionBuilder();
            }

            public static class RazorPagesEndpointRouteBuilderExtensions
            {
                public static IEndpointConventionBuilder MapRazorPages(this IEndpointRouteBuilder endpoints) => new RouteHandlerBuilder();
            }

            public static class AppBuilderExtensions
            {
                public static IApplicationBuilder UseRouting(this IApplicationBuilder builder) => builder;
                public static IApplicationBuilder UseEndpoints(this IApplicationBuilder builder, Action<IEndpointRouteBuilder> configure) => builder;
                public static IApplicationBuilder UseAuthorization(this IApplicationBuilder app) => app;
                public static IApplicationBuilder UseHttpsRedirection(this IApplicationBuilder app) => app;
                public static IApplicationBuilder UseStaticFiles(this IApplicationBuilder app) => app;
                public static IApplicationBuilder UsePathBase(this IApplicationBuilder app, PathString pathBase) => app;
                public static IApplicationBuilder Use(this IApplicationBuilder app, Func<HttpContext, Func<Task>, Task> middleware) => app;
                public static void Run(this IApplicationBuilder app, RequestDelegate handler) { }
            }
        }

        namespace Microsoft.AspNetCore.Mvc.Routing
        {
            using System;
            using System.Collections.Generic;

            public interface IRouteTemplateProvider { string? Template { get; } }

            public abstract class HttpMethodAttribute : Attribute, IRouteTemplateProvider
            {
                protected HttpMethodAttribute(IEnumerable<string> httpMethods, string? template) => Template = template;
                public string? Template { get; }
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            using System;
            using Microsoft.AspNetCore.Mvc.Routing;

            public abstract class ControllerBase { public virtual string Describe() => ""; }
            public abstract class Controller : ControllerBase { }
            public sealed class ApiControllerAttribute : Attribute { }
            public sealed class ControllerAttribute : Attribute { }
            public sealed class NonControllerAttribute : Attribute { }
            public sealed class NonActionAttribute : Attribute { }
            public sealed class ActionNameAttribute : Attribute { public ActionNameAttribute(string name) { } }
            public sealed class AreaAttribute : Attribute { public AreaAttribute(string areaName) { } }
            public sealed class RouteAttribute : Attribute, IRouteTemplateProvider
            {
                public RouteAttribute(string template) => Template = template;
                public string? Template { get; }
            }
            public sealed class HttpGetAttribute : HttpMethodAttribute
            {
                public HttpGetAttribute() : base(new[] { "GET" }, null) { }
                public HttpGetAttribute(string template) : base(new[] { "GET" }, template) { }
            }
            public sealed class HttpPostAttribute : HttpMethodAttribute
            {
                public HttpPostAttribute() : base(new[] { "POST" }, null) { }
                public HttpPostAttribute(string template) : base(new[] { "POST" }, template) { }
            }
            public sealed class AcceptVerbsAttribute : Attribute, IRouteTemplateProvider
            {
                public AcceptVerbsAttribute(params string[] methods) { }
                public string? Route { get; set; }
                string? IRouteTemplateProvider.Template => Route;
            }
        }
        """;

    public const string Api = "container 'api' of pod 'inventory' (pod.yaml)";

    public ProbeRouteTest(string code)
    {
        ReferenceAssemblies = TestReferences.Net80;
        TestCode = code;
        TestState.Sources.Add(("/AspNetCore.cs", AspNetCoreStubs));
    }

    /// <summary>A pod whose one container probes <paramref name="probes"/> (YAML under the container, markup allowed).</summary>
    public static string Pod(string probes) =>
        "apiVersion: v1\nkind: Pod\nmetadata: {name: inventory}\nspec:\n  containers:\n  - name: api\n    image: registry.example.com/inventory-api:2.0\n"
        + probes + "\n";

    /// <summary>A readiness probe of <paramref name="path"/> (markup allowed).</summary>
    public static string Readiness(string path) => "    readinessProbe:\n      httpGet: {path: " + path + ", port: 8080}\n";

    /// <summary>A minimal API program with the statements between the builder and <c>app.Run()</c>.</summary>
    public static string Program(string statements) =>
        "using Microsoft.AspNetCore.Builder;\n\nvar app = WebApplication.Create(args);\n" + statements + "\napp.Run();\n";

    public ProbeRouteTest With(string path, string text)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    public ProbeRouteTest WithSource(string path, string code)
    {
        TestState.Sources.Add((path, code));
        return this;
    }

    public ProbeRouteTest WithConsoleOutput()
    {
        TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return this;
    }

    public ProbeRouteTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    /// <summary>A program and a pod with one readiness probe.</summary>
    public static ProbeRouteTest ForProgram(string statements, string probePath) =>
        new ProbeRouteTest(Program(statements)).With("/k8s/pod.yaml", Pod(Readiness(probePath))).WithConsoleOutput();

    public static DiagnosticResult Unmapped(int location, string path, string nearest, string probe = "readinessProbe", string container = Api) =>
        new DiagnosticResult(Descriptors.Of(Rule.UnmappedProbePath)).WithLocation(location).WithMessage(
            $"The {probe} of {container} asks for '{path}', which no endpoint of the app maps: the app answers 404 and the probe fails; the nearest mapped paths are {nearest}");
}
