using PodAnalyzers.Findings;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1087, the deprecated seccomp and AppArmor annotations: their values
/// (ValidateSeccompPodAnnotations, ValidateAppArmorPodAnnotations) and their agreement with the
/// fields (validateSeccompAnnotationsAndFields, validateAppArmorAnnotationsAndFieldsMatchOnCreate).
/// A pod template's annotations path is <c>spec.template.annotations</c>, as ValidatePodTemplateSpec
/// writes it. On a Pod (and so on a StatefulSet's template, whose spec the server checks when the
/// controller creates the Pods) the server first copies an annotation into a container's absent
/// AppArmor field (applyAppArmorVersionSkew), so only a container's own field is compared there.
/// </summary>
internal static class SecurityAnnotationRules
{
    private const string SeccompPodKey = "seccomp.security.alpha.kubernetes.io/pod";
    private const string SeccompContainerPrefix = "container.seccomp.security.alpha.kubernetes.io/";
    private const string AppArmorContainerPrefix = "container.apparmor.security.beta.kubernetes.io/";
    private const string LocalhostPrefix = "localhost/";

    /// <summary>ValidatePodSpecificAnnotations' profile checks, the pod's seccomp key first.</summary>
    public static void CheckFormats(PodSource pod, RuleContext context)
    {
        var annotations = pod.PodMetadata.Annotations;
        if (annotations.Entries.Count == 0 || !Decodes(annotations))
        {
            return;
        }

        // The annotations' path is built only for the few keys checked here.
        foreach (var entry in annotations.Entries)
        {
            if (entry.Key.Value == SeccompPodKey)
            {
                CheckSeccompValue(entry, AnnotationsPath(pod) + "." + entry.Key.Value, context);
            }
        }

        foreach (var entry in annotations.Entries)
        {
            if (entry.Key.Value.StartsWith(SeccompContainerPrefix, System.StringComparison.Ordinal))
            {
                CheckSeccompValue(entry, AnnotationsPath(pod) + "." + entry.Key.Value, context);
            }
        }

        foreach (var entry in annotations.Entries)
        {
            var key = entry.Key.Value;
            if (!key.StartsWith(AppArmorContainerPrefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            var keyPath = FieldErrors.Key(AnnotationsPath(pod), key);
            var containerName = key.Substring(AppArmorContainerPrefix.Length);
            if (!HasContainer(pod.Spec.Node, containerName))
            {
                context.Report(Rule.InvalidSecurityContext, entry.Key.Span, FieldErrors.Invalid(keyPath, containerName, "container not found"));
            }

            var value = entry.Value.Value;
            if (value is not ("" or "runtime/default" or "unconfined") && !value.StartsWith(LocalhostPrefix, System.StringComparison.Ordinal))
            {
                context.Report(Rule.InvalidSecurityContext, entry.Value.Span, FieldErrors.Invalid(keyPath, value, "invalid AppArmor profile name: " + FieldErrors.GoQuote(value)));
            }
        }
    }

    /// <summary>An annotation and the field it mirrors must say the same, once the spec has been validated.</summary>
    public static void CheckMatches(PodSource pod, RuleContext context)
    {
        var annotations = pod.PodMetadata.Annotations;
        if (annotations.Entries.Count == 0 || !Decodes(annotations))
        {
            return;
        }

        var spec = pod.Spec.Node;
        var podSeccomp = spec.At("securityContext.seccompProfile");
        if (podSeccomp.IsPresent && Find(annotations, SeccompPodKey) is { } podAnnotation)
        {
            MatchSeccomp(podAnnotation, podSeccomp, context);
        }

        foreach (var container in SecurityContextRules.Containers(spec))
        {
            var profile = container.At("securityContext.seccompProfile");
            if (profile.IsPresent && Find(annotations, SeccompContainerPrefix + container.Field("name").StringOrEmpty) is { } annotation)
            {
                MatchSeccomp(annotation, profile, context);
            }
        }

        if (pod.Spec.OsName is { IsWellTyped: true, Value: "windows" })
        {
            return;
        }

        // A StatefulSet's template is validated as the Pods its controller creates.
        var comparesPodProfile = pod.IsWorkload && pod.Kind != "StatefulSet";
        var podAppArmor = spec.At("securityContext.appArmorProfile");
        foreach (var container in SecurityContextRules.Containers(spec))
        {
            var profile = container.At("securityContext.appArmorProfile");
            if (!profile.IsPresent)
            {
                if (!comparesPodProfile || !podAppArmor.IsPresent)
                {
                    continue;
                }

                profile = podAppArmor;
            }

            if (Find(annotations, AppArmorContainerPrefix + container.Field("name").StringOrEmpty) is { } annotation)
            {
                MatchAppArmor(annotation, profile, container.Path + ".securityContext.appArmorProfile", context);
            }
        }
    }

    /// <summary>ValidateSeccompProfile.</summary>
    private static void CheckSeccompValue(StringMapEntry entry, string path, RuleContext context)
    {
        var value = entry.Value.Value;
        if (value is "runtime/default" or "docker/default" or "unconfined")
        {
            return;
        }

        if (value.StartsWith(LocalhostPrefix, System.StringComparison.Ordinal))
        {
            SecurityProfileRules.CheckLocalDescendingPath(value.Substring(LocalhostPrefix.Length), path, entry.Value.Span, context);
            return;
        }

        context.Report(Rule.InvalidSecurityContext, entry.Value.Span, FieldErrors.Invalid(path, value, "must be a valid seccomp profile"));
    }

    /// <summary>validateSeccompAnnotationsAndFieldsMatch.</summary>
    private static void MatchSeccomp(string annotation, FieldNode profile, RuleContext context)
    {
        var type = profile.Field("type");
        var localhost = profile.Field("localhostProfile");
        if (!SecurityProfileRules.Decodes(type) || !SecurityProfileRules.Decodes(localhost))
        {
            return;
        }

        const string TypeDetail = "seccomp type in annotation and field must match";
        var typeMatches = type.StringOrEmpty switch
        {
            "Unconfined" => annotation == "unconfined",
            "RuntimeDefault" => annotation is "runtime/default" or "docker/default",
            "Localhost" => annotation.StartsWith(LocalhostPrefix, System.StringComparison.Ordinal),
            _ => true,
        };
        if (!typeMatches)
        {
            context.Report(Rule.InvalidSecurityContext, type.ValueSpan, FieldErrors.Forbidden(type.Path, TypeDetail));
        }
        else if (type.StringOrEmpty == "Localhost" && localhost.AsString()?.Value != annotation.Substring(LocalhostPrefix.Length))
        {
            context.Report(
                Rule.InvalidSecurityContext,
                localhost.AsString()?.Span ?? type.ValueSpan,
                FieldErrors.Forbidden(localhost.Path, "seccomp profile in annotation and field must match"));
        }
    }

    /// <summary>validateAppArmorAnnotationsAndFieldsMatchOnCreate for one container; the path is the container's even for the pod's profile.</summary>
    private static void MatchAppArmor(string annotation, FieldNode profile, string path, RuleContext context)
    {
        var type = profile.Field("type");
        var localhost = profile.Field("localhostProfile");
        if (!SecurityProfileRules.Decodes(type) || !SecurityProfileRules.Decodes(localhost))
        {
            return;
        }

        const string TypeDetail = "apparmor type in annotation and field must match";
        var typeMatches = type.StringOrEmpty switch
        {
            "Unconfined" => annotation == "unconfined",
            "RuntimeDefault" => annotation == "runtime/default",
            "Localhost" => annotation.StartsWith(LocalhostPrefix, System.StringComparison.Ordinal),
            _ => true,
        };
        if (!typeMatches)
        {
            context.Report(Rule.InvalidSecurityContext, type.ValueSpan, FieldErrors.Forbidden(path + ".type", TypeDetail));
        }
        else if (type.StringOrEmpty == "Localhost" && localhost.AsString()?.Value != annotation.Substring(LocalhostPrefix.Length))
        {
            context.Report(
                Rule.InvalidSecurityContext,
                localhost.AsString()?.Span ?? type.ValueSpan,
                FieldErrors.Forbidden(path + ".localhostProfile", "apparmor profile in annotation and field must match"));
        }
    }

    /// <summary><c>metadata.annotations</c> of a Pod; a template's are <c>&lt;template&gt;.annotations</c>.</summary>
    private static string AnnotationsPath(PodSource pod)
    {
        if (!pod.IsWorkload)
        {
            return pod.Metadata.Path + ".annotations";
        }

        var specPath = pod.Spec.Path;
        return specPath.Substring(0, specPath.Length - ".spec".Length) + ".annotations";
    }

    private static bool HasContainer(FieldNode spec, string name)
    {
        foreach (var container in SecurityContextRules.Containers(spec))
        {
            if (container.Field("name").StringOrEmpty == name)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Find(StringMap annotations, string key)
    {
        foreach (var entry in annotations.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value.Value;
            }
        }

        return null;
    }

    /// <summary>A map with a value of the wrong type does not decode, and the server validates nothing.</summary>
    private static bool Decodes(StringMap annotations)
    {
        foreach (var entry in annotations.Entries)
        {
            if (!entry.Value.IsWellTyped)
            {
                return false;
            }
        }

        return true;
    }
}
