using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PodAnalyzers.Roslyn.KubernetesClient;

/// <summary>The workload whose pod template an object initializer builds, as far as the nested initializers show it.</summary>
internal static class WorkloadTemplates
{
    private const int MaxDepth = 16;

    /// <summary>
    /// For an assignment inside <c>new V1PodSpec { ... }</c> inside <c>new V1PodTemplateSpec { ... }</c>
    /// inside a workload spec's initializer: that workload's kind, and whether the same initializer
    /// sets a Job's podFailurePolicy. Null when the code does not show it.
    /// </summary>
    public static (string Kind, bool HasPodFailurePolicy)? KindAround(IOperation operation)
    {
        var sawTemplate = false;
        var current = operation.Parent;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++, current = current.Parent)
        {
            if (current is not IObjectCreationOperation { Type: INamedTypeSymbol type } creation || !KubernetesModelSymbols.IsModel(type))
            {
                continue;
            }

            if (!sawTemplate)
            {
                sawTemplate = type.Name == "V1PodTemplateSpec";
                continue;
            }

            return type.Name switch
            {
                "V1DeploymentSpec" => ("Deployment", false),
                "V1ReplicaSetSpec" => ("ReplicaSet", false),
                "V1StatefulSetSpec" => ("StatefulSet", false),
                "V1DaemonSetSpec" => ("DaemonSet", false),
                "V1ReplicationControllerSpec" => ("ReplicationController", false),
                "V1JobSpec" => ("Job", SetsPodFailurePolicy(creation)),
                _ => null,
            };
        }

        return null;
    }

    private static bool SetsPodFailurePolicy(IObjectCreationOperation creation)
    {
        if (creation.Initializer is null)
        {
            return false;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "PodFailurePolicy" }, Value: not ILiteralOperation { ConstantValue.HasValue: true, ConstantValue.Value: null } })
            {
                return true;
            }
        }

        return false;
    }
}
