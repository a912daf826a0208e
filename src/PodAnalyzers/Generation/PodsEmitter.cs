using System.Globalization;
using System.Linq;

namespace PodAnalyzers.Generation;

/// <summary>
/// Emits the <c>Pods</c> class: a root source that declares and documents it, and one source per
/// manifest with a nested static class per pod source; C# 7.3 compatible and warning-free in any
/// consumer. Class names come from the <see cref="GenerationPlan"/>.
/// </summary>
internal sealed class PodsEmitter
{
    public const string RootHintName = GeneratedMemberNames.PodsClass + HintNames.Suffix;

    private readonly CodeWriter writer = new();
    private readonly string source;

    private PodsEmitter(string source) => this.source = source;

    /// <summary>The source that declares <c>Pods</c> with its documentation (the other parts have none).</summary>
    public static string EmitRoot(string @namespace)
    {
        var writer = new CodeWriter();
        writer.BeginFile(
            "the project's Kubernetes manifests",
            "the manifests",
            @namespace,
            "Constants for every Pod and pod template in the project's Kubernetes manifests.",
            GeneratedMemberNames.PodsClass);
        writer.EndFile();
        return writer.Finish();
    }

    /// <summary>The pods of one manifest, inside <c>Pods</c>.</summary>
    public static string Emit(PodFile file, string @namespace)
    {
        var source = ManifestPaths.ForDocs(file.RelativePath);
        var emitter = new PodsEmitter(source);
        emitter.writer.BeginFile(source, "the manifest", @namespace, summary: null, GeneratedMemberNames.PodsClass);
        for (var i = 0; i < file.Pods.Count; i++)
        {
            if (i > 0)
            {
                emitter.writer.Line();
            }

            emitter.EmitPod(file.Pods[i].Pod, file.Pods[i].Identifier);
        }

        emitter.writer.EndFile();
        return emitter.writer.Finish();
    }

    private void EmitPod(PodModel pod, string identifier)
    {
        writer.OpenObjectClass(pod.Kind, pod.Name, source, pod.Line, identifier);
        if (pod.IsGenerateName)
        {
            StringConstant("GenerateName", pod.Name, "<c>metadata.generateName</c>: the prefix of the generated Pod names.");
        }
        else
        {
            StringConstant("Name", pod.Name, "<c>metadata.name</c>: the name of the " + CSharpLiterals.DocText(pod.Kind) + ".");
        }

        StringConstant("Kind", pod.Kind, "<c>kind</c>.");
        if (pod.Namespace is not null)
        {
            StringConstant("Namespace", pod.Namespace, "<c>metadata.namespace</c>.");
        }

        if (pod.NodeName is not null)
        {
            StringConstant("NodeName", pod.NodeName, "<c>spec.nodeName</c>: the node the Pod is bound to, bypassing the scheduler.");
        }

        BoolConstant("ShareProcessNamespace", pod.ShareProcessNamespace, "<c>spec.shareProcessNamespace</c>: the containers see each other's processes, and PID 1 is the pause container.");
        BoolConstant("HostNetwork", pod.HostNetwork, "<c>spec.hostNetwork</c>.");
        BoolConstant("HostPID", pod.HostPID, "<c>spec.hostPID</c>.");
        BoolConstant("HostIPC", pod.HostIPC, "<c>spec.hostIPC</c>.");
        writer.StringGroup("Labels", "Labels the Pods carry: label key → value.", pod.Labels);
        writer.StringGroup("Annotations", "Annotations of the Pods: key → value.", pod.Annotations);
        writer.StringGroup("NodeSelector", "<c>spec.nodeSelector</c>: node label key → required value.", pod.NodeSelector);
        writer.StringGroup("HostAliases", "<c>spec.hostAliases</c>: hostname → IP address, as kubelet writes them into /etc/hosts.", pod.HostAliases);
        ContainerGroup("Containers", pod.Containers);
        ContainerGroup("InitContainers", pod.InitContainers);
        writer.StringGroup("Volumes", "<c>spec.volumes</c>: volume → its name.", pod.Volumes);
        writer.Close();
    }

    private void ContainerGroup(string groupName, EquatableArray<ContainerModel> containers)
    {
        if (containers.Count == 0)
        {
            return;
        }

        writer.Summary(groupName == "Containers" ? "The Pod's containers." : "The Pod's init containers, run in order before the containers start.");
        writer.OpenClass(groupName);
        var scope = new IdentifierScope(groupName, GeneratedMemberNames.ContainerMembers);
        foreach (var container in containers)
        {
            writer.Summary($"Container <c>{CSharpLiterals.DocText(container.Name)}</c> (<c>{CSharpLiterals.DocText(container.YamlPath)}</c>, line {Number(container.Line)}).");
            writer.OpenClass(scope.Claim(container.Name));
            StringConstant("Name", container.Name, "The container's name.");
            if (container.Image is not null)
            {
                StringConstant("Image", container.Image, "The container's image.");
            }

            PortGroup(container.Ports);
            writer.StringGroup("Env", "Environment variable names, for Environment.GetEnvironmentVariable.", container.Env);
            writer.StringGroup("VolumeMounts", "Volume → the path where this container mounts it.", container.VolumeMounts);
            writer.Close();
        }

        writer.Close();
    }

    private void PortGroup(EquatableArray<PortModel> ports)
    {
        if (ports.Count == 0)
        {
            return;
        }

        writer.Summary("Container ports: port name → number.");
        writer.OpenClass("Ports");
        var scope = new IdentifierScope("Ports");
        foreach (var port in ports)
        {
            writer.SourceSummary(port.YamlPath, port.Line);
            writer.IntConstant(scope.Claim(port.SourceName), port.Number);
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
