using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>MVC's joining of controller and action templates and its token replacement.</summary>
public sealed class AttributeRoutesTests
{
    [Theory]
    [InlineData("api/items", "{id}", "api/items/{id}")]
    [InlineData("api/items/", "{id}", "api/items/{id}")]
    [InlineData("api/items", "", "api/items")]
    [InlineData("api/items", null, "api/items")]
    [InlineData(null, "health", "health")]
    [InlineData("api/items", "/health", "/health")]
    [InlineData("api/items", "~/health", "~/health")]
    [InlineData(null, null, null)]
    public void Controller_and_action_templates_combine_as_mvc_combines_them(string? controller, string? action, string? expected) =>
        Assert.Equal(expected, AttributeRoutes.Combine(controller, action));

    [Theory]
    [InlineData("api/[controller]/[action]", "api/Items/List")]
    [InlineData("api/[Controller]/[ACTION]", "api/Items/List")]
    [InlineData("[area]/[controller]", "Admin/Items")]
    [InlineData("api/[[literal]]/[controller]", "api/[literal]/Items")]
    public void Tokens_are_replaced_case_insensitively(string template, string expected) =>
        Assert.Equal(expected, AttributeRoutes.ReplaceTokens(template, "Items", "List", "Admin"));

    [Theory]
    [InlineData("api/[version]/[controller]")]
    [InlineData("api/[controller")]
    [InlineData("api/controller]")]
    public void An_unknown_token_or_an_unbalanced_bracket_is_unknown(string template) =>
        Assert.Null(AttributeRoutes.ReplaceTokens(template, "Items", "List", "Admin"));

    [Fact]
    public void The_area_token_without_an_area_is_unknown() =>
        Assert.Null(AttributeRoutes.ReplaceTokens("[area]/[controller]", "Items", "List", null));

    [Theory]
    [InlineData("ItemsController", "Items")]
    [InlineData("Itemscontroller", "Items")]
    [InlineData("Controller", "Controller")]
    [InlineData("Health", "Health")]
    public void The_controller_name_drops_the_suffix(string className, string expected) =>
        Assert.Equal(expected, AttributeRoutes.ControllerName(className));
}
