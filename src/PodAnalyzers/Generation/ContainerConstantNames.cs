using System.Collections.Generic;

namespace PodAnalyzers.Generation;

/// <summary>A generated constant: its C# name from the global namespace and the metadata name of the class that declares it.</summary>
/// <param name="QualifiedName"><c>Inventory.Api.Pods.Inventory.Containers.Api.Env.InventoryRegion</c>.</param>
/// <param name="DeclaringTypeMetadataName"><c>Inventory.Api.Pods+Inventory+Containers+Api+Env</c>.</param>
/// <param name="MemberName"><c>InventoryRegion</c>.</param>
internal sealed record GeneratedConstant(string QualifiedName, string DeclaringTypeMetadataName, string MemberName);

/// <summary>
/// The names the generator gives the env names and ports of one container, read from the
/// <see cref="GenerationPlan"/> (which decides every name) and never worked out again here.
/// </summary>
internal sealed class ContainerConstantNames
{
    private readonly string containerPrefix;
    private readonly string containerMetadataPrefix;
    private readonly ContainerModel container;
    private readonly ContainerNames names;

    private ContainerConstantNames(string containerPrefix, string containerMetadataPrefix, ContainerModel container, ContainerNames names)
    {
        this.containerPrefix = containerPrefix;
        this.containerMetadataPrefix = containerMetadataPrefix;
        this.container = container;
        this.names = names;
    }

    /// <summary>The names of the container at <paramref name="containerPath"/> of the pod source at (<paramref name="sourcePath"/>, <paramref name="documentIndex"/>); null when the plan has no class for it.</summary>
    public static ContainerConstantNames? Find(GenerationPlan plan, string @namespace, string sourcePath, int documentIndex, string containerPath)
    {
        foreach (var file in plan.PodFiles)
        {
            foreach (var pod in file.Pods)
            {
                if (pod.Pod.SourcePath != sourcePath || pod.Pod.DocumentIndex != documentIndex)
                {
                    continue;
                }

                var groups = new[]
                {
                    (GeneratedMemberNames.Containers, pod.Pod.Containers, pod.Members.Containers),
                    (GeneratedMemberNames.InitContainers, pod.Pod.InitContainers, pod.Members.InitContainers),
                };
                foreach (var (group, containers, containerNames) in groups)
                {
                    for (var i = 0; i < containers.Count; i++)
                    {
                        if (containers[i].YamlPath == containerPath)
                        {
                            var path = new[] { GeneratedMemberNames.PodsClass, pod.Identifier, group, containerNames[i].Identifier };
                            return new ContainerConstantNames(
                                @namespace + "." + string.Join(".", path),
                                @namespace + "." + string.Join("+", path),
                                containers[i],
                                containerNames[i]);
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The constant for an env name the container declares; the first of duplicates (they hold the same value).</summary>
    public GeneratedConstant? Env(string name)
    {
        for (var i = 0; i < container.Env.Count; i++)
        {
            if (container.Env[i].Value == name)
            {
                return Constant(GeneratedMemberNames.Env, names.Env[i]);
            }
        }

        return null;
    }

    /// <summary>The constant for a containerPort; null when none or several ports have the number (TCP and UDP, say).</summary>
    public GeneratedConstant? Port(int number)
    {
        var found = new List<int>();
        for (var i = 0; i < container.Ports.Count; i++)
        {
            if (container.Ports[i].Number == number)
            {
                found.Add(i);
            }
        }

        return found.Count == 1 ? Constant(GeneratedMemberNames.Ports, names.Ports[found[0]]) : null;
    }

    private GeneratedConstant Constant(string group, string member) =>
        new(containerPrefix + "." + group + "." + member, containerMetadataPrefix + "+" + group, member);
}
