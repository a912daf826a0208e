using System;
using System.Collections.Generic;

namespace PodAnalyzers.Generation;

/// <summary>
/// Names the class of every pod under <c>Pods</c>, over all manifests at once: in plan order, then
/// document order, a name already taken (by an earlier pod, or by a member of every pod class)
/// takes <c>_2</c>, <c>_3</c>, …. The generation plan names pod classes only here, and POD0004
/// reports the pods that took a suffix because of an earlier pod: the two cannot disagree.
/// </summary>
internal static class PodClassNames
{
    /// <summary>
    /// The pods of <paramref name="manifests"/> (in any order) with their classes, in plan order.
    /// Generic so that the analyzer names its positioned pods, cheaply, exactly as the generator
    /// names its value models.
    /// </summary>
    /// <param name="nameOf">What a pod's class is named after; a pod without a name gets no class.</param>
    public static List<PodClass<TPod>> Assign<TPod>(IEnumerable<(string Path, IEnumerable<TPod> Pods)> manifests, Func<TPod, string?> nameOf)
    {
        var scope = GeneratedMemberNames.NewPodScope();
        var firstByWanted = new Dictionary<string, PodClass<TPod>>(StringComparer.Ordinal);
        var classes = new List<PodClass<TPod>>();
        foreach (var manifest in PlanOrder.Of(manifests, manifest => manifest.Path))
        {
            foreach (var pod in manifest.Pods)
            {
                if (nameOf(pod) is not { } name)
                {
                    continue;
                }

                var wanted = IdentifierNames.FromName(name);
                var identifier = scope.ClaimIdentifier(wanted);
                firstByWanted.TryGetValue(wanted, out var first);
                var podClass = new PodClass<TPod>(manifest.Path, pod, name, wanted, identifier, identifier == wanted ? null : first);
                if (first is null)
                {
                    firstByWanted.Add(wanted, podClass);
                }

                classes.Add(podClass);
            }
        }

        return classes;
    }

    /// <summary>The pods whose names map to one identifier, one group per identifier (POD0004 is one diagnostic per group).</summary>
    public static IEnumerable<PodClassClash<TPod>> Clashes<TPod>(IReadOnlyList<PodClass<TPod>> classes)
    {
        var byWanted = new Dictionary<string, List<PodClass<TPod>>>(StringComparer.Ordinal);
        foreach (var podClass in classes)
        {
            if (!byWanted.TryGetValue(podClass.Wanted, out var group))
            {
                byWanted.Add(podClass.Wanted, group = new List<PodClass<TPod>>());
            }

            group.Add(podClass);
        }

        foreach (var podClass in classes)
        {
            var group = byWanted[podClass.Wanted];
            if (group.Count > 1 && ReferenceEquals(group[1], podClass))
            {
                yield return new PodClassClash<TPod>(group);
            }
        }
    }
}

/// <summary>A pod and the class it gets under <c>Pods</c>.</summary>
internal sealed class PodClass<TPod>
{
    public PodClass(string path, TPod pod, string name, string wanted, string identifier, PodClass<TPod>? clashesWith)
    {
        Path = path;
        Pod = pod;
        Name = name;
        Wanted = wanted;
        Identifier = identifier;
        ClashesWith = clashesWith;
    }

    /// <summary>The manifest the pod is in.</summary>
    public string Path { get; }

    public TPod Pod { get; }

    /// <summary><c>metadata.name</c>, or <c>metadata.generateName</c> when the pod has no name.</summary>
    public string Name { get; }

    /// <summary>The identifier <see cref="Name"/> maps to, before any suffix.</summary>
    public string Wanted { get; }

    /// <summary>The class's identifier: <see cref="Wanted"/>, or it with a suffix.</summary>
    public string Identifier { get; }

    /// <summary>The earlier pod that took <see cref="Wanted"/> first, when that is why this one has a suffix.</summary>
    public PodClass<TPod>? ClashesWith { get; }

    public override string ToString() => $"'{Name}' ({Path}) is Pods.{Identifier}";
}

/// <summary>Pods whose names map to the same identifier, in plan order; reported at the second, the first to take a suffix.</summary>
internal sealed class PodClassClash<TPod>
{
    // A name repeated across many install variants gives hundreds of pods: the message names a few.
    private const int Listed = 5;

    public PodClassClash(IReadOnlyList<PodClass<TPod>> classes) => Classes = classes;

    public IReadOnlyList<PodClass<TPod>> Classes { get; }

    public PodClass<TPod> Reported => Classes[1];

    /// <summary>The other pods the message names, for the diagnostic's additional locations.</summary>
    public IEnumerable<PodClass<TPod>> ListedOthers
    {
        get
        {
            var shown = 0;
            foreach (var podClass in Classes)
            {
                if (!ReferenceEquals(podClass, Reported) && shown++ < Listed)
                {
                    yield return podClass;
                }
            }
        }
    }

    public string Message
    {
        get
        {
            var reported = Reported;
            if (Classes.Count == 2)
            {
                var first = Classes[0];
                return $"Pod '{reported.Name}' ({reported.Path}) and pod '{first.Name}' ({first.Path}) both map to Pods.{reported.Wanted}; this one is generated as Pods.{reported.Identifier}";
            }

            var others = string.Join(", ", ListedOthers);
            var more = Classes.Count - 1 > Listed ? $", and {Classes.Count - 1 - Listed} more" : string.Empty;
            return $"Pod '{reported.Name}' ({reported.Path}) and {Classes.Count - 1} other pods map to Pods.{reported.Wanted} ({others}{more}); this one is generated as Pods.{reported.Identifier}";
        }
    }
}
