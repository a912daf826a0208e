using System.Linq;
using System.Threading;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Tests.Yaml;

public sealed class YamlReaderTests
{
    [Fact]
    public void Keys_and_values_keep_their_offsets_lines_and_columns()
    {
        var text = "a: 1\nlabels:\n  app: web\n";

        var root = (YamlMapping)YamlReader.Read(text).Documents.Single().Root!;
        var labels = (YamlMapping)root.Find("labels")!.Value;
        var entry = labels.Entries.Single();

        Assert.Equal((3, 3, 15, 18), (entry.Key.Span.Line, entry.Key.Span.Column, entry.Key.Span.Start, entry.Key.Span.End));
        Assert.Equal("app", text.Substring(entry.Key.Span.Start, entry.Key.Span.Length));
        Assert.Equal("web", text.Substring(entry.Value.Span.Start, entry.Value.Span.Length));
        Assert.Equal((3, 8), (entry.Value.Span.Line, entry.Value.Span.Column));
    }

    [Fact]
    public void Offsets_count_crlf_line_endings_as_source_text_does()
    {
        var text = "a: 1\r\nb:\r\n  c: \"x y\"\r\n";

        var root = (YamlMapping)YamlReader.Read(text).Documents.Single().Root!;
        var value = ((YamlMapping)root.Find("b")!.Value).Find("c")!.Value;

        Assert.Equal("\"x y\"", text.Substring(value.Span.Start, value.Span.Length));
        Assert.Equal((3, 6), (value.Span.Line, value.Span.Column));
    }

    [Fact]
    public void Every_document_of_a_stream_is_read_with_its_index_including_empty_ones()
    {
        var stream = YamlReader.Read("# leading comment\na: 1\n---\n---\nb: 2\n...\n");

        Assert.Equal(new[] { 0, 1, 2 }, stream.Documents.Select(document => document.Index));
        Assert.IsType<YamlMapping>(stream.Documents[2].Root);
        Assert.Null(stream.Error);
    }

    [Fact]
    public void Flow_style_with_quoted_keys_trailing_commas_and_comments_is_read()
    {
        var stream = YamlReader.Read("{\n  \"kind\": \"Pod\", # comment\n  \"metadata\": {\"name\": \"web\",},\n}\n");

        var root = (YamlMapping)stream.Documents.Single().Root!;
        Assert.Equal("web", ((YamlScalar)((YamlMapping)root.Find("metadata")!.Value).Find("name")!.Value).Value);
    }

    [Fact]
    public void Aliases_share_the_anchored_node_and_merge_keys_merge_with_local_keys_winning()
    {
        var stream = YamlReader.Read("base: &base {app: web, tier: back}\nlabels:\n  <<: *base\n  tier: front\ncopy: *base\n");

        var root = (YamlMapping)stream.Documents.Single().Root!;
        var labels = (YamlMapping)root.Find("labels")!.Value;
        Assert.Equal(new[] { "app", "tier" }, labels.Entries.Select(entry => entry.KeyText));
        Assert.Equal("front", ((YamlScalar)labels.Find("tier")!.Value).Value);
        Assert.Same(root.Find("base")!.Value, root.Find("copy")!.Value);
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_expanding_it_as_go_yaml_refuses_it()
    {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join(
            "\n",
            Enumerable.Range(0, 20).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]")) + "\n";

        var stream = YamlReader.Read(text);

        // The third level expands to 1,000 nodes, 99% of them from aliases: go-yaml stops there.
        Assert.Equal("document contains excessive aliasing", stream.Error!.Message);
        Assert.Equal((4, 16), (stream.Error.Span.Line, stream.Error.Span.Column));
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        var stream = YamlReader.Read(text);

        Assert.Single(stream.Documents);
    }

    [Fact]
    public void Duplicate_keys_are_kept_and_the_last_one_wins()
    {
        var root = (YamlMapping)YamlReader.Read("name: a\nname: b\n").Documents.Single().Root!;

        Assert.Equal(2, root.Entries.Count);
        Assert.Equal("b", ((YamlScalar)root.Find("name")!.Value).Value);
    }

    [Fact]
    public void A_syntax_error_keeps_the_documents_read_before_it()
    {
        var stream = YamlReader.Read("a: 1\n---\nb: [1, 2\n");

        Assert.Single(stream.Documents);
        Assert.NotNull(stream.Error);
        Assert.Equal(4, stream.Error!.Span.Line);
    }

    [Fact]
    public void An_undefined_alias_is_a_syntax_error_at_the_alias()
    {
        var stream = YamlReader.Read("a: *missing\n");

        Assert.Equal("found undefined alias 'missing'", stream.Error!.Message);
        Assert.Equal((1, 4), (stream.Error.Span.Line, stream.Error.Span.Column));
    }

    [Theory]
    [InlineData("\0\u0001\u0002binary\u00ff\u0000")]
    [InlineData("key: \"unterminated")]
    [InlineData("- a\nb: c")]
    [InlineData("a: b: c")]
    [InlineData("%YAML 9.9\n---\na: 1")]
    public void Hostile_text_becomes_a_syntax_error_never_an_exception(string text)
    {
        var stream = YamlReader.Read(text);

        Assert.NotNull(stream.Error);
        Assert.False(string.IsNullOrWhiteSpace(stream.Error!.Message));
    }

    [Fact]
    public void A_cancelled_read_stops()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var text = string.Concat(Enumerable.Repeat("- item\n", 10_000));

        Assert.ThrowsAny<System.OperationCanceledException>(() => YamlReader.Read(text, cancellation.Token));
    }
}
