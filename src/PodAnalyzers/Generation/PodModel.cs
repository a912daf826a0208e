namespace PodAnalyzers.Generation;

/// <summary>What the generator emits for one pod source: values only, so it can be cached by value.</summary>
internal sealed record PodModel(
    string SourcePath,
    int DocumentIndex,
    int Line,
    string Name,
    bool IsGenerateName,
    string Kind,
    string? Namespace,
    string? NodeName,
    bool ShareProcessNamespace,
    bool HostNetwork,
    bool HostPID,
    bool HostIPC,
    EquatableArray<ConstantModel> Labels,
    EquatableArray<ConstantModel> Annotations,
    EquatableArray<ConstantModel> NodeSelector,
    EquatableArray<ConstantModel> HostAliases,
    EquatableArray<ContainerModel> Containers,
    EquatableArray<ContainerModel> InitContainers,
    EquatableArray<ConstantModel> Volumes);

/// <summary>A container's constants.</summary>
internal sealed record ContainerModel(
    string Name,
    string? Image,
    string YamlPath,
    int Line,
    EquatableArray<PortModel> Ports,
    EquatableArray<ConstantModel> Env,
    EquatableArray<ConstantModel> VolumeMounts);

/// <summary>One string constant: the name it is derived from, its value, and where it was written.</summary>
internal sealed record ConstantModel(string SourceName, string Value, string YamlPath, int Line);

/// <summary>One port: <see cref="SourceName"/> is its name, or e.g. <c>Port53Udp</c> when unnamed.</summary>
internal sealed record PortModel(string SourceName, int Number, string YamlPath, int Line);

/// <summary>A node of the inventory: its name and labels.</summary>
internal sealed record NodeModel(string SourcePath, int DocumentIndex, int Line, string Name, EquatableArray<ConstantModel> Labels);

/// <summary>The pod sources and the nodes of one manifest file.</summary>
internal sealed record ManifestModel(string Path, EquatableArray<PodModel> Pods, EquatableArray<NodeModel> Nodes);
