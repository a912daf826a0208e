using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// POD2024's reading of attribute-routed controllers, as MVC discovers them: a public, concrete,
/// non-generic class named <c>…Controller</c> or marked <c>[Controller]</c> (not
/// <c>[NonController]</c>); its public instance methods not marked <c>[NonAction]</c> are actions.
/// Each <c>[Route]</c> of the class (its base classes' included) is joined with each template of
/// an action (<c>[Route]</c>, <c>[HttpGet("…")]</c> and the other verbs, <c>[AcceptVerbs(Route =
/// "…")]</c>), and the tokens replaced; an action with no template at either level is
/// conventionally routed and maps nothing here. A route attribute of another kind, or a token with
/// no value, makes the table incomplete.
/// </summary>
internal static class ControllerRoutes
{
    public static void Read(INamedTypeSymbol type, AspNetCoreSymbols symbols, MappedRoutes routes)
    {
        if (symbols.RouteTemplateProvider is null || !IsController(type, symbols))
        {
            return;
        }

        var controllerTemplates = Templates(ClassAttributes(type), symbols, out var classUnknown);
        var area = ClassAttributes(type)
            .FirstOrDefault(attribute => Is(attribute, symbols.AreaAttribute))?.ConstructorArguments.FirstOrDefault().Value as string;
        if (classUnknown)
        {
            routes.MarkIncomplete();
            return;
        }

        var controller = AttributeRoutes.ControllerName(type.Name);
        foreach (var action in Actions(type, symbols))
        {
            var actionTemplates = Templates(ActionAttributes(action), symbols, out var actionUnknown);
            if (actionUnknown)
            {
                routes.MarkIncomplete();
                return;
            }

            var actionName = ActionName(action, symbols);
            foreach (var controllerTemplate in controllerTemplates.DefaultIfEmpty())
            {
                foreach (var actionTemplate in actionTemplates.DefaultIfEmpty())
                {
                    if (AttributeRoutes.Combine(controllerTemplate, actionTemplate) is not { } combined)
                    {
                        continue;
                    }

                    if (AttributeRoutes.ReplaceTokens(combined, controller, actionName, area) is not { } template)
                    {
                        routes.MarkIncomplete();
                        return;
                    }

                    routes.AddPattern(template);
                }
            }
        }
    }

    private static bool IsController(INamedTypeSymbol type, AspNetCoreSymbols symbols)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.IsGenericType || !IsPublic(type))
        {
            return false;
        }

        var attributes = ClassAttributes(type).ToList();
        return !attributes.Any(attribute => Is(attribute, symbols.NonControllerAttribute))
            && (type.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase) || attributes.Any(attribute => Is(attribute, symbols.ControllerAttribute)));
    }

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The class's attributes and its base classes' (MVC reads them inherited).</summary>
    private static IEnumerable<AttributeData> ClassAttributes(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    /// <summary>Public instance methods of the class and of its base classes up to the framework's (ControllerBase, Controller).</summary>
    private static IEnumerable<IMethodSymbol> Actions(INamedTypeSymbol type, AspNetCoreSymbols symbols)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
            {
                yield break;
            }

            foreach (var method in current.GetMembers().OfType<IMethodSymbol>())
            {
                if (method is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsAbstract: false, IsGenericMethod: false }
                    && !ActionAttributes(method).Any(attribute => Is(attribute, symbols.NonActionAttribute)))
                {
                    yield return method;
                }
            }
        }
    }

    /// <summary>The method's attributes and those of the methods it overrides.</summary>
    private static IEnumerable<AttributeData> ActionAttributes(IMethodSymbol method)
    {
        for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod)
        {
            foreach (var attribute in current.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    /// <summary>The templates of the route attributes; a verb attribute without template adds none. <paramref name="unknown"/> when a route attribute is of a kind not read.</summary>
    private static List<string> Templates(IEnumerable<AttributeData> attributes, AspNetCoreSymbols symbols, out bool unknown)
    {
        unknown = false;
        var templates = new List<string>();
        foreach (var attribute in attributes)
        {
            if (!AspNetCoreSymbols.IsOrImplements(attribute.AttributeClass, symbols.RouteTemplateProvider))
            {
                continue;
            }

            if (Is(attribute, symbols.RouteAttribute) || AspNetCoreSymbols.IsOrImplements(attribute.AttributeClass, symbols.HttpMethodAttribute) && attribute.AttributeClass is { } verb && AspNetCoreSymbols.IsFramework(verb))
            {
                var template = attribute.AttributeConstructor?.Parameters.FirstOrDefault(parameter => parameter.Name == "template") is { } parameter
                    ? attribute.ConstructorArguments[parameter.Ordinal].Value as string
                    : null;
                if (template is not null)
                {
                    templates.Add(template);
                }
            }
            else if (Is(attribute, symbols.AcceptVerbsAttribute))
            {
                if (attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Route").Value.Value is string template)
                {
                    templates.Add(template);
                }
            }
            else
            {
                unknown = true;
            }
        }

        return templates;
    }

    /// <summary>[ActionName], else the method's name without the Async suffix MVC drops by default.</summary>
    private static string ActionName(IMethodSymbol action, AspNetCoreSymbols symbols)
    {
        if (ActionAttributes(action).FirstOrDefault(attribute => Is(attribute, symbols.ActionNameAttribute))?.ConstructorArguments.FirstOrDefault().Value is string name)
        {
            return name;
        }

        return action.Name.EndsWith("Async", StringComparison.Ordinal) && action.Name.Length > "Async".Length
            ? action.Name.Substring(0, action.Name.Length - "Async".Length)
            : action.Name;
    }

    private static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);
}
