using System;
using System.Linq;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

public sealed class EnumValuesTests
{
    /// <summary>The fields whose message lists sets.List(...) of a set: sorted byte-wise, as Go sorts strings.</summary>
    [Theory]
    [InlineData(nameof(EnumField.OsName))]
    [InlineData(nameof(EnumField.FsGroupChangePolicy))]
    [InlineData(nameof(EnumField.SupplementalGroupsPolicy))]
    [InlineData(nameof(EnumField.WhenUnsatisfiable))]
    [InlineData(nameof(EnumField.NodeInclusionPolicy))]
    [InlineData(nameof(EnumField.HostPathType))]
    [InlineData(nameof(EnumField.PersistentVolumeAccessMode))]
    [InlineData(nameof(EnumField.PersistentVolumeMode))]
    [InlineData(nameof(EnumField.ImagePullPolicy))]
    [InlineData(nameof(EnumField.ResizeResourceName))]
    [InlineData(nameof(EnumField.ResizeRestartPolicy))]
    [InlineData(nameof(EnumField.MountPropagation))]
    [InlineData(nameof(EnumField.RecursiveReadOnly))]
    [InlineData(nameof(EnumField.HttpGetScheme))]
    [InlineData(nameof(EnumField.PodFailurePolicyAction))]
    [InlineData(nameof(EnumField.PodFailurePolicyOnExitCodesOperator))]
    [InlineData(nameof(EnumField.PodFailurePolicyOnPodConditionsStatus))]
    [InlineData(nameof(EnumField.PodReplacementPolicy))]
    public void Sets_are_listed_in_sorted_order(string field)
    {
        var values = EnumValues.Supported(Enum.Parse<EnumField>(field), KubernetesVersion.Newest)!;
        Assert.Equal(values.OrderBy(value => value, StringComparer.Ordinal), values);
    }

    [Fact]
    public void Every_field_has_values_in_the_newest_version_except_the_ones_whose_messages_changed()
    {
        var unknown = Enum.GetValues<EnumField>().Where(field => EnumValues.Supported(field, KubernetesVersion.Newest) is null).ToArray();
        Assert.Equal(new[] { EnumField.InitContainerRestartPolicy }, unknown);
    }

    [Theory]
    [InlineData(nameof(EnumField.ProcMount), 32, false)]
    [InlineData(nameof(EnumField.ProcMount), 33, true)]
    [InlineData(nameof(EnumField.RecursiveReadOnly), 30, false)]
    [InlineData(nameof(EnumField.RecursiveReadOnly), 31, true)]
    public void Fields_are_checked_from_the_version_whose_server_validates_them(string field, int minor, bool checkedThere) =>
        Assert.Equal(checkedThere, EnumValues.Supported(Enum.Parse<EnumField>(field), new KubernetesVersion(minor)) is not null);

    [Theory]
    [InlineData(34, "Gt", false)]
    [InlineData(35, "Gt", true)]
    [InlineData(36, "Lt", true)]
    [InlineData(36, "Gte", false)]
    public void Only_the_comparison_toleration_operators_are_gated_and_only_from_1_35(int minor, string value, bool gated) =>
        Assert.Equal(gated, EnumValues.IsGated(EnumField.TolerationOperator, value, new KubernetesVersion(minor)));

    [Fact]
    public void Values_are_compared_byte_for_byte()
    {
        var values = EnumValues.Supported(EnumField.ImagePullPolicy, KubernetesVersion.Newest)!;
        Assert.True(EnumValues.Contains(values, "Always"));
        Assert.False(EnumValues.Contains(values, "always"));
        Assert.False(EnumValues.Contains(values, "Always "));
    }
}
