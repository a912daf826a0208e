using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>What a rule needs besides the pod source: the target version, and where findings go.</summary>
internal sealed class RuleContext
{
    private readonly List<Finding> findings = new();
    private PodSource? podSpecValidatedFor;
    private bool podSpecValidated;

    public RuleContext(KubernetesVersion version) => Version = version;

    /// <summary>The Kubernetes version whose API server the rules reproduce.</summary>
    public KubernetesVersion Version { get; }

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>
    /// <see cref="PodSpecValidation.IsValidated"/> for <paramref name="pod"/>, worked out once per
    /// context: several rules ask, and a Deployment's answer parses its selector.
    /// </summary>
    public bool IsPodSpecValidated(PodSource pod)
    {
        if (!ReferenceEquals(pod, podSpecValidatedFor))
        {
            podSpecValidated = PodSpecValidation.IsValidated(pod, Version);
            podSpecValidatedFor = pod;
        }

        return podSpecValidated;
    }

    public void Report(Rule rule, SourceSpan span, string message) => findings.Add(new Finding(rule, span, message));

    /// <summary>A value the rules may look at: present and of the right YAML type (else POD0002 already said so).</summary>
    public static bool IsUsable<T>(Located<T>? value) => value is { IsWellTyped: true };

    /// <summary>The string the server decodes for an optional field: "" when absent.</summary>
    public static string TextOf(Located<string>? value) => value?.Value ?? string.Empty;
}
