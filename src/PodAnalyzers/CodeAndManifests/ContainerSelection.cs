using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>A container of a pod source that runs the project.</summary>
internal sealed record SelectedContainer(PodSource Pod, Container Container)
{
    public string ContainerName => Container.Name?.Value ?? string.Empty;

    /// <summary><c>container 'api' of Deployment 'inventory' (k8s/deploy.yaml)</c>, with the path as <paramref name="displayPath"/> shows it.</summary>
    public string Describe(Func<string, string> displayPath)
    {
        var kind = Pod.IsWorkload ? Pod.Kind : "pod";
        var name = Pod.Metadata.Name?.Value ?? Pod.Metadata.GenerateName?.Value ?? "(unnamed)";
        return "container '" + ContainerName + "' of " + kind + " '" + name + "' (" + displayPath(Pod.FilePath) + ")";
    }

    /// <summary>The container as written, for the fields the typed model does not carry (<c>envFrom</c>, <c>args</c>, <c>securityContext</c>).</summary>
    public FieldNode Node()
    {
        foreach (var list in new[] { "containers", "initContainers" })
        {
            foreach (var item in Pod.Spec.Node.Field(list).Items())
            {
                if (item.Path == Container.Path)
                {
                    return item;
                }
            }
        }

        return new FieldNode(null, Container.Path, Container.Span);
    }
}

/// <summary>How the container was chosen.</summary>
internal enum ContainerSelectionKind
{
    /// <summary>No container could be chosen: the rules about code and manifests stay silent.</summary>
    None,

    /// <summary><c>PodAnalyzersContainer</c> named it.</summary>
    Setting,

    /// <summary>The project's pod sources have exactly one (regular) container.</summary>
    OnlyContainer,

    /// <summary>Its image's last path segment matches the assembly name.</summary>
    Image,
}

/// <summary>
/// Which container runs this project, the question every rule comparing the code with the
/// manifests asks first. In order:
/// <list type="number">
/// <item><c>PodAnalyzersContainer</c>: <c>&lt;pod-or-workload name&gt;/&lt;container name&gt;</c> or
/// <c>&lt;container name&gt;</c>, matching regular and init containers; when it names nothing,
/// <see cref="Problem"/> says so (POD0006) and no container is chosen.</item>
/// <item>the only regular container, when the pod sources have exactly one (init and ephemeral
/// containers do not count: they run before or beside the app, not as it);</item>
/// <item>the regular containers whose image's last path segment, without tag and digest, equals
/// the assembly name, both lower-cased with <c>.</c>, <c>-</c>, <c>_</c> removed
/// (<c>registry.example.com/inventory-api:2.0</c> and <c>Inventory.Api</c>);</item>
/// <item>else none.</item>
/// </list>
/// Several containers may be chosen (the same Deployment in two overlays, a Job running the
/// app's image): rules then treat as defined what any of them defines.
/// </summary>
internal sealed class ContainerSelection
{
    public const string SettingName = "PodAnalyzersContainer";

    private ContainerSelection(ContainerSelectionKind kind, IReadOnlyList<SelectedContainer> containers, string? problem)
    {
        Kind = kind;
        Containers = containers;
        Problem = problem;
    }

    public ContainerSelectionKind Kind { get; }

    /// <summary>The chosen containers, in pod-source order; empty when <see cref="Kind"/> is None.</summary>
    public IReadOnlyList<SelectedContainer> Containers { get; }

    /// <summary>What is wrong with <c>PodAnalyzersContainer</c> (POD0006); null when nothing is.</summary>
    public string? Problem { get; }

    public bool IsResolved => Containers.Count > 0;

    /// <param name="pods">The project's pod sources, in a stable order (by file path, then document).</param>
    /// <param name="setting">The <c>PodAnalyzersContainer</c> value, trimmed; null or empty when unset.</param>
    /// <param name="assemblyName">The compilation's assembly name.</param>
    public static ContainerSelection Resolve(IEnumerable<PodSource> pods, string? setting, string? assemblyName)
    {
        var podList = pods.ToList();
        if (setting is { Length: > 0 })
        {
            return FromSetting(podList, setting.Trim());
        }

        var regular = podList
            .SelectMany(pod => pod.Spec.Containers.Select(container => new SelectedContainer(pod, container)))
            .Where(selected => selected.Container.Name is not null)
            .ToList();
        if (regular.Count == 1)
        {
            return new ContainerSelection(ContainerSelectionKind.OnlyContainer, regular, null);
        }

        var wanted = Normalize(assemblyName ?? string.Empty);
        if (wanted.Length > 0)
        {
            var matching = regular.Where(selected => selected.Container.Image is { } image && Normalize(ImageName(image.Value)) == wanted).ToList();
            if (matching.Count > 0)
            {
                return new ContainerSelection(ContainerSelectionKind.Image, matching, null);
            }
        }

        return None;
    }

    private static ContainerSelection None { get; } = new(ContainerSelectionKind.None, Array.Empty<SelectedContainer>(), null);

    private static ContainerSelection FromSetting(List<PodSource> pods, string setting)
    {
        var parts = setting.Split('/');
        if (parts.Length > 2 || parts.Any(part => part.Trim().Length == 0))
        {
            return new ContainerSelection(
                ContainerSelectionKind.None,
                Array.Empty<SelectedContainer>(),
                $"{SettingName} '{setting}' is neither '<pod-or-workload name>/<container name>' nor '<container name>'; the rules comparing code with the manifests (POD2020-POD2026) stay silent");
        }

        var podName = parts.Length == 2 ? parts[0].Trim() : null;
        var containerName = parts[parts.Length - 1].Trim();
        var matching = new List<SelectedContainer>();
        foreach (var pod in pods)
        {
            if (podName is not null && pod.Metadata.Name?.Value != podName)
            {
                continue;
            }

            foreach (var container in pod.Spec.Containers.Concat(pod.Spec.InitContainers))
            {
                if (container.Name?.Value == containerName)
                {
                    matching.Add(new SelectedContainer(pod, container));
                }
            }
        }

        if (matching.Count > 0)
        {
            return new ContainerSelection(ContainerSelectionKind.Setting, matching, null);
        }

        var known = pods
            .SelectMany(pod => pod.Spec.Containers.Concat(pod.Spec.InitContainers)
                .Where(container => container.Name is not null)
                .Select(container => (pod.Metadata.Name?.Value ?? "(unnamed)") + "/" + container.Name!.Value))
            .Distinct(StringComparer.Ordinal)
            .Take(10)
            .ToList();
        var listing = known.Count == 0
            ? "the project has no pod source with a named container"
            : "the project's containers are " + string.Join(", ", known.Select(name => "'" + name + "'"));
        return new ContainerSelection(
            ContainerSelectionKind.None,
            Array.Empty<SelectedContainer>(),
            $"{SettingName} '{setting}' names no container of the project's pod sources ({listing}); the rules comparing code with the manifests (POD2020-POD2026) stay silent");
    }

    /// <summary>The image's last path segment without tag and digest: <c>inventory-api</c> for <c>registry.example.com:5000/team/inventory-api:2.0@sha256:ab</c>.</summary>
    public static string ImageName(string image)
    {
        var name = image.Trim();
        var at = name.IndexOf('@');
        if (at >= 0)
        {
            name = name.Substring(0, at);
        }

        name = name.Substring(name.LastIndexOf('/') + 1);
        var colon = name.IndexOf(':');
        return colon >= 0 ? name.Substring(0, colon) : name;
    }

    /// <summary>Lower-cased, with <c>.</c>, <c>-</c> and <c>_</c> removed.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            if (character is not ('.' or '-' or '_'))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }

        return builder.ToString().Trim();
    }
}
