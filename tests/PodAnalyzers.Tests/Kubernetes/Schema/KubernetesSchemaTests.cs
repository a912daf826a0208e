using System.Linq;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Schema;
using static PodAnalyzers.Tests.Kubernetes.Schema.SchemaPaths;

namespace PodAnalyzers.Tests.Kubernetes.Schema;

public class KubernetesSchemaTests
{
    private const string Core = "io.k8s.api.core.v1.";

    public static TheoryData<int> Minors()
    {
        var minors = new TheoryData<int>();
        for (var minor = KubernetesVersion.Oldest.Minor; minor <= KubernetesVersion.Newest.Minor; minor++)
        {
            minors.Add(minor);
        }

        return minors;
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void NodeSelectorIsAnAtomicMapOfStrings(int minor)
    {
        var nodeSelector = Field("v1", "Pod", "spec.nodeSelector", minor);

        Assert.Equal(FieldKind.Map, nodeSelector.Kind);
        Assert.Equal(FieldKind.String, nodeSelector.ItemKind);
        Assert.Equal(MapType.Atomic, nodeSelector.MapType);
        Assert.Null(nodeSelector.ObjectType);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void ContainerPortsAreAListOfContainerPortKeyedByPortAndProtocol(int minor)
    {
        var ports = Field("v1", "Pod", "spec.containers.ports", minor);

        Assert.Equal(FieldKind.List, ports.Kind);
        Assert.Equal(FieldKind.Object, ports.ItemKind);
        Assert.Equal(Core + "ContainerPort", ports.ObjectType?.Name);
        Assert.Equal(ListType.Map, ports.ListType);
        Assert.Equal(new[] { "containerPort", "protocol" }, ports.ListMapKeys);
        Assert.Equal(FieldKind.Int32, Field("v1", "Pod", "spec.containers.ports.containerPort", minor).Kind);
    }

    [Fact]
    public void ProtocolEnumValuesAreMarkedFromTheFirstDocumentThatMarksEnums()
    {
        Assert.Equal(new KubernetesVersion(34), KubernetesSchema.EnumsRecordedFrom);
        for (var minor = 34; minor <= KubernetesVersion.Newest.Minor; minor++)
        {
            Assert.Equal(new[] { "SCTP", "TCP", "UDP" }, Field("v1", "Pod", "spec.containers.ports.protocol", minor).EnumValues);
        }

        var before = Field("v1", "Pod", "spec.containers.ports.protocol", 33);
        Assert.Equal(FieldKind.String, before.Kind);
        Assert.Empty(before.EnumValues);
    }

    [Fact]
    public void EnumValuesFollowTheMinor()
    {
        Assert.Equal(new[] { "Equal", "Exists" }, Field("v1", "Pod", "spec.tolerations.operator", 34).EnumValues);
        Assert.Equal(new[] { "Equal", "Exists", "Gt", "Lt" }, Field("v1", "Pod", "spec.tolerations.operator", 35).EnumValues);
    }

    [Fact]
    public void EnumValuesOfListItemsMayIncludeTheEmptyString()
    {
        var ipFamilies = Field("v1", "Service", "spec.ipFamilies", 36);

        Assert.Equal(FieldKind.List, ipFamilies.Kind);
        Assert.Equal(FieldKind.String, ipFamilies.ItemKind);
        Assert.Equal(new[] { string.Empty, "IPv4", "IPv6" }, ipFamilies.EnumValues);
    }

    [Fact]
    public void HostUsersExistsInTheOldestMinor()
    {
        var hostUsers = Field("v1", "Pod", "spec.hostUsers", 30);

        Assert.Equal(FieldKind.Boolean, hostUsers.Kind);
        Assert.Equal(new KubernetesVersion(30), hostUsers.FirstMinor);
    }

    [Fact]
    public void StopSignalIsIntroducedIn133()
    {
        Assert.False(Exists(Core + "Lifecycle", "stopSignal", 32));
        Assert.True(Exists(Core + "Lifecycle", "stopSignal", 33));

        Assert.True(KubernetesSchema.TryGetFieldMinors(Type(Core + "Lifecycle"), "stopSignal", out var first, out var last));
        Assert.Equal(new KubernetesVersion(33), first);
        Assert.Equal(KubernetesVersion.Newest, last);
    }

    [Fact]
    public void WorkloadRefExistsIn135Only()
    {
        Assert.False(Exists(Core + "PodSpec", "workloadRef", 34));
        Assert.True(Exists(Core + "PodSpec", "workloadRef", 35));
        Assert.False(Exists(Core + "PodSpec", "workloadRef", 36));
        Assert.True(Exists(Core + "PodSpec", "schedulingGroup", 36));

        Assert.True(KubernetesSchema.TryGetFieldMinors(Type(Core + "PodSpec"), "workloadRef", out var first, out var last));
        Assert.Equal(new KubernetesVersion(35), first);
        Assert.Equal(new KubernetesVersion(35), last);
    }

    [Fact]
    public void ResourceClaimSourceWasReplacedIn131()
    {
        Assert.True(Exists(Core + "PodResourceClaim", "source", 30));
        Assert.False(Exists(Core + "PodResourceClaim", "source", 31));
        Assert.True(Exists(Core + "PodResourceClaim", "resourceClaimName", 31));
    }

    [Fact]
    public void PodLevelResourcesAppearIn132()
    {
        Assert.False(Exists(Core + "PodSpec", "resources", 31));
        Assert.Equal(Core + "ResourceRequirements", Field("v1", "Pod", "spec.resources", 32).ObjectType?.Name);
    }

    [Fact]
    public void AnUnknownKeyIsNoFieldInAnyMinorAndItsTypeListsTheRealOnes()
    {
        var podSpec = Type(Core + "PodSpec");

        Assert.False(KubernetesSchema.TryGetField(podSpec, "nodeSelectors", KubernetesVersion.Newest, out _));
        Assert.False(KubernetesSchema.TryGetFieldMinors(podSpec, "nodeSelectors", out _, out _));
        Assert.Contains("nodeSelector", KubernetesSchema.FieldNames(podSpec, KubernetesVersion.Newest));
        Assert.DoesNotContain("workloadRef", KubernetesSchema.FieldNames(podSpec, KubernetesVersion.Newest));
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void ResourceRequestsAndLimitsAreQuantityMaps(int minor)
    {
        foreach (var path in new[] { "spec.containers.resources.requests", "spec.containers.resources.limits", "spec.overhead" })
        {
            var field = Field("v1", "Pod", path, minor);
            Assert.Equal(FieldKind.Map, field.Kind);
            Assert.Equal(FieldKind.Quantity, field.ItemKind);
        }

        Assert.Equal(FieldKind.Quantity, Field("v1", "Pod", "spec.containers.env.valueFrom.resourceFieldRef.divisor", minor).Kind);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void ProbePortsAreIntOrStringExceptGrpc(int minor)
    {
        Assert.Equal(FieldKind.IntOrString, Field("v1", "Pod", "spec.containers.livenessProbe.httpGet.port", minor).Kind);
        Assert.Equal(FieldKind.IntOrString, Field("v1", "Pod", "spec.containers.readinessProbe.tcpSocket.port", minor).Kind);
        Assert.Equal(FieldKind.Int32, Field("v1", "Pod", "spec.containers.startupProbe.grpc.port", minor).Kind);
        Assert.Equal(FieldKind.IntOrString, Field("apps/v1", "Deployment", "spec.strategy.rollingUpdate.maxSurge", minor).Kind);
        Assert.Equal(FieldKind.IntOrString, Field("policy/v1", "PodDisruptionBudget", "spec.minAvailable", minor).Kind);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void IntegersKeepTheirWidth(int minor)
    {
        Assert.Equal(FieldKind.Int64, Field("v1", "Pod", "spec.securityContext.runAsUser", minor).Kind);
        Assert.Equal(FieldKind.Int64, Field("v1", "Pod", "spec.activeDeadlineSeconds", minor).Kind);
        Assert.Equal(FieldKind.Int32, Field("apps/v1", "Deployment", "spec.replicas", minor).Kind);

        var supplementalGroups = Field("v1", "Pod", "spec.securityContext.supplementalGroups", minor);
        Assert.Equal(FieldKind.List, supplementalGroups.Kind);
        Assert.Equal(FieldKind.Int64, supplementalGroups.ItemKind);
        Assert.Equal(ListType.Atomic, supplementalGroups.ListType);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void MetadataIsObjectMetaWithItsSpecialValues(int minor)
    {
        var metadata = Field("apps/v1", "StatefulSet", "metadata", minor);
        Assert.Equal("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", metadata.ObjectType?.Name);

        var labels = Field("apps/v1", "StatefulSet", "spec.template.metadata.labels", minor);
        Assert.Equal((FieldKind.Map, FieldKind.String), (labels.Kind, labels.ItemKind));
        Assert.Equal(FieldKind.DateTime, Field("v1", "Pod", "metadata.creationTimestamp", minor).Kind);
        Assert.Equal(FieldKind.FreeForm, Field("v1", "Pod", "metadata.managedFields.fieldsV1", minor).Kind);
        Assert.Equal(MapType.Atomic, Field("apps/v1", "Deployment", "spec.selector", minor).ObjectType?.MapType);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void SecretAndConfigMapBinaryDataAreBase64Maps(int minor)
    {
        Assert.Equal(FieldKind.Base64, Field("v1", "Secret", "data", minor).ItemKind);
        Assert.Equal(FieldKind.String, Field("v1", "Secret", "stringData", minor).ItemKind);
        Assert.Equal(FieldKind.Base64, Field("v1", "ConfigMap", "binaryData", minor).ItemKind);
        Assert.Equal(FieldKind.String, Field("v1", "ConfigMap", "data", minor).ItemKind);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void StatusFieldsAreFieldsToo(int minor)
    {
        Assert.Equal(FieldKind.String, Field("v1", "Pod", "status.phase", minor).Kind);
        Assert.Equal(FieldKind.Int32, Field("apps/v1", "Deployment", "status.replicas", minor).Kind);
        Assert.Equal(FieldKind.String, Field("apps/v1", "StatefulSet", "spec.volumeClaimTemplates.status.phase", minor).Kind);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void EveryServedKindHasStringApiVersionAndKindFields(int minor)
    {
        var version = new KubernetesVersion(minor);
        foreach (var kind in ProductKinds)
        {
            foreach (var apiVersion in KubernetesSchema.ServedApiVersions(kind, version))
            {
                Assert.Equal(FieldKind.String, Field(apiVersion, kind, "apiVersion", minor).Kind);
                Assert.Equal(FieldKind.String, Field(apiVersion, kind, "kind", minor).Kind);
                Assert.Equal(FieldKind.Object, Field(apiVersion, kind, "metadata", minor).Kind);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void EachKindIsServedByTheVersionsOfItsMinor(int minor)
    {
        var version = new KubernetesVersion(minor);

        Assert.Equal(new[] { "apps/v1" }, KubernetesSchema.ServedApiVersions("Deployment", version));
        Assert.Equal(new[] { "batch/v1" }, KubernetesSchema.ServedApiVersions("CronJob", version));
        Assert.Equal(new[] { "v1" }, KubernetesSchema.ServedApiVersions("Pod", version));
        Assert.Equal(new[] { "policy/v1" }, KubernetesSchema.ServedApiVersions("PodDisruptionBudget", version));
        Assert.Equal(new[] { "autoscaling/v1", "autoscaling/v2" }, KubernetesSchema.ServedApiVersions("HorizontalPodAutoscaler", version));
        Assert.Empty(KubernetesSchema.ServedApiVersions("Ingress", version));

        Assert.False(KubernetesSchema.TryGetRootType("extensions/v1beta1", "Deployment", version, out _));
        Assert.False(KubernetesSchema.TryGetRootType("batch/v1beta1", "CronJob", version, out _));
        Assert.True(KubernetesSchema.TryGetRootType("batch/v1", "CronJob", version, out var cronJob));
        Assert.Equal("io.k8s.api.batch.v1.CronJob", cronJob.Name);
        Assert.True(KubernetesSchema.TryGetRootType("autoscaling/v1", "HorizontalPodAutoscaler", version, out var hpa));
        Assert.Equal("io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler", hpa.Name);
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void EveryFieldOfEveryTypeIsOneRowPerMinorAndPointsAtATableType(int minor)
    {
        var version = new KubernetesVersion(minor);
        for (var id = 0; id < SchemaTable.Types.Length / SchemaTable.TypeStride; id++)
        {
            var type = new SchemaType(id);
            Assert.True(KubernetesSchema.TryFindType(type.Name, out var found) && found.Equals(type), type.Name);

            var names = KubernetesSchema.FieldNames(type, version).ToList();
            Assert.Equal(names.Distinct().Count(), names.Count);
            foreach (var name in names)
            {
                Assert.True(KubernetesSchema.TryGetField(type, name, version, out var field));
                var holdsObjects = field.Kind == FieldKind.Object || field.ItemKind == FieldKind.Object;
                Assert.Equal(holdsObjects, field.ObjectType is not null);
                Assert.Equal(field.Kind is FieldKind.List or FieldKind.Map, field.ItemKind != FieldKind.None);
                Assert.InRange(minor, field.FirstMinor.Minor, field.LastMinor.Minor);
            }
        }
    }

    private static readonly string[] ProductKinds =
    {
        "Pod", "PodTemplate", "ReplicationController", "Node", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
        "Job", "CronJob", "Service", "ConfigMap", "Secret", "ServiceAccount", "PodDisruptionBudget", "HorizontalPodAutoscaler",
    };
}
