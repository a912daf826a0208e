using Microsoft.CodeAnalysis;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Roslyn;

/// <summary>POD2xxx: rules about C# code.</summary>
internal static class CodeDescriptors
{
    public static readonly DiagnosticDescriptor HostsFileWrite = DescriptorFactory.Create(
        RuleIds.HostsFileWrite,
        "Code writes the hosts file",
        RuleCategories.Code,
        DiagnosticSeverity.Warning,
        "In a Pod, kubelet manages /etc/hosts: it writes the file from the Pod's IP, hostname and spec.hostAliases, and rewrites it when the Pod is re-created, so edits made by the program are lost. Declare the entries in spec.hostAliases of the pod instead.");
}
