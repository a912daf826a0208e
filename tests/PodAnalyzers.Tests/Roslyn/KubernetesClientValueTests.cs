using System.Threading.Tasks;
using static PodAnalyzers.Tests.Infrastructure.KubernetesClientTest;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>POD2013: enumerated values, quantities and template restart policies in KubernetesClient literals.</summary>
public sealed class KubernetesClientValueTests
{
    [Fact]
    public Task An_enumerated_value_outside_the_servers_set_is_reported_with_the_yaml_rules_message() =>
        VerifyAsync(
            InMethod("        _ = new V1Pod { Spec = new V1PodSpec { DnsPolicy = {|#0:\"Cluster\"|}, Containers = new List<V1Container> { new V1Container { Name = \"app\", Image = \"nginx\", ImagePullPolicy = {|#1:\"Sometimes\"|} } } } };"),
            Value().WithLocation(0).WithMessage("spec.dnsPolicy: Unsupported value: \"Cluster\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\""),
            Value().WithLocation(1).WithMessage("spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\""));

    [Fact]
    public Task Assignments_outside_an_initializer_and_constants_are_checked_too() =>
        VerifyAsync(
            InMethod("        const string effect = \"NoExecut\";\n        var toleration = new V1Toleration { Key = \"dedicated\" };\n        toleration.Effect = {|#0:effect|};\n        spec.RestartPolicy = {|#1:\"Sometimes\"|};"),
            Value().WithLocation(0).WithMessage("spec.tolerations[*].effect: Unsupported value: \"NoExecut\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\""),
            Value().WithLocation(1).WithMessage("spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""));

    [Theory]
    [InlineData("_ = new V1Container { ImagePullPolicy = \"IfNotPresent\", TerminationMessagePolicy = \"FallbackToLogsOnError\" };")]
    [InlineData("_ = new V1Container { ImagePullPolicy = \"\" };")]
    [InlineData("_ = new V1Container { ImagePullPolicy = input };")]
    [InlineData("_ = new V1PodSpec { RestartPolicy = \"OnFailure\", DnsPolicy = \"None\" };")]
    [InlineData("_ = new V1TopologySpreadConstraint { WhenUnsatisfiable = \"ScheduleAnyway\", NodeTaintsPolicy = \"Honor\" };")]
    [InlineData("_ = new V1Toleration { Key = \"capacity\", OperatorProperty = \"Gt\", Value = \"4\" };")]
    public Task Supported_empty_and_unknown_values_are_silent(string statement) => NoDiagnosticAsync("        " + statement);

    [Fact]
    public Task A_template_restart_policy_follows_the_workload_around_it() =>
        VerifyAsync(
            InMethod(
                "        _ = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = {|#0:\"Never\"|} } } };\n"
                + "        _ = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = {|#1:\"Always\"|} } } };\n"
                + "        _ = new V1JobSpec { PodFailurePolicy = new V1PodFailurePolicy(), Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = {|#2:\"OnFailure\"|} } } };\n"
                + "        _ = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = \"OnFailure\" } } };"),
            Value().WithLocation(0).WithMessage("spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""),
            Value().WithLocation(1).WithMessage("spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""),
            Value().WithLocation(2).WithMessage("spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified"));

    [Theory]
    [InlineData("1.33", "\"a<b\"")]
    [InlineData("1.36", "\"a\\u003cb\"")]
    public Task The_value_is_printed_as_the_target_versions_server_prints_it(string version, string printed) =>
        VerifyAsync(
            InMethod("        _ = new V1Container { ImagePullPolicy = {|#0:\"a<b\"|} };"),
            version,
            Value().WithLocation(0).WithMessage("spec.containers[*].imagePullPolicy: Unsupported value: " + printed + ": supported values: \"Always\", \"IfNotPresent\", \"Never\""));

    [Fact]
    public Task A_quantity_that_does_not_parse_is_reported_where_it_is_written() =>
        VerifyAsync(
            InMethod(
                "        _ = new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { [\"cpu\"] = {|#0:\"lots\"|}, [\"memory\"] = \"1Gi\" } };\n"
                + "        _ = new ResourceQuantity({|#1:\"1.5.2\"|});\n"
                + "        ResourceQuantity fine = \"250m\";\n"
                + "        _ = new ResourceQuantity(input);"),
            Value().WithLocation(0).WithMessage("resources: Invalid value: \"lots\": " + PodAnalyzers.Kubernetes.Validation.Quantity.FormatWrongMessage),
            Value().WithLocation(1).WithMessage("resources: Invalid value: \"1.5.2\": " + PodAnalyzers.Kubernetes.Validation.Quantity.FormatWrongMessage));
}
