using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1080 for containers: validateContainers, validateInitContainers and
/// validateEphemeralContainers, each item through validateContainerCommon, then the handlers the
/// server validates for that kind of container.
/// </summary>
internal static class ContainerEnumRules
{
    public static void Check(FieldNode spec, RuleContext context)
    {
        foreach (var container in spec.Field("containers").Items())
        {
            CheckCommon(container, context);
            CheckHandlers(container, context);
        }

        foreach (var container in spec.Field("initContainers").Items())
        {
            CheckCommon(container, context);
            var restartPolicy = container.Field("restartPolicy");
            EnumFieldCheck.NotSupported(restartPolicy, EnumField.InitContainerRestartPolicy, EmptyValue.Unsupported, context);

            // Only a restartable (sidecar) init container may have probes and lifecycle handlers;
            // on the others they are Forbidden and not validated.
            if (restartPolicy.StringOrEmpty == "Always")
            {
                CheckHandlers(container, context);
            }
        }

        // Ephemeral containers may not have probes or lifecycle handlers (Forbidden, not validated).
        foreach (var container in spec.Field("ephemeralContainers").Items())
        {
            CheckCommon(container, context);
        }
    }

    /// <summary>validateContainerCommon, in its order.</summary>
    private static void CheckCommon(FieldNode container, RuleContext context)
    {
        EnumFieldCheck.NotSupported(container.Field("terminationMessagePolicy"), EnumField.TerminationMessagePolicy, EmptyValue.Accepted, context);

        // ValidateVolumeMounts names these paths after the list, without the item's index.
        var mounts = container.Field("volumeMounts");
        if (mounts.Sequence is { Items.Count: > 0 })
        {
            // A list has no fields: these only name the paths, once for all the mounts.
            var propagationPath = mounts.Field("mountPropagation");
            var recursiveReadOnlyPath = mounts.Field("recursiveReadOnly");
            foreach (var mount in mounts.Items())
            {
                // An empty value is left out: whether defaulting fills it in was not verified.
                EnumFieldCheck.NotSupported(mount.Field("mountPropagation"), EnumField.MountPropagation, EmptyValue.Accepted, context, reportedAt: propagationPath);
                EnumFieldCheck.NotSupported(mount.Field("recursiveReadOnly"), EnumField.RecursiveReadOnly, EmptyValue.Accepted, context, reportedAt: recursiveReadOnlyPath);
            }
        }

        EnumFieldCheck.NotSupported(container.Field("imagePullPolicy"), EnumField.ImagePullPolicy, EmptyValue.Accepted, context);

        // validateResizePolicy reports on the list itself; an empty value (Required) is left out.
        var resizePolicy = container.Field("resizePolicy");
        foreach (var policy in resizePolicy.Items())
        {
            EnumFieldCheck.NotSupported(policy.Field("resourceName"), EnumField.ResizeResourceName, EmptyValue.Accepted, context, reportedAt: resizePolicy);
            EnumFieldCheck.NotSupported(policy.Field("restartPolicy"), EnumField.ResizeRestartPolicy, EmptyValue.Accepted, context, reportedAt: resizePolicy);
        }

        var securityContext = container.Field("securityContext");
        if (securityContext.Mapping is not null)
        {
            EnumFieldCheck.NotSupported(securityContext.Field("procMount"), EnumField.ProcMount, EmptyValue.Unsupported, context);
            EnumRules.CheckSeccomp(securityContext, context);
            EnumRules.CheckAppArmor(securityContext, context);
        }
    }

    /// <summary>validateLifecycle, then the liveness, readiness and startup probes.</summary>
    private static void CheckHandlers(FieldNode container, RuleContext context)
    {
        var lifecycle = container.Field("lifecycle");
        if (lifecycle.Mapping is not null)
        {
            CheckHandler(lifecycle.Field("postStart"), context);
            CheckHandler(lifecycle.Field("preStop"), context);
        }

        CheckHandler(container.Field("livenessProbe"), context);
        CheckHandler(container.Field("readinessProbe"), context);
        CheckHandler(container.Field("startupProbe"), context);
    }

    /// <summary>validateHandler validates only the first handler type; exec comes before httpGet. An empty scheme defaults to HTTP.</summary>
    private static void CheckHandler(FieldNode handler, RuleContext context)
    {
        if (handler.Mapping is null || handler.Field("exec").IsPresent)
        {
            return;
        }

        var httpGet = handler.Field("httpGet");
        if (httpGet.Mapping is not null)
        {
            EnumFieldCheck.NotSupported(httpGet.Field("scheme"), EnumField.HttpGetScheme, EmptyValue.Accepted, context);
        }
    }
}
