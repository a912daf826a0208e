using System.Globalization;
using static PodAnalyzers.Generation.GeneratedMemberNames;

namespace PodAnalyzers.Generation;

/// <summary>
/// Prints the <c>Pods</c> class: a root source that declares and documents it, and one source per
/// manifest with a nested static class per pod source; C# 7.3 compatible and warning-free in any
/// consumer. Every name comes from the <see cref="GenerationPlan"/>.
/// </summary>
internal sealed class PodsEmitter
{
    private readonly CodeWriter writer = new();
    private readonly string origin;

    private PodsEmitter(string origin) => this.origin = origin;

    /// <summary>The source that declares <c>Pods</c> with its documentation (the other parts have none).</summary>
    public static string EmitRoot(string @namespace)
    {
        var writer = new CodeWriter();
        writer.BeginFile(
            "the project's Kubernetes manifests",
            "the manifests",
            @namespace,
            "Constants for every Pod and pod template in the project's Kubernetes manifests.",
            PodsClass);
        writer.EndFile();
        return writer.Finish();
    }

    /// <summary>The pods of one manifest, inside <c>Pods</c>.</summary>
    public static string Emit(PodFile file, string @namespace)
    {
        var emitter = new PodsEmitter(file.Origin);
        emitter.writer.BeginFile(file.Origin, "the manifest", @namespace, summary: null, PodsClass);
        for (var i = 0; i < file.Pods.Count; i++)
        {
            if (i > 0)
            {
                emitter.writer.Line();
            }

            emitter.EmitPod(file.Pods[i]);
        }

        emitter.writer.EndFile();
        return emitter.writer.Finish();
    }

    private void EmitPod(NamedPod named)
    {
        var pod = named.Pod;
        var members = named.Members;
        writer.OpenObjectClass(pod.Kind, pod.Name, origin, pod.Line, named.Identifier);
        if (pod.IsGenerateName)
        {
            StringConstant(GenerateName, pod.Name, "<c>metadata.generateName</c>: the prefix of the generated Pod names.");
        }
        else
        {
            StringConstant(Name, pod.Name, "<c>metadata.name</c>: the name of the " + CSharpLiterals.DocText(pod.Kind) + ".");
        }

        StringConstant(Kind, pod.Kind, "<c>kind</c>.");
        if (pod.Namespace is not null)
        {
            StringConstant(Namespace, pod.Namespace, "<c>metadata.namespace</c>.");
        }

        if (pod.NodeName is not null)
        {
            StringConstant(NodeName, pod.NodeName, "<c>spec.nodeName</c>: the node the Pod is bound to, bypassing the scheduler.");
        }

        BoolConstant(ShareProcessNamespace, pod.ShareProcessNamespace, "<c>spec.shareProcessNamespace</c>: the containers see each other's processes, and PID 1 is the pause container.");
        BoolConstant(HostNetwork, pod.HostNetwork, "<c>spec.hostNetwork</c>.");
        BoolConstant(HostPID, pod.HostPID, "<c>spec.hostPID</c>.");
        BoolConstant(HostIPC, pod.HostIPC, "<c>spec.hostIPC</c>.");
        StringGroups.Write(writer, Labels, "Labels the Pods carry: label key → value.", pod.Labels, members.Labels);
        StringGroups.Write(writer, Annotations, "Annotations of the Pods: key → value.", pod.Annotations, members.Annotations);
        StringGroups.Write(writer, NodeSelector, "<c>spec.nodeSelector</c>: node label key → required value.", pod.NodeSelector, members.NodeSelector);
        StringGroups.Write(writer, HostAliases, "<c>spec.hostAliases</c>: hostname → IP address, as kubelet writes them into /etc/hosts.", pod.HostAliases, members.HostAliases);
        ContainerGroup(Containers, "The Pod's containers.", pod.Containers, members.Containers);
        ContainerGroup(InitContainers, "The Pod's init containers, run in order before the containers start.", pod.InitContainers, members.InitContainers);
        StringGroups.Write(writer, Volumes, "<c>spec.volumes</c>: volume → its name.", pod.Volumes, members.Volumes);
        writer.Close();
    }

    private void ContainerGroup(string className, string summary, EquatableArray<ContainerModel> containers, EquatableArray<ContainerNames> names)
    {
        if (containers.Count == 0)
        {
            return;
        }

        writer.Summary(summary);
        writer.OpenClass(className);
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            writer.Summary($"Container <c>{CSharpLiterals.DocText(container.Name)}</c> (<c>{CSharpLiterals.DocText(container.YamlPath)}</c>, line {Number(container.Line)}).");
            writer.OpenClass(names[i].Identifier);
            StringConstant(Name, container.Name, "The container's name.");
            if (container.Image is not null)
            {
                StringConstant(Image, container.Image, "The container's image.");
            }

            PortGroup(container.Ports, names[i].Ports);
            StringGroups.Write(writer, Env, "Environment variable names, for Environment.GetEnvironmentVariable.", container.Env, names[i].Env);
            StringGroups.Write(writer, VolumeMounts, "Volume → the path where this container mounts it.", container.VolumeMounts, names[i].VolumeMounts);
            writer.Close();
        }

        writer.Close();
    }

    private void PortGroup(EquatableArray<PortModel> ports, EquatableArray<string> identifiers)
    {
        if (ports.Count == 0)
        {
            return;
        }

        writer.Summary("Container ports: port name → number.");
        writer.OpenClass(Ports);
        for (var i = 0; i < ports.Count; i++)
        {
            writer.SourceSummary(ports[i].YamlPath, ports[i].Line);
            writer.IntConstant(identifiers[i], ports[i].Number);
        }

        writer.Close();
    }

    private void StringConstant(string name, string value, string summary)
    {
        writer.Summary(summary);
        writer.StringConstant(name, value);
    }

    private void BoolConstant(string name, bool value, string summary)
    {
        writer.Summary(summary);
        writer.BoolConstant(name, value);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
