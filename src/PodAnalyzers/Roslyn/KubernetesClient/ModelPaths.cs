using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PodAnalyzers.Roslyn.KubernetesClient;

/// <summary>
/// The API server's field path of a value in KubernetesClient model code (<c>spec.hostAliases[0].ip</c>),
/// found by walking up the operation tree through object initializers, collection initializers,
/// arrays, collection expressions and property accesses of <c>k8s.Models</c> types, in the JSON
/// names of the model properties. A list index that the code does not fix (an <c>Add</c> call, an
/// element after a spread) is written <c>[*]</c>. Where the walk stops at a model object whose
/// place in a Pod is unknown (a local, a parameter, a method result), the path starts where that
/// type sits in a Pod (<c>V1PodSpec</c>: <c>spec</c>; <c>V1ObjectMeta</c>: <c>metadata</c>;
/// <c>V1HostAlias</c>: <c>spec.hostAliases[*]</c>); a top-level object (<c>V1Pod</c>,
/// <c>V1Deployment</c>, …) is the root.
/// </summary>
internal static class ModelPaths
{
    private const int MaxDepth = 32;
    private const string Unknown = "[*]";
    private const string Required = "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution";

    /// <summary>The path of <paramref name="operation"/>'s value, or null when it is not found inside a model object.</summary>
    public static string? Of(IOperation operation)
    {
        var segments = new List<string>();
        string? best = null;
        IOperation? current = operation;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            if (Prefix(current.Type) is { } prefix)
            {
                best = Join(prefix, segments);
            }

            current = Step(current, segments);
        }

        return best;
    }

    /// <summary><c>spec</c> + <c>nodeName</c>, <c>spec.hostAliases[0]</c> + <c>[1]</c>.</summary>
    public static string Append(string path, string segment) =>
        segment.StartsWith("[", System.StringComparison.Ordinal) || path.Length == 0 ? path + segment : path + "." + segment;

    /// <summary>The JSON name of a model property (its <c>JsonPropertyName</c>), else the camel-cased C# name.</summary>
    public static string JsonName(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "JsonPropertyNameAttribute"
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string { Length: > 0 } name)
            {
                return name;
            }
        }

        var text = property.Name;
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);
    }

    /// <summary>Where an object of a model type sits in a Pod when nothing above it is known.</summary>
    private static string? Prefix(ITypeSymbol? type)
    {
        if (!KubernetesModelSymbols.IsModel(type) || type is not INamedTypeSymbol named)
        {
            return null;
        }

        switch (named.Name)
        {
            case "V1ObjectMeta": return "metadata";
            case "V1PodTemplateSpec": return "spec.template";
            case "V1JobTemplateSpec": return "spec.jobTemplate";
            case "V1Affinity": return "spec.affinity";
            case "V1NodeAffinity": return "spec.affinity.nodeAffinity";
            case "V1NodeSelector": return Required;
            case "V1NodeSelectorTerm": return Required + ".nodeSelectorTerms[*]";
            case "V1NodeSelectorRequirement": return Required + ".nodeSelectorTerms[*].matchExpressions[*]";
            case "V1PreferredSchedulingTerm": return "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[*]";
            case "V1HostAlias": return "spec.hostAliases[*]";
        }

        if (named.GetMembers("ApiVersion").Length > 0 && named.GetMembers("Kind").Length > 0 && named.GetMembers("Metadata").Length > 0)
        {
            return string.Empty;
        }

        return named.Name.EndsWith("Spec", System.StringComparison.Ordinal) ? "spec" : null;
    }

    private static string Join(string prefix, List<string> reversedSegments)
    {
        var path = prefix;
        for (var i = reversedSegments.Count - 1; i >= 0; i--)
        {
            path = Append(path, reversedSegments[i]);
        }

        return path;
    }

    /// <summary>One level up: adds the segment that leads from the parent to <paramref name="current"/>, returns the parent.</summary>
    private static IOperation? Step(IOperation current, List<string> segments)
    {
        switch (current)
        {
            // pod.Spec used as the instance of a further access: "spec", then pod.
            case IPropertyReferenceOperation { Property.IsIndexer: false } reference when KubernetesModelSymbols.IsModel(reference.Property.ContainingType):
                segments.Add(JsonName(reference.Property));
                return reference.Instance;

            // Spec = { NodeName = "x" }: "spec", then the object being initialized.
            case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } initializer when KubernetesModelSymbols.IsModel(member.Property.ContainingType):
                segments.Add(JsonName(member.Property));
                return (initializer.Parent as IObjectOrCollectionInitializerOperation)?.Parent;

            // pod.EnsureMetadata(), meta.EnsureLabels() (KubernetesClient's ModelExtensions).
            case IInvocationOperation { TargetMethod: { IsExtensionMethod: true, Name: "EnsureMetadata" or "EnsureLabels" } method } invocation
                when KubernetesModelSymbols.IsModel(method.ContainingType) && invocation.Arguments.Length == 1:
                segments.Add(method.Name == "EnsureMetadata" ? "metadata" : "labels");
                return invocation.Arguments[0].Value;
        }

        var child = current;
        var parent = current.Parent;
        while (parent is IConversionOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            // new V1PodSpec { NodeName = "x" } or spec.NodeName = "x".
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } target } assignment
                when assignment.Value == child && KubernetesModelSymbols.IsModel(target.Property.ContainingType):
                segments.Add(JsonName(target.Property));
                return assignment.Parent is IObjectOrCollectionInitializerOperation initializer ? initializer.Parent : target.Instance;

            // An element of a collection initializer ({ a, b }) or of list.Add(a).
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add }:
                if (add.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    && add.Parent is IObjectOrCollectionInitializerOperation collection)
                {
                    // new List<T>(other) { a }: the copied items come first, so the index is unknown.
                    var copies = collection.Parent is IObjectCreationOperation { Arguments: var arguments }
                        && arguments.Any(argument => argument.Value.Type?.SpecialType != SpecialType.System_Int32);
                    segments.Add(copies ? Unknown : Index(collection.Initializers.IndexOf(add)));
                    return collection.Parent;
                }

                segments.Add(Unknown);
                return add.Instance;

            // new[] { a, b }.
            case IArrayInitializerOperation { Parent: IArrayCreationOperation array } elements:
                segments.Add(Index(elements.ElementValues.IndexOf(child)));
                return array;
        }

        // [a, b] (C# 12): found through the syntax, since Roslyn 4.8 has no collection expression operation.
        if (child.Syntax.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax list } element)
        {
            var index = 0;
            var known = true;
            foreach (var other in list.Elements)
            {
                if (other == element)
                {
                    break;
                }

                known &= other is ExpressionElementSyntax;
                index++;
            }

            segments.Add(known ? Index(index) : Unknown);
            for (var up = child.Parent; up is not null; up = up.Parent)
            {
                if (up.Syntax == list)
                {
                    return up;
                }
            }
        }

        return null;
    }

    private static string Index(int index) =>
        index < 0 ? Unknown : "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
