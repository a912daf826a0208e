using System;
using System.Collections.Generic;

namespace PodAnalyzers.Manifests.Reading;

/// <summary>The fields of core/v1 <c>VolumeSource</c>: a volume must set exactly one of them.</summary>
internal static class VolumeSources
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs",
        "iscsi", "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker",
        "downwardAPI", "fc", "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk",
        "photonPersistentDisk", "projected", "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image",
    };

    public static bool IsSource(string key) => Names.Contains(key);
}
