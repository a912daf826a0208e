using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1060 volumes (ValidateVolumes, validateVolumeSource), POD1061 volumeMounts naming no
/// declared volume, POD1062 mountPath and subPath problems (ValidateVolumeMounts).
/// </summary>
/// <remarks>
/// A volume without a source is not reported: the server defaults it to <c>emptyDir</c>. For a
/// StatefulSet the server checks the template only when its controller creates the Pods, after
/// adding one volume per volumeClaimTemplate: those names count as declared.
/// </remarks>
internal static class VolumeRules
{
    private const string MoreThanOneSource = "may not specify more than 1 volume type";

    /// <summary>
    /// The order validateVolumeSource tests the sources in (the first one found is the volume's
    /// source, every later one is reported), with the path segment the server writes for each:
    /// note its "cephFS" and "downwarAPI".
    /// </summary>
    private static readonly (string Key, string PathSegment)[] SourceOrder =
    {
        ("emptyDir", "emptyDir"), ("hostPath", "hostPath"), ("gitRepo", "gitRepo"),
        ("gcePersistentDisk", "gcePersistentDisk"), ("awsElasticBlockStore", "awsElasticBlockStore"),
        ("secret", "secret"), ("nfs", "nfs"), ("iscsi", "iscsi"), ("glusterfs", "glusterfs"),
        ("flocker", "flocker"), ("persistentVolumeClaim", "persistentVolumeClaim"), ("rbd", "rbd"),
        ("cinder", "cinder"), ("cephfs", "cephFS"), ("quobyte", "quobyte"), ("downwardAPI", "downwarAPI"),
        ("fc", "fc"), ("flexVolume", "flexVolume"), ("configMap", "configMap"), ("azureFile", "azureFile"),
        ("vsphereVolume", "vsphereVolume"), ("photonPersistentDisk", "photonPersistentDisk"),
        ("portworxVolume", "portworxVolume"), ("azureDisk", "azureDisk"), ("storageos", "storageos"),
        ("projected", "projected"), ("scaleIO", "scaleIO"), ("csi", "csi"), ("ephemeral", "ephemeral"),
        ("image", "image"),
    };

    public static void Check(PodSource pod, RuleContext context)
    {
        var declared = CheckVolumes(pod.Spec.Volumes, context);
        declared.UnionWith(pod.Spec.ClaimTemplateVolumeNames);
        foreach (var container in pod.Spec.AllContainers)
        {
            CheckMounts(container, declared, context);
        }
    }

    /// <summary>Returns the names mounts may use: as on the server, a volume with an error is not declared.</summary>
    private static HashSet<string> CheckVolumes(IReadOnlyList<Volume> volumes, RuleContext context)
    {
        var declared = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var volume in volumes)
        {
            if (volume.Name is { IsWellTyped: false })
            {
                // A name of the wrong type is POD0002; treat it as declared so mounts add no noise.
                declared.Add(volume.Name.Value);
                continue;
            }

            var hasError = CheckSources(volume, context);
            var name = RuleContext.TextOf(volume.Name);
            var nameSpan = volume.Name?.Span ?? volume.Span;
            if (name.Length == 0)
            {
                context.Report(Rule.InvalidVolume, nameSpan, FieldErrors.Required(volume.Path + ".name"));
                hasError = true;
            }
            else
            {
                foreach (var message in DnsValidation.ValidateLabel(name))
                {
                    context.Report(Rule.InvalidVolume, nameSpan, FieldErrors.Invalid(volume.Path + ".name", name, message));
                    hasError = true;
                }
            }

            if (declared.Contains(name))
            {
                context.Report(Rule.InvalidVolume, nameSpan, FieldErrors.Duplicate(volume.Path + ".name", name));
                hasError = true;
            }

            if (!hasError)
            {
                declared.Add(name);
            }
        }

        return declared;
    }

    private static bool CheckSources(Volume volume, RuleContext context)
    {
        var hasError = false;
        var found = false;
        foreach (var (key, segment) in SourceOrder)
        {
            foreach (var source in volume.Sources)
            {
                if (source.Value != key)
                {
                    continue;
                }

                if (found)
                {
                    context.Report(Rule.InvalidVolume, source.Span, FieldErrors.Forbidden(volume.Path + "." + segment, MoreThanOneSource));
                    hasError = true;
                }

                found = true;
                break;
            }
        }

        // No source at all is not an error: SetDefaults_Volume makes such a volume an emptyDir.
        return hasError;
    }

    private static void CheckMounts(Container container, HashSet<string> declared, RuleContext context)
    {
        var mountPaths = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var mount in container.VolumeMounts)
        {
            if (mount.Name is not { IsWellTyped: false })
            {
                var name = RuleContext.TextOf(mount.Name);
                var nameSpan = mount.Name?.Span ?? mount.Span;
                if (name.Length == 0)
                {
                    context.Report(Rule.UndeclaredVolumeMount, nameSpan, FieldErrors.Required(mount.Path + ".name"));
                }

                if (!declared.Contains(name))
                {
                    context.Report(Rule.UndeclaredVolumeMount, nameSpan, FieldErrors.NotFound(mount.Path + ".name", name));
                }
            }

            if (mount.MountPath is not { IsWellTyped: false })
            {
                var mountPath = RuleContext.TextOf(mount.MountPath);
                var span = mount.MountPath?.Span ?? mount.Span;
                if (mountPath.Length == 0)
                {
                    context.Report(Rule.InvalidVolumeMount, span, FieldErrors.Required(mount.Path + ".mountPath"));
                }

                if (!mountPaths.Add(mountPath))
                {
                    context.Report(Rule.InvalidVolumeMount, span, FieldErrors.Invalid(mount.Path + ".mountPath", mountPath, "must be unique"));
                }
            }

            if (mount.SubPath is { IsWellTyped: true, Value.Length: > 0 } && mount.SubPathExpr is { IsWellTyped: true, Value.Length: > 0 } expr)
            {
                context.Report(Rule.InvalidVolumeMount, expr.Span, FieldErrors.Invalid(mount.Path + ".subPathExpr", expr.Value, "subPathExpr and subPath are mutually exclusive"));
            }
        }
    }
}
