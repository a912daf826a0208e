using System;
using System.Text;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// How MVC builds an attribute-routed action's template (<c>AttributeRouteModel</c>): the
/// controller's <c>[Route]</c> and the action's template joined, an action template starting with
/// <c>/</c> or <c>~/</c> standing alone, then the <c>[controller]</c>, <c>[action]</c> and
/// <c>[area]</c> tokens replaced.
/// </summary>
internal static class AttributeRoutes
{
    /// <summary><c>CombineTemplates</c>: null when neither level has a template (the action is not attribute-routed).</summary>
    public static string? Combine(string? controllerTemplate, string? actionTemplate)
    {
        if (actionTemplate is not null && IsAbsolute(actionTemplate))
        {
            return actionTemplate;
        }

        if (controllerTemplate is null)
        {
            return actionTemplate;
        }

        if (actionTemplate is null || actionTemplate.Length == 0)
        {
            return controllerTemplate;
        }

        return controllerTemplate.TrimEnd('/') + "/" + actionTemplate;
    }

    /// <summary>
    /// The template with its tokens replaced (names case-insensitive, <c>[[</c> and <c>]]</c> escaped
    /// brackets); null when it has a token with no known value, or an unbalanced bracket.
    /// </summary>
    public static string? ReplaceTokens(string template, string controller, string action, string? area)
    {
        var result = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var character = template[i];
            if ((character == '[' || character == ']') && i + 1 < template.Length && template[i + 1] == character)
            {
                result.Append(character);
                i++;
            }
            else if (character == ']')
            {
                return null;
            }
            else if (character == '[')
            {
                var end = template.IndexOf(']', i + 1);
                if (end < 0)
                {
                    return null;
                }

                var value = template.Substring(i + 1, end - i - 1).ToLowerInvariant() switch
                {
                    "controller" => controller,
                    "action" => action,
                    "area" => area,
                    _ => null,
                };
                if (value is null)
                {
                    return null;
                }

                result.Append(value);
                i = end;
            }
            else
            {
                result.Append(character);
            }
        }

        return result.ToString();
    }

    /// <summary>The controller's name in routes: the class name without the <c>Controller</c> suffix.</summary>
    public static string ControllerName(string className) =>
        className.EndsWith("Controller", StringComparison.OrdinalIgnoreCase) && className.Length > "Controller".Length
            ? className.Substring(0, className.Length - "Controller".Length)
            : className;

    private static bool IsAbsolute(string template) =>
        template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal);
}
