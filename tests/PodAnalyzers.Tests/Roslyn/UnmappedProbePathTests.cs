using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.ProbeRouteTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2024: an httpGet probe path no endpoint of the app maps.</summary>
public sealed class UnmappedProbePathTests
{
    private const string Health = "app.MapGet(\"/healthz\", () => \"ok\");\napp.MapGet(\"/api/items/{id:int}\", (int id) => id);";

    // ---- Reported ----

    [Fact]
    public Task A_readiness_probe_of_a_path_no_minimal_api_maps_is_reported_on_the_path() =>
        ForProgram(Health, "{|#0:/ready|}").Expect(Unmapped(0, "/ready", "'/healthz', '/api/items/{id:int}'")).RunAsync();

    [Fact]
    public Task Liveness_and_startup_probes_are_checked_too()
    {
        var test = new ProbeRouteTest(Program(Health)).With("/k8s/pod.yaml", Pod(
            "    livenessProbe:\n      httpGet: {path: {|#0:/live|}, port: 8080}\n    startupProbe:\n      httpGet:\n        path: {|#1:\"/started\"|}\n        port: 8080\n    readinessProbe:\n      httpGet: {path: /healthz, port: 8080}\n"))
            .Expect(
                Unmapped(0, "/live", "'/healthz', '/api/items/{id:int}'", "livenessProbe"),
                Unmapped(1, "/started", "'/healthz', '/api/items/{id:int}'", "startupProbe"));
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/api/items")]
    [InlineData("/api/items/1/2")]
    [InlineData("/healthz/live")]
    public Task A_path_a_route_does_not_match_segment_for_segment_is_reported(string path) =>
        ForProgram(Health, "{|#0:" + path + "|}").Expect(Unmapped(0, path, NearestOf(path))).RunAsync();

    [Fact]
    public Task A_group_prefix_is_part_of_the_route() =>
        ForProgram("var api = app.MapGroup(\"/api\");\nvar health = api.MapGroup(\"health\").WithTags(\"health\");\nhealth.MapGet(\"/ready\", () => \"ok\");", "{|#0:/ready|}")
            .Expect(Unmapped(0, "/ready", "'/api/health/ready'")).RunAsync();

    [Fact]
    public Task Health_checks_map_their_pattern() =>
        ForProgram("app.MapHealthChecks(\"/health\");\napp.UseHealthChecks(\"/live\");", "{|#0:/ready|}")
            .Expect(Unmapped(0, "/ready", "'/health', '/live'")).RunAsync();

    [Fact]
    public Task Pass_through_middleware_keeps_the_table_complete() =>
        ForProgram("app.UseHttpsRedirection();\napp.UseRouting();\napp.UseAuthorization();\napp.MapGet(\"/healthz\", () => \"ok\");", "{|#0:/ready|}")
            .Expect(Unmapped(0, "/ready", "'/healthz'")).RunAsync();

    [Fact]
    public Task Endpoints_of_use_endpoints_are_read() =>
        ForProgram("app.UseRouting();\napp.UseEndpoints(endpoints => { endpoints.MapGet(\"/healthz\", () => \"ok\"); });", "{|#0:/ready|}")
            .Expect(Unmapped(0, "/ready", "'/healthz'")).RunAsync();

    [Fact]
    public Task An_attribute_routed_controller_maps_its_combined_templates() =>
        new ProbeRouteTest("""
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/[controller]")]
            public class ItemsController : ControllerBase
            {
                [HttpGet("{id}")]
                public int GetAsync(int id) => id;

                [HttpGet("/status")]
                public string Status() => "ok";

                [HttpGet]
                [Route("[action]/{name?}")]
                public string Find(string name) => name;
            }
            """).With("/k8s/pod.yaml", Pod(Readiness("{|#0:/health|}")))
            .Expect(Unmapped(0, "/health", "'/status', '/api/Items/{id}', '/api/Items/Find/{name?}'")).RunAsync();

    [Fact]
    public Task The_container_chosen_by_its_image_is_checked_and_its_neighbour_is_not() =>
        new ProbeRouteTest(Program(Health)).WithConsoleOutput()
            .With("/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: inventory}\nspec:\n  containers:\n  - name: api\n    image: registry.example.com/test-project:2.0\n"
                + Readiness("{|#0:/ready|}") + "  - name: proxy\n    image: envoyproxy/envoy:v1.30\n" + Readiness("/ready") + "\n")
            .Expect(Unmapped(0, "/ready", "'/healthz', '/api/items/{id:int}'")).RunAsync();

    [Fact]
    public Task A_sidecar_init_container_chosen_by_the_setting_is_checked_and_the_other_container_is_not()
    {
        const string Deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: inventory}
            spec:
              selector: {matchLabels: {app: inventory}}
              template:
                metadata: {labels: {app: inventory}}
                spec:
                  initContainers:
                  - name: agent
                    image: agent:1
                    restartPolicy: Always
                    readinessProbe:
                      httpGet: {path: {|#0:/agent/ready|}, port: 8081}
                  containers:
                  - name: api
                    image: registry.example.com/inventory-api:2.0
                    readinessProbe:
                      httpGet: {path: /healthz, port: 8080}

            """;
        var test = new ProbeRouteTest(Program(Health)).WithConsoleOutput().With("/k8s/deployment.yaml", Deployment)
            .Expect(Unmapped(0, "/agent/ready", "'/api/items/{id:int}', '/healthz'", container: "container 'agent' of Deployment 'inventory' (deployment.yaml)"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PodAnalyzersContainer = inventory/agent\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_deployment_template_probe_is_checked() =>
        new ProbeRouteTest(Program(Health)).WithConsoleOutput().With("/k8s/deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: inventory}
            spec:
              selector: {matchLabels: {app: inventory}}
              template:
                metadata: {labels: {app: inventory}}
                spec:
                  containers:
                  - name: api
                    image: registry.example.com/inventory-api:2.0
                    livenessProbe:
                      httpGet:
                        path: {|#0:/live|}
                        port: http

            """).Expect(Unmapped(0, "/live", "'/healthz', '/api/items/{id:int}'", "livenessProbe", "container 'api' of Deployment 'inventory' (deployment.yaml)")).RunAsync();

    [Fact]
    public Task A_non_controller_maps_nothing() =>
        new ProbeRouteTest("""
            using Microsoft.AspNetCore.Mvc;

            [Route("api/status")]
            public class StatusController : ControllerBase
            {
                [HttpGet]
                public string Get() => "ok";
            }

            [NonController]
            [Route("health")]
            public class HealthController : ControllerBase
            {
                [HttpGet]
                public string Get() => "ok";
            }

            [Route("ready")]
            internal class ReadyController : ControllerBase
            {
                [HttpGet]
                public string Get() => "ok";
            }
            """).With("/k8s/pod.yaml", Pod(Readiness("{|#0:/health|}") + "    livenessProbe:\n      httpGet: {path: {|#1:/ready|}, port: 8080}\n"))
            .Expect(Unmapped(0, "/health", "'/api/status'"), Unmapped(1, "/ready", "'/api/status'", "livenessProbe")).RunAsync();

    [Fact]
    public Task A_pattern_left_to_its_default_is_read_from_the_default() =>
        ForProgram("app.MapGet(\"/healthz\", () => \"ok\");\napp.MapOpenApi();", "{|#0:/openapi|}")
            .WithSource("/OpenApi.cs", OpenApiStub)
            .Expect(Unmapped(0, "/openapi", "'/healthz', '/openapi/{documentName}.json'")).RunAsync();

    // ---- Silent: the path is mapped ----

    [Fact]
    public Task A_default_pattern_maps_its_paths() =>
        ForProgram("app.MapGet(\"/healthz\", () => \"ok\");\napp.MapOpenApi();", "/openapi/v1.json").WithSource("/OpenApi.cs", OpenApiStub).RunAsync();

    [Fact]
    public Task Swagger_without_options_answers_everything_under_swagger()
    {
        var test = ForProgram("app.UseSwagger();\napp.UseSwaggerUI();", "/swagger/index.html");
        test.TestState.Sources.Add(("/Swagger.cs", """
            namespace Microsoft.AspNetCore.Builder
            {
                public static class SwaggerBuilderExtensions
                {
                    public static IApplicationBuilder UseSwagger(this IApplicationBuilder app, System.Action<object>? setupAction = null) => app;
                    public static IApplicationBuilder UseSwaggerUI(this IApplicationBuilder app, System.Action<object>? setupAction = null) => app;
                }
            }
            """));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/HEALTHZ/")]
    [InlineData("/healthz?probe=readiness")]
    [InlineData("healthz")]
    [InlineData("/api/items/42")]
    public Task A_mapped_path_is_not_reported(string path) =>
        ForProgram(Health, path).RunAsync();

    [Theory]
    [InlineData("/api/Items/7")]
    [InlineData("/api/items")]
    [InlineData("/status")]
    [InlineData("/api/items/find")]
    [InlineData("/api/items/find/x")]
    [InlineData("/admin/Reports/Daily")]
    [InlineData("/legacy")]
    public Task A_path_of_a_controller_action_is_not_reported(string path) =>
        new ProbeRouteTest("""
            using Microsoft.AspNetCore.Mvc;

            [Route("api/[controller]")]
            public class ItemsController : ControllerBase
            {
                [HttpGet("{id}")]
                public int Get(int id) => id;

                [HttpGet]
                public int[] List() => new int[0];

                [HttpGet("/status")]
                public string Status() => "ok";

                [Route("[action]/{name?}")]
                public string Find(string name) => name;
            }

            [Area("admin")]
            [Route("[area]/[controller]")]
            public class ReportsController : Controller
            {
                [ActionName("Daily")]
                [HttpGet("[action]")]
                public string Today() => "";
            }

            public class LegacyController : ControllerBase
            {
                [AcceptVerbs("GET", Route = "legacy")]
                public string Old() => "";
            }
            """).With("/k8s/pod.yaml", Pod(Readiness(path))).RunAsync();

    [Fact]
    public Task A_grouped_path_is_not_reported() =>
        ForProgram("var api = app.MapGroup(\"/api\");\napi.MapGet(\"/health\", () => \"ok\");", "/api/health").RunAsync();

    [Fact]
    public Task A_probe_with_a_host_asks_another_machine() =>
        new ProbeRouteTest(Program(Health)).With("/k8s/pod.yaml", Pod("    readinessProbe:\n      httpGet: {host: example.com, path: /ready, port: 80}\n")).WithConsoleOutput().RunAsync();

    [Fact]
    public Task Lifecycle_hooks_are_not_checked() =>
        new ProbeRouteTest(Program(Health)).With("/k8s/pod.yaml", Pod("    lifecycle:\n      preStop:\n        httpGet: {path: /drain, port: 8080}\n")).WithConsoleOutput().RunAsync();

    // ---- Silent: the routes cannot all be known ----

    [Theory]
    [InlineData("app.MapGet(\"/files/{*path}\", (string path) => path);")]
    [InlineData("app.MapGet(\"/files/{**path}\", (string path) => path);")]
    [InlineData("app.MapGet(args[0], () => \"ok\");")]
    [InlineData("app.MapFallback(() => \"ok\");")]
    [InlineData("app.MapControllerRoute(\"default\", \"{controller=Home}/{action=Index}/{id?}\");")]
    [InlineData("app.MapRazorPages();")]
    [InlineData("app.UseStaticFiles();")]
    [InlineData("app.UsePathBase(\"/inventory\");")]
    [InlineData("app.Use(async (context, next) => await next());")]
    [InlineData("app.Run(async context => { });")]
    [InlineData("var prefix = args[0];\nvar group = app.MapGroup(prefix);\ngroup.MapGet(\"/ready\", () => \"ok\");")]
    public Task Anything_that_may_map_other_paths_makes_the_rule_silent(string statement) =>
        ForProgram(Health + "\n" + statement, "/ready").RunAsync();

    [Fact]
    public Task Routes_mapped_through_a_parameter_make_the_rule_silent()
    {
        var test = ForProgram(Health + "\nEndpoints.Add(app);", "/ready");
        test.TestState.Sources.Add(("/Endpoints.cs", """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Routing;

            static class Endpoints
            {
                public static void Add(IEndpointRouteBuilder routes) => routes.MapGet("/other", () => "ok");
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Middleware_of_the_project_makes_the_rule_silent()
    {
        var test = ForProgram(Health + "\napp.UseTenantGate();", "/ready");
        test.TestState.Sources.Add(("/Middleware.cs", """
            using Microsoft.AspNetCore.Builder;

            static class Middleware
            {
                public static IApplicationBuilder UseTenantGate(this IApplicationBuilder app) => app;
            }
            """));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("[Route(\"api/[version]\")]", "[HttpGet]")]
    [InlineData("[Route(\"[area]/items\")]", "[HttpGet]")]
    [InlineData("[Route(\"api\")]", "[Custom]")]
    public Task An_unknown_token_or_route_attribute_makes_the_rule_silent(string classAttribute, string actionAttribute) =>
        new ProbeRouteTest($$"""
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Routing;

            public sealed class CustomAttribute : System.Attribute, IRouteTemplateProvider { public string? Template => "x"; }

            {{classAttribute}}
            public class ItemsController : ControllerBase
            {
                {{actionAttribute}}
                public int Get() => 1;
            }
            """).With("/k8s/pod.yaml", Pod(Readiness("/ready"))).RunAsync();

    [Fact]
    public Task Without_any_endpoint_the_rule_is_silent() =>
        ForProgram("app.UseHttpsRedirection();", "/ready").RunAsync();

    [Fact]
    public Task Without_asp_net_core_the_rule_is_silent() =>
        new ProbeRouteTest("class Worker { }").With("/k8s/pod.yaml", Pod(Readiness("/ready"))).RunAsync();

    [Fact]
    public Task A_container_that_does_not_run_the_project_is_not_checked() =>
        new ProbeRouteTest(Program(Health))
            .With("/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: inventory}\nspec:\n  containers:\n  - name: api\n    image: registry.example.com/other:2.0\n"
                + Readiness("/ready") + "  - name: proxy\n    image: envoyproxy/envoy:v1.30\n" + Readiness("/ready") + "\n")
            .WithConsoleOutput().RunAsync();

    private const string OpenApiStub = """
        namespace Microsoft.AspNetCore.Builder
        {
            public static class OpenApiEndpointRouteBuilderExtensions
            {
                public static IEndpointConventionBuilder MapOpenApi(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern = "/openapi/{documentName}.json") => new RouteHandlerBuilder();
            }
        }
        """;

    private static string NearestOf(string path) => path switch
    {
        "/healthz/live" => "'/healthz', '/api/items/{id:int}'",
        _ => "'/api/items/{id:int}', '/healthz'",
    };
}
