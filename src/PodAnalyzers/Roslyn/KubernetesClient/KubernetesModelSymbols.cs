using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.KubernetesClient;

/// <summary>
/// The KubernetesClient types and properties POD2010-POD2012 look at (namespace <c>k8s.Models</c>
/// of the <c>KubernetesClient</c> package), resolved once per compilation.
/// </summary>
internal sealed class KubernetesModelSymbols
{
    public const string ModelsNamespace = "k8s.Models";

    private KubernetesModelSymbols(Compilation compilation, INamedTypeSymbol objectMeta)
    {
        var podSpec = compilation.GetTypeByMetadataName("k8s.Models.V1PodSpec");
        var hostAlias = compilation.GetTypeByMetadataName("k8s.Models.V1HostAlias");
        var requirement = compilation.GetTypeByMetadataName("k8s.Models.V1NodeSelectorRequirement");
        ModelExtensions = compilation.GetTypeByMetadataName("k8s.Models.ModelExtensions");
        Labels = Property(objectMeta, "Labels");
        NodeSelector = Property(podSpec, "NodeSelector");
        NodeName = Property(podSpec, "NodeName");
        HostAliasIp = Property(hostAlias, "Ip");
        HostAliasHostnames = Property(hostAlias, "Hostnames");
        RequirementKey = Property(requirement, "Key");
    }

    public INamedTypeSymbol? ModelExtensions { get; }

    public IPropertySymbol? Labels { get; }

    public IPropertySymbol? NodeSelector { get; }

    public IPropertySymbol? NodeName { get; }

    public IPropertySymbol? HostAliasIp { get; }

    public IPropertySymbol? HostAliasHostnames { get; }

    public IPropertySymbol? RequirementKey { get; }

    /// <summary>Null when the compilation does not reference KubernetesClient (no <c>k8s.Models.V1ObjectMeta</c>).</summary>
    public static KubernetesModelSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("k8s.Models.V1ObjectMeta") is { } objectMeta
            ? new KubernetesModelSymbols(compilation, objectMeta)
            : null;

    public static bool Is(IPropertySymbol? property, IPropertySymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(property?.OriginalDefinition, expected);

    /// <summary>A type of KubernetesClient's model namespace.</summary>
    public static bool IsModel(ITypeSymbol? type) =>
        type is INamedTypeSymbol { ContainingNamespace: { } ns } && ns.ToDisplayString() == ModelsNamespace;

    private static IPropertySymbol? Property(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property)
            {
                return property;
            }
        }

        return null;
    }
}
