using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1070 env var names (ValidateEnv; the relaxed rule from 1.32) and POD1071 the server's
/// warning for a name defined twice in one container (pkg/api/pod/warnings.go).
/// </summary>
internal static class EnvRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        foreach (var container in pod.Spec.AllContainers)
        {
            foreach (var env in container.Env)
            {
                CheckName(env, context);
            }
        }

        // The warnings visit init containers first, as pods.VisitContainersWithPath does.
        foreach (var container in WarningOrder(pod.Spec))
        {
            CheckDuplicates(container, context);
        }
    }

    /// <summary>pods.VisitContainersWithPath: initContainers, containers, ephemeralContainers.</summary>
    internal static IEnumerable<Container> WarningOrder(PodSpec spec)
    {
        foreach (var container in spec.InitContainers)
        {
            yield return container;
        }

        foreach (var container in spec.Containers)
        {
            yield return container;
        }

        foreach (var container in spec.EphemeralContainers)
        {
            yield return container;
        }
    }

    private static void CheckName(EnvVar env, RuleContext context)
    {
        var path = env.Path + ".name";
        if (env.Name is { IsWellTyped: false })
        {
            return;
        }

        if (env.Name is not { Value.Length: > 0 } name)
        {
            context.Report(Rule.InvalidEnvVarName, env.Name?.Span ?? env.Span, FieldErrors.Required(path));
            return;
        }

        foreach (var message in EnvVarValidation.ValidateName(name.Value, context.Version))
        {
            context.Report(Rule.InvalidEnvVarName, name.Span, FieldErrors.Invalid(path, name.Value, message));
        }
    }

    private static void CheckDuplicates(Container container, RuleContext context)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var env in container.Env)
        {
            if (env.Name is { IsWellTyped: false } || env.Value is { IsWellTyped: false })
            {
                continue;
            }

            var name = RuleContext.TextOf(env.Name);
            if (seen.Add(name))
            {
                continue;
            }

            // A redefinition that refers to the previous value ("$(X):/extra") is deliberate.
            var reference = "$(" + name + ")";
            var value = RuleContext.TextOf(env.Value);
            if (env.HasValueFrom || value == reference || value.IndexOf(reference, System.StringComparison.Ordinal) < 0)
            {
                context.Report(
                    Rule.DuplicateEnvVar,
                    env.Name?.Span ?? env.Span,
                    $"{env.Path}: hides previous definition of {FieldErrors.GoQuote(name)}, which may be dropped when using apply");
            }
        }
    }
}
