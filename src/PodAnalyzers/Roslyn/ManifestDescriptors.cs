using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn;

/// <summary>Every descriptor the manifest analyzer can report.</summary>
internal static class ManifestDescriptors
{
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        ReadingDescriptors.MalformedYaml,
        ReadingDescriptors.WrongShape,
        ReadingDescriptors.TemplateSkipped,
        ReadingDescriptors.PodIdentifierClash,
        ReadingDescriptors.UnusedSuppression,
        ReadingDescriptors.InvalidSetting,
        ValidationDescriptors.InvalidLabelKey,
        ValidationDescriptors.InvalidLabelValue,
        SchedulingDescriptors.DeprecatedNodeLabel,
        SchedulingDescriptors.MistypedNodeLabel,
        SchedulingDescriptors.UnsatisfiableNodeSelection,
        SchedulingDescriptors.ManualNodeName,
        ValidationDescriptors.InvalidNodeName,
        SchedulingDescriptors.NodeNameOutsideInventory,
        ValidationDescriptors.InvalidHostAliasIp,
        ValidationDescriptors.InvalidHostAliasHostname,
        ValidationDescriptors.DuplicateHostAliasIp,
        ValidationDescriptors.HostNamespaceConflict,
        ValidationDescriptors.InvalidObjectName,
        ValidationDescriptors.InvalidContainerName,
        ValidationDescriptors.DuplicateContainerName,
        ValidationDescriptors.MissingContainerImage,
        ValidationDescriptors.InvalidContainerPort,
        ValidationDescriptors.InvalidPortName,
        ValidationDescriptors.DuplicatePortName,
        ValidationDescriptors.DuplicatePortDefinition,
        ValidationDescriptors.HostPortConflict,
        ValidationDescriptors.InvalidVolume,
        ValidationDescriptors.UndeclaredVolumeMount,
        ValidationDescriptors.InvalidVolumeMount,
        ValidationDescriptors.InvalidEnvVarName,
        ValidationDescriptors.DuplicateEnvVar);
}
