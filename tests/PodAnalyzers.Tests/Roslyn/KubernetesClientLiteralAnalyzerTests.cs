using System.Threading.Tasks;
using PodAnalyzers.Roslyn;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.KubernetesClientTest;
using static PodAnalyzers.Tests.Kubernetes.Rules.RuleTestKit;

namespace PodAnalyzers.Tests.Roslyn;

public sealed class KubernetesClientLiteralAnalyzerTests
{
    private static string KeyMessage(string path, string key) => $"{path}: Invalid value: \"{key}\": name part {LabelNameRegex}";

    private static string ValueMessage(string path, string value) => $"{path}: Invalid value: \"{value}\": {LabelValueRegex}";

    private static string SubdomainMessage(string path, string value) => $"{path}: Invalid value: \"{value}\": {SubdomainRegex}";

    private static string Bypass(string path, string node) => PodAnalyzers.Kubernetes.Rules.ManualSchedulingRules.BypassMessage(path, node);

    // ---- POD2010: labels, every way of putting an entry into the map ----

    [Fact]
    public Task Index_initializer_of_a_new_dictionary_in_the_object_initializer() =>
        VerifyAsync(
            InMethod("        _ = new V1Pod { Metadata = new V1ObjectMeta { Name = \"web\", Labels = new Dictionary<string, string> { [{|#0:\"my app\"|}] = \"web\", [\"tier\"] = {|#1:\"front end\"|} } } };"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", "my app")),
            Label().WithLocation(1).WithMessage(ValueMessage("metadata.labels", "front end")));

    [Fact]
    public Task Collection_initializer_pairs() =>
        VerifyAsync(
            InMethod("        _ = new V1ObjectMeta { Labels = new Dictionary<string, string> { { {|#0:\"-app\"|}, \"web\" }, { \"tier\", {|#1:\"front/end\"|} } } };"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", "-app")),
            Label().WithLocation(1).WithMessage(ValueMessage("metadata.labels", "front/end")));

    [Fact]
    public Task Add_and_indexer_assignment_on_the_property() =>
        VerifyAsync(
            InMethod("        meta.Labels.Add({|#0:\"my app\"|}, \"web\");\n        meta.Labels[\"tier\"] = {|#1:\"front end\"|};\n        pod.Metadata.Labels[{|#2:\"a b\"|}] = \"x\";"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", "my app")),
            Label().WithLocation(1).WithMessage(ValueMessage("metadata.labels", "front end")),
            Label().WithLocation(2).WithMessage(KeyMessage("metadata.labels", "a b")));

    [Fact]
    public Task A_new_dictionary_assigned_to_the_property_and_a_nested_initializer() =>
        VerifyAsync(
            InMethod("        meta.Labels = new Dictionary<string, string> { [{|#0:\"my app\"|}] = \"web\" };\n        _ = new V1ObjectMeta { Labels = { [\"app\"] = {|#1:\"web!\"|} } };"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", "my app")),
            Label().WithLocation(1).WithMessage(ValueMessage("metadata.labels", "web!")));

    [Fact]
    public Task Node_selector_entries_carry_the_spec_path() =>
        VerifyAsync(
            InMethod("        _ = new V1PodSpec { NodeSelector = new Dictionary<string, string> { [{|#0:\"disk type\"|}] = \"ssd\" } };\n        pod.Spec.NodeSelector[\"disktype\"] = {|#1:\"fast ssd\"|};"),
            Label().WithLocation(0).WithMessage(KeyMessage("spec.nodeSelector", "disk type")),
            Label().WithLocation(1).WithMessage(ValueMessage("spec.nodeSelector", "fast ssd")));

    [Fact]
    public Task The_path_follows_the_objects_the_code_shows() =>
        VerifyAsync(
            InMethod(
                "        var d = new V1Deployment\n        {\n            Spec = new V1DeploymentSpec\n            {\n"
                + "                Template = new V1PodTemplateSpec\n                {\n"
                + "                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { [{|#0:\"my app\"|}] = \"web\" } },\n"
                + "                    Spec = new V1PodSpec { NodeSelector = new Dictionary<string, string> { [\"zone\"] = {|#1:\"eu west\"|} } },\n"
                + "                },\n            },\n        };\n        d.Spec.Template.Spec.NodeSelector[{|#2:\"a b\"|}] = \"c\";"),
            Label().WithLocation(0).WithMessage(KeyMessage("spec.template.metadata.labels", "my app")),
            Label().WithLocation(1).WithMessage(ValueMessage("spec.template.spec.nodeSelector", "eu west")),
            Label().WithLocation(2).WithMessage(KeyMessage("spec.template.spec.nodeSelector", "a b")));

    [Fact]
    public Task Model_extensions_set_label_and_ensure_labels() =>
        VerifyAsync(
            InMethod("        pod.SetLabel({|#0:\"my app\"|}, \"web\");\n        pod.SetLabel(\"tier\", {|#1:\"front end\"|});\n        meta.EnsureLabels()[{|#2:\"a b\"|}] = \"c\";\n        pod.EnsureMetadata().EnsureLabels().Add(\"x\", {|#3:\"y z\"|});"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", "my app")),
            Label().WithLocation(1).WithMessage(ValueMessage("metadata.labels", "front end")),
            Label().WithLocation(2).WithMessage(KeyMessage("metadata.labels", "a b")),
            Label().WithLocation(3).WithMessage(ValueMessage("metadata.labels", "y z")));

    [Fact]
    public Task Node_selector_requirement_keys_carry_the_full_affinity_path() =>
        VerifyAsync(
            InMethod(
                "        _ = new V1PodSpec\n        {\n            Affinity = new V1Affinity\n            {\n                NodeAffinity = new V1NodeAffinity\n                {\n"
                + "                    RequiredDuringSchedulingIgnoredDuringExecution = new V1NodeSelector\n                    {\n"
                + "                        NodeSelectorTerms = new List<V1NodeSelectorTerm>\n                        {\n"
                + "                            new V1NodeSelectorTerm { MatchExpressions = new List<V1NodeSelectorRequirement> { new V1NodeSelectorRequirement { Key = \"zone\", OperatorProperty = \"In\" }, new V1NodeSelectorRequirement { Key = {|#0:\"disk type\"|}, OperatorProperty = \"Exists\" } } },\n"
                + "                        },\n                    },\n                },\n            },\n        };\n"
                + "        var loose = new V1NodeSelectorRequirement { Key = {|#1:\"a b\"|} };"),
            Label().WithLocation(0).WithMessage(KeyMessage("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[1].key", "disk type")),
            Label().WithLocation(1).WithMessage(KeyMessage("spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[*].matchExpressions[*].key", "a b")));

    [Fact]
    public Task Preferred_terms_get_their_own_path() =>
        VerifyAsync(
            InMethod("        _ = new V1NodeAffinity { PreferredDuringSchedulingIgnoredDuringExecution = new List<V1PreferredSchedulingTerm> { new V1PreferredSchedulingTerm { Weight = 1, Preference = new V1NodeSelectorTerm { MatchExpressions = new List<V1NodeSelectorRequirement> { new V1NodeSelectorRequirement { Key = {|#0:\"a b\"|} } } } } } };"),
            Label().WithLocation(0).WithMessage(KeyMessage("spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].key", "a b")));

    [Theory]
    [InlineData("const string key = \"my app\";", "key")]
    [InlineData("var key = \"my app\";", "key")]
    [InlineData("var a = \"my\";", "a + \" app\"")]
    [InlineData("const string a = \"my\";", "$\"{a} app\"")]
    public Task Keys_known_at_compile_time_are_checked(string declarations, string keyExpression) =>
        VerifyAsync(
            InMethod("        " + declarations + "\n        meta.Labels[{|#0:" + keyExpression + "|}] = \"web\";"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", "my app")));

    [Fact]
    public Task A_const_field_is_known() =>
        VerifyAsync(
            "using k8s.Models;\nclass C\n{\n    private const string Tier = \"front end\";\n    void M(V1ObjectMeta meta) => meta.Labels[\"tier\"] = {|#0:Tier|};\n}\n",
            Label().WithLocation(0).WithMessage(ValueMessage("metadata.labels", "front end")));

    [Theory]
    [InlineData("1.34", "characters")]
    [InlineData("1.35", "bytes")]
    [InlineData(null, "bytes")]
    public Task The_projects_kubernetes_version_decides_the_wording(string? version, string unit)
    {
        var value = new string('a', 64);
        return VerifyAsync(
            InMethod("        meta.Labels[\"app\"] = {|#0:\"" + value + "\"|};"),
            version,
            Label().WithLocation(0).WithMessage($"metadata.labels: Invalid value: \"{value}\": must be no more than 63 {unit}"));
    }

    [Fact]
    public Task Several_server_messages_give_several_diagnostics_on_the_same_literal() =>
        VerifyAsync(
            InMethod("        meta.Labels[{|#0:\"\"|}] = \"web\";"),
            Label().WithLocation(0).WithMessage("metadata.labels: Invalid value: \"\": name part must be non-empty"),
            Label().WithLocation(0).WithMessage(KeyMessage("metadata.labels", string.Empty)));

    // ---- POD2011: host aliases ----

    [Fact]
    public Task Ip_and_hostnames_with_known_indexes() =>
        VerifyAsync(
            InMethod(
                "        _ = new V1PodSpec\n        {\n            HostAliases = new List<V1HostAlias>\n            {\n"
                + "                new V1HostAlias { Ip = \"10.0.0.20\", Hostnames = new List<string> { \"test.gysl\" } },\n"
                + "                new V1HostAlias { Ip = {|#0:\"10.0.0.256\"|}, Hostnames = new List<string> { \"test.gysl\", {|#1:\"Test_Host\"|} } },\n"
                + "            },\n        };"),
            HostAlias().WithLocation(0).WithMessage("spec.hostAliases[1].ip: Invalid value: \"10.0.0.256\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            HostAlias().WithLocation(1).WithMessage(SubdomainMessage("spec.hostAliases[1].hostnames[1]", "Test_Host")));

    [Fact]
    public Task Unknown_indexes_are_written_as_a_star() =>
        VerifyAsync(
            InMethod(
                "        var a = new V1HostAlias { Ip = {|#0:\"not-an-ip\"|}, Hostnames = new[] { \"ok\", {|#1:\"Bad_1\"|} } };\n"
                + "        alias.Hostnames.Add({|#2:\"Bad_2\"|});\n        alias.Ip = {|#3:\"1.2.3\"|};\n"
                + "        spec.HostAliases.Add(new V1HostAlias { Ip = {|#4:\"::g\"|}, Hostnames = [\"ok\", {|#5:\"Bad_3\"|}] });"),
            HostAlias().WithLocation(0).WithMessage("spec.hostAliases[*].ip: Invalid value: \"not-an-ip\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            HostAlias().WithLocation(1).WithMessage(SubdomainMessage("spec.hostAliases[*].hostnames[1]", "Bad_1")),
            HostAlias().WithLocation(2).WithMessage(SubdomainMessage("spec.hostAliases[*].hostnames[*]", "Bad_2")),
            HostAlias().WithLocation(3).WithMessage("spec.hostAliases[*].ip: Invalid value: \"1.2.3\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            HostAlias().WithLocation(4).WithMessage("spec.hostAliases[*].ip: Invalid value: \"::g\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
            HostAlias().WithLocation(5).WithMessage(SubdomainMessage("spec.hostAliases[*].hostnames[1]", "Bad_3")));

    [Fact]
    public Task Items_copied_by_the_list_constructor_make_the_index_unknown() =>
        VerifyAsync(
            InMethod("        var more = new List<string> { \"a\" };\n        alias.Hostnames = new List<string>(more) { {|#0:\"Bad_1\"|} };\n        alias.Hostnames = new List<string>(4) { \"ok\", {|#1:\"Bad_2\"|} };"),
            HostAlias().WithLocation(0).WithMessage(SubdomainMessage("spec.hostAliases[*].hostnames[*]", "Bad_1")),
            HostAlias().WithLocation(1).WithMessage(SubdomainMessage("spec.hostAliases[*].hostnames[1]", "Bad_2")));

    [Fact]
    public Task Nested_hostnames_initializer_and_a_workload_template() =>
        VerifyAsync(
            InMethod("        _ = new V1PodTemplateSpec { Spec = new V1PodSpec { HostAliases = new[] { new V1HostAlias { Ip = \"10.0.0.1\", Hostnames = { {|#0:\"A.local\"|} } } } } };"),
            HostAlias().WithLocation(0).WithMessage(SubdomainMessage("spec.template.spec.hostAliases[0].hostnames[0]", "A.local")));

    [Theory]
    [InlineData("1.36", "must not have leading 0s")]
    [InlineData(null, "must not have leading 0s")]
    public Task Leading_zeros_are_rejected_from_1_36(string? version, string detail) =>
        VerifyAsync(
            InMethod("        alias.Ip = {|#0:\"010.0.0.1\"|};"),
            version,
            HostAlias().WithLocation(0).WithMessage($"spec.hostAliases[*].ip: Invalid value: \"010.0.0.1\": {detail}"));

    [Fact]
    public Task Leading_zeros_are_accepted_before_1_36() =>
        VerifyAsync(InMethod("        alias.Ip = \"010.0.0.1\";"), "1.35");

    // ---- POD2012: nodeName ----

    [Fact]
    public Task A_valid_literal_node_name_bypasses_the_scheduler() =>
        VerifyAsync(
            InMethod("        _ = new V1PodSpec { NodeName = {|#0:\"worker-1\"|} };\n        pod.Spec.NodeName = {|#1:\"worker-2\"|};\n        const string node = \"worker-3\";\n        spec.NodeName = {|#2:node|};"),
            NodeName().WithLocation(0).WithMessage(Bypass("spec.nodeName", "worker-1")),
            NodeName().WithLocation(1).WithMessage(Bypass("spec.nodeName", "worker-2")),
            NodeName().WithLocation(2).WithMessage(Bypass("spec.nodeName", "worker-3")));

    [Fact]
    public Task An_invalid_literal_node_name_gets_the_servers_message_instead() =>
        VerifyAsync(
            InMethod("        _ = new V1Deployment { Spec = new V1DeploymentSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { NodeName = {|#0:\"Worker_1\"|} } } } };"),
            NodeName().WithLocation(0).WithMessage(SubdomainMessage("spec.template.spec.nodeName", "Worker_1")));

    [Fact]
    public void The_bypass_message_reads_as_documented() =>
        Assert.Equal(
            "spec.nodeName: \"worker-1\" binds the Pod to that node without the scheduler: no resource, nodeSelector, affinity or taint checks, and the Pod fails if the node is missing or full; use nodeSelector or node affinity unless this is a test or a custom scheduler",
            Bypass("spec.nodeName", "worker-1"));

    // ---- Not reported ----

    [Theory]
    // Valid labels.
    [InlineData("meta.Labels[\"app\"] = \"web\";")]
    [InlineData("meta.Labels[\"app.kubernetes.io/name\"] = \"\";")]
    [InlineData("meta.Labels.Add(\"tier\", \"front-end\");")]
    [InlineData("_ = new V1ObjectMeta { Labels = new Dictionary<string, string> { [\"a\"] = \"b\", [\"example.com/c\"] = \"D_e.f\" } };")]
    [InlineData("_ = new V1ObjectMeta { Labels = new Dictionary<string, string> { { \"a\", \"b\" }, { \"example.com/c\", \"D_e.f\" } } };")]
    [InlineData("pod.SetLabel(\"app\", null);")]
    [InlineData("_ = new V1PodSpec { NodeSelector = new Dictionary<string, string> { [\"kubernetes.io/hostname\"] = \"worker-1\" } };")]
    [InlineData("_ = new V1NodeSelectorRequirement { Key = \"topology.kubernetes.io/zone\", OperatorProperty = \"In\", Values = new List<string> { \"not a label value is not checked\" } };")]
    // Values only known at run time.
    [InlineData("meta.Labels[input] = input;")]
    [InlineData("meta.Labels[\"app\"] = input.ToLowerInvariant();")]
    [InlineData("meta.Labels[\"app\"] = null;")]
    [InlineData("var k = \"my app\"; k = input; meta.Labels[k] = \"web\";")]
    [InlineData("meta.Labels[\"app\"] = string.Format(\"{0} x\", input);")]
    [InlineData("meta.Labels[\"app\"] = $\"{input} x\";")]
    [InlineData("alias.Ip = input;")]
    [InlineData("alias.Hostnames.Add(input);")]
    [InlineData("spec.NodeName = input;")]
    [InlineData("spec.NodeName = Environment.GetEnvironmentVariable(\"NODE\");")]
    // Not set.
    [InlineData("spec.NodeName = \"\";")]
    [InlineData("spec.NodeName = null;")]
    // Other dictionaries, lists and properties.
    [InlineData("var d = new Dictionary<string, string> { [\"my app\"] = \"front end\" };")]
    [InlineData("var d = new Dictionary<string, string> { [\"my app\"] = \"web\" }; meta.Labels = d;")]
    [InlineData("meta.Annotations[\"my app\"] = \"front end\";")]
    [InlineData("_ = new V1ObjectMeta { Annotations = new Dictionary<string, string> { [\"my app\"] = \"x y\" } };")]
    [InlineData("_ = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [\"my app\"] = \"x y\" } };")]
    [InlineData("var hostnames = new List<string> { \"Bad_Host\" }; hostnames.Add(\"Also_Bad\");")]
    [InlineData("meta.Name = \"my app\";")]
    [InlineData("meta.Finalizers.Add(\"a b\");")]
    [InlineData("_ = new V1NodeSelectorTerm { MatchFields = new List<V1NodeSelectorRequirement> { new V1NodeSelectorRequirement { Key = \"metadata name\", OperatorProperty = \"In\" } } };")]
    [InlineData("_ = new V1Container { Name = \"web\", Image = \"nginx\" };")]
    // Valid host aliases.
    [InlineData("_ = new V1HostAlias { Ip = \"10.0.0.20\", Hostnames = new List<string> { \"test.gysl\", \"db\" } };")]
    [InlineData("_ = new V1HostAlias { Ip = \"2001:db8::1\", Hostnames = [\"a.b.c\"] };")]
    [InlineData("alias.Hostnames = new[] { \"x-1\" }; alias.Hostnames.Add(\"y\");")]
    public Task Nothing_is_reported(string body) => NoDiagnosticAsync("        " + body);

    [Fact]
    public Task Generated_code_is_skipped() =>
        VerifyAsync("// <auto-generated/>\n" + InMethod("        meta.Labels[\"my app\"] = \"front end\";\n        spec.NodeName = \"worker-1\";\n        alias.Ip = \"x\";"));

    [Fact]
    public async Task Without_kubernetes_client_look_alike_types_are_ignored()
    {
        const string Code = "using System.Collections.Generic;\nnamespace MyModels\n{\n    class V1ObjectMeta { public IDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>(); }\n"
            + "    class V1PodSpec { public string? NodeName { get; set; } }\n    class C\n    {\n        void M() { new V1ObjectMeta().Labels[\"my app\"] = \"x y\"; _ = new V1PodSpec { NodeName = \"worker-1\" }; }\n    }\n}\n";
        await new KubernetesClientTest(Code, referenceKubernetesClient: false).RunAsync();
    }
}
