using System;
using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// The environment variables the chosen containers start with, as far as the project tells: their
/// <c>env</c> names, the keys of <c>envFrom</c> ConfigMaps and Secrets of the project (with the
/// prefix), the <c>ENV</c> and <c>ARG</c> names of the project's Dockerfile (final stage and the
/// stages it is built from, and the ARGs before the first FROM), and what Kubernetes and the .NET
/// images set (<see cref="IsSetByPlatform"/>). An <c>envFrom</c> source the project does not hold
/// may define anything: <see cref="IsOpen"/>, and nothing counts as undefined.
/// </summary>
internal sealed class ContainerEnvironment
{
    private readonly HashSet<string> names;

    private ContainerEnvironment(HashSet<string> names, bool isOpen, bool hasArguments)
    {
        this.names = names;
        IsOpen = isOpen;
        HasArguments = hasArguments;
    }

    /// <summary>Some chosen container takes <c>envFrom</c> a ConfigMap or Secret outside the project.</summary>
    public bool IsOpen { get; }

    /// <summary>Some chosen container's <c>command</c> or <c>args</c> may carry command-line configuration (<c>--Key=value</c>, <c>-k v</c>, <c>Key=value</c>).</summary>
    public bool HasArguments { get; }

    /// <summary>The names the project defines for the containers (platform variables not included), ordinal.</summary>
    public IReadOnlyCollection<string> Names => names;

    /// <summary>Whether the variable may be set when the app runs: defined by the project, by the platform, or unknowable.</summary>
    public bool MayDefine(string name) => IsOpen || names.Contains(name) || IsSetByPlatform(name);

    public static ContainerEnvironment Of(IEnumerable<SelectedContainer> containers, IReadOnlyList<ConfigSource> configSources, IReadOnlyList<Dockerfile> dockerfiles)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var isOpen = false;
        var hasArguments = false;
        foreach (var selected in containers)
        {
            foreach (var variable in selected.Container.Env)
            {
                if (variable.Name is { } name)
                {
                    names.Add(name.Value);
                }
            }

            var node = selected.Node();
            isOpen |= !AddEnvFrom(node, selected.Pod.Metadata.Namespace?.Value, configSources, names);
            hasArguments |= MayPassConfiguration(node.Field("command")) || MayPassConfiguration(node.Field("args"));
        }

        foreach (var dockerfile in dockerfiles)
        {
            foreach (var variable in dockerfile.GlobalArgs)
            {
                names.Add(variable.Name);
            }

            foreach (var stage in dockerfile.FinalStageChain())
            {
                foreach (var variable in stage.Env.Concat(stage.Args))
                {
                    names.Add(variable.Name);
                }
            }
        }

        return new ContainerEnvironment(names, isOpen, hasArguments);
    }

    /// <summary>
    /// Set in every container by the runtime and Kubernetes, or by the .NET base images:
    /// <c>HOSTNAME</c>, <c>PATH</c>, <c>HOME</c>, <c>KUBERNETES_SERVICE_*</c> and <c>KUBERNETES_PORT*</c>, the
    /// service links of any Service (<c>*_SERVICE_HOST</c>, <c>*_SERVICE_PORT*</c>, <c>*_PORT_&lt;n&gt;_TCP*</c>),
    /// <c>DOTNET_*</c>, <c>ASPNETCORE_*</c>, <c>ASPNET_VERSION</c>, <c>APP_UID</c>.
    /// </summary>
    public static bool IsSetByPlatform(string name)
    {
        if (name is "HOSTNAME" or "PATH" or "HOME" or "APP_UID" or "ASPNET_VERSION"
            || name.StartsWith("DOTNET_", StringComparison.Ordinal)
            || name.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            || name.StartsWith("KUBERNETES_PORT", StringComparison.Ordinal)
            || name.EndsWith("_SERVICE_HOST", StringComparison.Ordinal)
            || name.IndexOf("_SERVICE_PORT", StringComparison.Ordinal) > 0)
        {
            return true;
        }

        // Docker-link style service variables: REDIS_PORT_6379_TCP, REDIS_PORT_6379_TCP_ADDR, ...
        var port = name.IndexOf("_PORT_", StringComparison.Ordinal);
        if (port > 0)
        {
            var rest = name.Substring(port + "_PORT_".Length);
            var digits = 0;
            while (digits < rest.Length && char.IsDigit(rest[digits]))
            {
                digits++;
            }

            var protocol = rest.Substring(digits);
            return digits > 0 && (protocol.StartsWith("_TCP", StringComparison.Ordinal) || protocol.StartsWith("_UDP", StringComparison.Ordinal) || protocol.StartsWith("_SCTP", StringComparison.Ordinal));
        }

        return false;
    }

    /// <summary>
    /// A word that the command-line configuration provider may read: one starting with <c>-</c> or
    /// containing <c>=</c>, or anything that is not a plain string. <c>dotnet</c> and a path to the
    /// app's DLL are not.
    /// </summary>
    private static bool MayPassConfiguration(FieldNode list)
    {
        foreach (var item in list.Items())
        {
            if (item.AsString() is not { } word || word.Value.StartsWith("-", StringComparison.Ordinal) || word.Value.IndexOf('=') >= 0 || word.Value.IndexOf("$(", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return list.IsPresent && list.Sequence is null;
    }

    /// <summary>The container as written, for the fields the typed model does not carry (<c>envFrom</c>, <c>args</c>).</summary>
    internal static FieldNode ContainerNode(SelectedContainer selected)
    {
        foreach (var list in new[] { "containers", "initContainers" })
        {
            foreach (var item in selected.Pod.Spec.Node.Field(list).Items())
            {
                if (item.Path == selected.Container.Path)
                {
                    return item;
                }
            }
        }

        return new FieldNode(null, selected.Container.Path, selected.Container.Span);
    }

    /// <summary>Adds the <c>envFrom</c> names; false when a source is not in the project (or not readable), so anything may be defined.</summary>
    private static bool AddEnvFrom(FieldNode container, string? podNamespace, IReadOnlyList<ConfigSource> configSources, HashSet<string> names)
    {
        var known = true;
        foreach (var item in container.Field("envFrom").Items())
        {
            var prefix = item.Field("prefix").StringOrEmpty;
            var found = false;
            foreach (var (field, kind) in new[] { ("configMapRef", ConfigSource.ConfigMapKind), ("secretRef", ConfigSource.SecretKind) })
            {
                var reference = item.Field(field);
                if (!reference.IsPresent)
                {
                    continue;
                }

                var name = reference.Field("name").StringOrEmpty;
                foreach (var source in configSources)
                {
                    if (source.Kind == kind && source.Name == name && (podNamespace is null || source.Namespace is null || source.Namespace == podNamespace))
                    {
                        found = true;
                        foreach (var key in source.Keys)
                        {
                            names.Add(prefix + key);
                        }
                    }
                }
            }

            known &= found;
        }

        return known;
    }
}
