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
        Assert.Equal(new[] { EnumField.TolerationOperator, EnumField.InitContainerRestartPolicy }, unknown);
    }

    [Theory]
    [InlineData(nameof(EnumField.ProcMount), 32, false)]
    [InlineData(nameof(EnumField.ProcMount), 33, true)]
    [InlineData(nameof(EnumField.RecursiveReadOnly), 30, false)]
    [InlineData(nameof(EnumField.RecursiveReadOnly), 31, true)]
    [InlineData(nameof(EnumField.TolerationOperator), 34, true)]
    [InlineData(nameof(EnumField.TolerationOperator), 35, false)]
    public void Fields_are_checked_from_the_version_whose_server_validates_them(string field, int minor, bool checkedThere) =>
        Assert.Equal(checkedThere, EnumValues.Supported(Enum.Parse<EnumField>(field), new KubernetesVersion(minor)) is not null);

    [Fact]
    public void Values_are_compared_byte_for_byte()
    {
        var values = EnumValues.Supported(EnumField.ImagePullPolicy, KubernetesVersion.Newest)!;
        Assert.True(EnumValues.Contains(values, "Always"));
        Assert.False(EnumValues.Contains(values, "always"));
        Assert.False(EnumValues.Contains(values, "Always "));
    }
}
