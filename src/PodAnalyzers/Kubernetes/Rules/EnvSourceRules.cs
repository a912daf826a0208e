using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1085: where env vars take their values, as validateContainerCommon checks it for every
/// container, init container and ephemeral container: <c>validateEnvVarValueFrom</c> (after
/// SetDefaults_ObjectFieldSelector: an empty fieldRef apiVersion is v1) and <c>ValidateEnvFrom</c>.
/// Env var names are POD1070 (EnvRules). A resourceFieldRef's divisor is left out: the server
/// compares the quantity's canonical form, which needs the full quantity parser.
/// </summary>
internal static class EnvSourceRules
{
    /// <summary>EnvFiles is beta and on by default from 1.35; before, a written fileKeyRef is left alone (alpha in 1.34, unknown earlier).</summary>
    private const int EnvFilesMinor = 35;

    private const string OneSourceDetail = "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`";
    private const string OneSourceWithFilesDetail = "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`";
    private const string MoreThanOneDetail = "may not have more than one field specified at a time";

    public static void Check(PodSource pod, RuleContext context)
    {
        CheckContainers(pod.Spec.Node.Field("containers"), context);
        CheckContainers(pod.Spec.Node.Field("initContainers"), context);
        CheckContainers(pod.Spec.Node.Field("ephemeralContainers"), context);
    }

    private static void CheckContainers(FieldNode containers, RuleContext context)
    {
        foreach (var container in containers.Items())
        {
            foreach (var env in container.Field("env").Items())
            {
                CheckValueFrom(env, context);
            }

            var envFrom = container.Field("envFrom");
            foreach (var source in envFrom.Items())
            {
                CheckEnvFrom(source, envFrom.Path, context);
            }
        }
    }

    private static void CheckValueFrom(FieldNode env, RuleContext context)
    {
        var valueFrom = env.Field("valueFrom");
        if (valueFrom.Mapping is null || !DecodedText.TryGet(env.Field("value"), out var value))
        {
            return;
        }

        var sources = 0;
        var undecidable = false;
        var fieldRef = valueFrom.Field("fieldRef");
        if (IsSource(fieldRef, ref undecidable))
        {
            sources++;
            CheckFieldRef(fieldRef, context);
        }

        var resourceFieldRef = valueFrom.Field("resourceFieldRef");
        if (IsSource(resourceFieldRef, ref undecidable))
        {
            sources++;
            CheckResourceFieldRef(resourceFieldRef, context);
        }

        var configMapKeyRef = valueFrom.Field("configMapKeyRef");
        if (IsSource(configMapKeyRef, ref undecidable))
        {
            sources++;
            CheckKeySelector(configMapKeyRef, context);
        }

        var secretKeyRef = valueFrom.Field("secretKeyRef");
        if (IsSource(secretKeyRef, ref undecidable))
        {
            sources++;
            CheckKeySelector(secretKeyRef, context);
        }

        var withFiles = context.Version.IsAtLeast(EnvFilesMinor);
        var fileKeyRef = valueFrom.Field("fileKeyRef");
        if (fileKeyRef.IsPresent && !withFiles)
        {
            // Before 1.35 the gate is off or the field unknown: how the server counts the sources then is not reproduced.
            undecidable = true;
        }
        else if (IsSource(fileKeyRef, ref undecidable))
        {
            sources++;
            CheckFileKeyRef(fileKeyRef, context);
        }

        if (undecidable)
        {
            return;
        }

        string? detail = null;
        if (sources == 0)
        {
            detail = withFiles ? OneSourceWithFilesDetail : OneSourceDetail;
        }
        else if (value.Length != 0)
        {
            detail = "may not be specified when `value` is not empty";
        }
        else if (sources > 1)
        {
            detail = MoreThanOneDetail;
        }

        if (detail is not null)
        {
            context.Report(Rule.InvalidEnvSource, valueFrom.KeySpan, FieldErrors.Invalid(valueFrom.Path, string.Empty, detail));
        }
    }

    /// <summary>A source written as a mapping (Go's non-nil pointer); a source of another YAML type leaves the count undecided.</summary>
    private static bool IsSource(FieldNode source, ref bool undecidable)
    {
        if (!source.IsPresent)
        {
            return false;
        }

        if (source.Mapping is null)
        {
            undecidable = true;
            return false;
        }

        return true;
    }

    /// <summary>validateObjectFieldSelector with the env var field paths.</summary>
    private static void CheckFieldRef(FieldNode fieldRef, RuleContext context)
    {
        var fieldPathNode = fieldRef.Field("fieldPath");
        if (!DecodedText.TryGet(fieldRef.Field("apiVersion"), out var apiVersion) || !DecodedText.TryGet(fieldPathNode, out var fieldPath))
        {
            return;
        }

        if (apiVersion.Length == 0)
        {
            apiVersion = "v1";
        }

        if (fieldPath.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, fieldPathNode.ValueSpan, FieldErrors.Required(fieldPathNode.Path));
            return;
        }

        var span = fieldPathNode.ValueSpan;
        if (DownwardApi.ConvertFieldLabel(apiVersion, fieldPath, out var internalPath) is { } error)
        {
            context.Report(Rule.InvalidEnvSource, span, FieldErrors.Invalid(fieldPathNode.Path, fieldPath, "error converting fieldPath: " + error));
            return;
        }

        if (DownwardApi.SplitSubscript(internalPath, out var path, out var subscript))
        {
            // The subscript must be a label key; annotation keys are compared in lower case.
            var key = subscript;
            if (path == "metadata.annotations")
            {
                if (!IsAscii(subscript))
                {
                    // Go lowers every Unicode letter; the printed key would differ.
                    return;
                }

                key = GoStrings.ToLower(subscript);
            }

            foreach (var message in LabelRules.KeyErrors(fieldRef.Path, key, context.Version))
            {
                context.Report(Rule.InvalidEnvSource, span, message);
            }
        }
        else if (!DownwardApi.IsEnvFieldPath(internalPath))
        {
            context.Report(Rule.InvalidEnvSource, span, FieldErrors.NotSupported(fieldPathNode.Path, internalPath, DownwardApi.EnvFieldPaths));
        }
    }

    /// <summary>validateContainerResourceFieldSelector for an env var (no containerName needed).</summary>
    private static void CheckResourceFieldRef(FieldNode resourceFieldRef, RuleContext context)
    {
        var resourceNode = resourceFieldRef.Field("resource");
        if (!DecodedText.TryGet(resourceNode, out var resource))
        {
            return;
        }

        if (resource.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, resourceNode.ValueSpan, FieldErrors.Required(resourceNode.Path));
        }
        else if (!DownwardApi.IsContainerResource(resource))
        {
            context.Report(Rule.InvalidEnvSource, resourceNode.ValueSpan, FieldErrors.NotSupported(resourceNode.Path, resource, DownwardApi.ContainerResources));
        }
    }

    /// <summary>
    /// validateConfigMapKeySelector and validateSecretKeySelector: the name goes through
    /// NameIsDNSSubdomain even when empty (so "" is an invalid name, not a missing one), the key
    /// is required and must be a config key.
    /// </summary>
    private static void CheckKeySelector(FieldNode selector, RuleContext context)
    {
        var nameNode = selector.Field("name");
        var keyNode = selector.Field("key");
        if (!DecodedText.TryGet(nameNode, out var name) || !DecodedText.TryGet(keyNode, out var key))
        {
            return;
        }

        foreach (var message in DnsValidation.ValidateSubdomain(name))
        {
            context.Report(Rule.InvalidEnvSource, nameNode.ValueSpan, FieldErrors.Invalid(nameNode.Path, name, message));
        }

        if (key.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, keyNode.ValueSpan, FieldErrors.Required(keyNode.Path));
            return;
        }

        foreach (var message in ConfigMapKeyValidation.Validate(key))
        {
            context.Report(Rule.InvalidEnvSource, keyNode.ValueSpan, FieldErrors.Invalid(keyNode.Path, key, message));
        }
    }

    /// <summary>
    /// validateFileKeySelector, from 1.35: key (any printable ASCII but '='), volumeName (a DNS
    /// label) and path (no ".." step) are required. Whether the volume exists and what it is
    /// (validateFileKeyRefVolumes) is left out.
    /// </summary>
    private static void CheckFileKeyRef(FieldNode fileKeyRef, RuleContext context)
    {
        var keyNode = fileKeyRef.Field("key");
        var volumeNode = fileKeyRef.Field("volumeName");
        var pathNode = fileKeyRef.Field("path");
        if (!DecodedText.TryGet(keyNode, out var key) || !DecodedText.TryGet(volumeNode, out var volumeName) || !DecodedText.TryGet(pathNode, out var path))
        {
            return;
        }

        if (key.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, keyNode.ValueSpan, FieldErrors.Required(keyNode.Path));
        }
        else
        {
            foreach (var message in EnvVarValidation.ValidateName(key, context.Version))
            {
                context.Report(Rule.InvalidEnvSource, keyNode.ValueSpan, FieldErrors.Invalid(keyNode.Path, key, message));
            }
        }

        if (volumeName.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, volumeNode.ValueSpan, FieldErrors.Required(volumeNode.Path));
        }
        else
        {
            foreach (var message in DnsValidation.ValidateLabel(volumeName))
            {
                context.Report(Rule.InvalidEnvSource, volumeNode.ValueSpan, FieldErrors.Invalid(volumeNode.Path, volumeName, message));
            }
        }

        if (path.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, pathNode.ValueSpan, FieldErrors.Required(pathNode.Path));
        }
        else if (HasBackstep(path))
        {
            // validatePathNoBacksteps (filepath.ToSlash changes nothing on the Linux API server).
            context.Report(Rule.InvalidEnvSource, pathNode.ValueSpan, FieldErrors.Invalid(pathNode.Path, path, "must not contain '..'"));
        }
    }

    private static bool HasBackstep(string path)
    {
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/')
            {
                if (i - start == 2 && path[start] == '.' && path[start + 1] == '.')
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    /// <summary>ValidateEnvFrom for one entry; the count errors carry the list's path, as on the server.</summary>
    private static void CheckEnvFrom(FieldNode source, string listPath, RuleContext context)
    {
        if (source.IsPresent && source.Mapping is null)
        {
            return;
        }

        var prefixNode = source.Field("prefix");
        if (!DecodedText.TryGet(prefixNode, out var prefix))
        {
            return;
        }

        foreach (var message in EnvVarValidation.ValidateName(prefix, context.Version))
        {
            context.Report(Rule.InvalidEnvSource, prefixNode.ValueSpan, FieldErrors.Invalid(prefixNode.Path, prefix, message));
        }

        var sources = 0;
        var undecidable = false;
        var configMapRef = source.Field("configMapRef");
        if (IsSource(configMapRef, ref undecidable))
        {
            sources++;
            CheckEnvSourceName(configMapRef, context);
        }

        var secretRef = source.Field("secretRef");
        if (IsSource(secretRef, ref undecidable))
        {
            sources++;
            CheckEnvSourceName(secretRef, context);
        }

        if (undecidable)
        {
            return;
        }

        if (sources == 0)
        {
            context.Report(Rule.InvalidEnvSource, source.KeySpan, FieldErrors.Invalid(listPath, string.Empty, "must specify one of: `configMapRef` or `secretRef`"));
        }
        else if (sources > 1)
        {
            context.Report(Rule.InvalidEnvSource, source.KeySpan, FieldErrors.Invalid(listPath, string.Empty, MoreThanOneDetail));
        }
    }

    /// <summary>validateConfigMapEnvSource, validateSecretEnvSource: a required name, checked as a prefix (a trailing '-' is allowed).</summary>
    private static void CheckEnvSourceName(FieldNode reference, RuleContext context)
    {
        var nameNode = reference.Field("name");
        if (!DecodedText.TryGet(nameNode, out var name))
        {
            return;
        }

        if (name.Length == 0)
        {
            context.Report(Rule.InvalidEnvSource, nameNode.ValueSpan, FieldErrors.Required(nameNode.Path));
            return;
        }

        foreach (var message in DnsValidation.ValidateSubdomain(ObjectNameRules.MaskTrailingDash(name)))
        {
            context.Report(Rule.InvalidEnvSource, nameNode.ValueSpan, FieldErrors.Invalid(nameNode.Path, name, message));
        }
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > '\u007f')
            {
                return false;
            }
        }

        return true;
    }
}
