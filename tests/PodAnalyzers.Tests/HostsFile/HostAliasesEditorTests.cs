using System.Linq;
using PodAnalyzers.HostsFile;
using PodAnalyzers.HostsFile.Editing;
using PodAnalyzers.Manifests;

namespace PodAnalyzers.Tests.HostsFile;

public sealed class HostAliasesEditorTests
{
    private static string? Edit(string yaml, string hostsLines, int pod = 0)
    {
        var manifest = ManifestReader.Read("/k8s/pod.yaml", yaml);
        var entries = HostsLines.Parse(hostsLines)!;
        var result = HostAliasesEditor.Add(yaml, manifest.PodSources[pod], entries);
        if (result is not null)
        {
            // Whatever the edit, the file still reads, and the pod now has the entries.
            var reread = ManifestReader.Read("/k8s/pod.yaml", result);
            Assert.Empty(reread.Findings);
            var aliases = reread.PodSources[pod].Spec.HostAliases;
            foreach (var entry in entries)
            {
                var alias = Assert.Single(aliases, a => a.Ip?.Value == entry.Ip);
                Assert.Equal(alias.Hostnames.Select(h => h.Value).Distinct(), alias.Hostnames.Select(h => h.Value));
                Assert.Subset(alias.Hostnames.Select(h => h.Value).ToHashSet(), entry.Hostnames.ToHashSet());
            }
        }

        return result;
    }

    [Fact]
    public void Adds_host_aliases_to_a_block_spec_with_two_space_indentation() =>
        Assert.Equal(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"test.gysl\"\n  containers:\n  - name: web\n    image: nginx\n",
            Edit("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n", "10.0.0.20 test.gysl"));

    [Fact]
    public void Follows_indented_sequences() =>
        Assert.Equal(
            "kind: Pod\nmetadata:\n  name: web\nspec:\n  hostAliases:\n    - ip: \"10.0.0.20\"\n      hostnames:\n        - \"a\"\n        - \"b\"\n  containers:\n    - name: web\n",
            Edit("kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n", "10.0.0.20 a b"));

    [Fact]
    public void Follows_four_space_indentation() =>
        Assert.Equal(
            "kind: Pod\nmetadata:\n    name: web\nspec:\n    hostAliases:\n        - ip: \"10.0.0.20\"\n          hostnames:\n              - \"a\"\n    containers:\n        - name: web\n",
            Edit("kind: Pod\nmetadata:\n    name: web\nspec:\n    containers:\n        - name: web\n", "10.0.0.20 a"));

    [Fact]
    public void Keeps_crlf_line_endings_and_comments() =>
        Assert.Equal(
            "# the web pod\r\nkind: Pod\r\nmetadata:\r\n  name: web # its name\r\nspec:\r\n  hostAliases:\r\n  - ip: \"10.0.0.20\"\r\n    hostnames:\r\n    - \"a\"\r\n  # containers below\r\n  containers:\r\n  - name: web\r\n",
            Edit("# the web pod\r\nkind: Pod\r\nmetadata:\r\n  name: web # its name\r\nspec:\r\n  # containers below\r\n  containers:\r\n  - name: web\r\n", "10.0.0.20 a"));

    [Fact]
    public void Merges_into_the_entry_with_the_same_ip_without_duplicates() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a\" # first\n    - \"b\"\n  - ip: 10.0.0.21\n    hostnames: [x]\n  containers: []\n",
            Edit("kind: Pod\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a\" # first\n  - ip: 10.0.0.21\n    hostnames: [x]\n  containers: []\n", "10.0.0.20 a b"));

    [Fact]
    public void Merges_into_a_flow_hostnames_list() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  hostAliases:\n  - ip: 10.0.0.21\n    hostnames: [x, \"y\"]\n  containers: []\n",
            Edit("kind: Pod\nspec:\n  hostAliases:\n  - ip: 10.0.0.21\n    hostnames: [x]\n  containers: []\n", "10.0.0.21 x y"));

    [Fact]
    public void Appends_an_entry_for_another_ip_after_the_existing_ones() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  containers: []\n  hostAliases:\n    - ip: \"127.0.0.1\"\n      hostnames:\n        - \"foo.local\"\n    - ip: \"10.0.0.20\"\n      hostnames:\n        - \"a\"\n",
            Edit("kind: Pod\nspec:\n  containers: []\n  hostAliases:\n    - ip: \"127.0.0.1\"\n      hostnames:\n        - \"foo.local\"\n", "10.0.0.20 a"));

    [Fact]
    public void Appends_at_the_end_of_a_file_without_a_final_newline() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  hostAliases:\n  - ip: \"1.1.1.1\"\n    hostnames: [\"one\"]\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a\"\n",
            Edit("kind: Pod\nspec:\n  hostAliases:\n  - ip: \"1.1.1.1\"\n    hostnames: [\"one\"]", "10.0.0.20 a"));

    [Fact]
    public void An_entry_that_is_already_there_changes_nothing()
    {
        var yaml = "kind: Pod\nspec:\n  hostAliases:\n  - ip: 10.0.0.20\n    hostnames:\n    - a\n";
        Assert.Equal(yaml, Edit(yaml, "10.0.0.20 a"));
    }

    [Fact]
    public void Adds_hostnames_to_an_entry_without_them() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  hostAliases:\n  - ip: 10.0.0.20\n    hostnames:\n    - \"a\"\n  containers: []\n",
            Edit("kind: Pod\nspec:\n  hostAliases:\n  - ip: 10.0.0.20\n  containers: []\n", "10.0.0.20 a"));

    [Fact]
    public void Replaces_an_empty_flow_list() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a\"\n  containers: []\n",
            Edit("kind: Pod\nspec:\n  hostAliases: []\n  containers: []\n", "10.0.0.20 a"));

    [Fact]
    public void Edits_the_pod_template_of_a_deployment() =>
        Assert.Equal(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      hostAliases:\n      - ip: \"10.0.0.20\"\n        hostnames:\n        - \"a\"\n      containers:\n      - name: api\n",
            Edit("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n      - name: api\n", "10.0.0.20 a"));

    [Fact]
    public void Edits_the_pod_template_of_a_cron_job() =>
        Assert.Equal(
            "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 0 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          hostAliases:\n            - ip: \"10.0.0.20\"\n              hostnames:\n                - \"a\"\n          restartPolicy: Never\n          containers:\n            - name: job\n",
            Edit("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 0 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: job\n", "10.0.0.20 a"));

    [Fact]
    public void Edits_only_the_chosen_document() =>
        Assert.Equal(
            "kind: Pod\nmetadata: {name: a}\nspec:\n  containers: []\n---\nkind: Pod\nmetadata: {name: b}\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a\"\n  containers: []\n",
            Edit("kind: Pod\nmetadata: {name: a}\nspec:\n  containers: []\n---\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers: []\n", "10.0.0.20 a", pod: 1));

    [Fact]
    public void Adds_several_ips_at_once() =>
        Assert.Equal(
            "kind: Pod\nspec:\n  hostAliases:\n  - ip: \"10.0.0.20\"\n    hostnames:\n    - \"a\"\n  - ip: \"fe80::1\"\n    hostnames:\n    - \"b\"\n  containers: []\n",
            Edit("kind: Pod\nspec:\n  containers: []\n", "10.0.0.20 a\nfe80::1 b"));

    [Fact]
    public void Adds_to_a_json_style_flow_spec() =>
        Assert.Equal(
            "{\n  \"kind\": \"Pod\",\n  \"spec\": {\n    \"hostAliases\": [ { \"ip\": \"10.0.0.20\", \"hostnames\": [ \"a\" ] } ],\n    \"containers\": []\n  }\n}\n",
            Edit("{\n  \"kind\": \"Pod\",\n  \"spec\": {\n    \"containers\": []\n  }\n}\n", "10.0.0.20 a"));

    [Fact]
    public void Adds_to_a_one_line_flow_spec() =>
        Assert.Equal(
            "kind: Pod\nspec: {hostAliases: [ { ip: \"10.0.0.20\", hostnames: [ \"a\" ] } ], containers: []}\n",
            Edit("kind: Pod\nspec: {containers: []}\n", "10.0.0.20 a"));

    [Theory]
    [InlineData("kind: Pod\nspec:\n  hostAliases: [{ip: 10.0.0.20, hostnames: [a]}]\n")]
    [InlineData("kind: Pod\nspec: {hostAliases: [], containers: []}\n")]
    [InlineData("kind: Pod\nmetadata:\n  name: web\n")]
    [InlineData("kind: Pod\nspec:\n  containers: []\n---\nbad: [\n")]
    [InlineData("kind: Pod\nspec:\n  hostAliases:\n  - {ip: 10.0.0.20, hostnames: [b]}\n")]
    public void Declines_shapes_it_cannot_edit_safely(string yaml)
    {
        var manifest = ManifestReader.Read("/k8s/pod.yaml", yaml);
        Assert.Null(HostAliasesEditor.Add(yaml, manifest.PodSources[0], HostsLines.Parse("10.0.0.20 a")!));
    }
}
