using System.Globalization;

namespace PodAnalyzers.Manifests.Model;

/// <summary>
/// A server field path (<c>spec.containers[0].resources</c>) kept as a link to its parent's path
/// and its last step. Rules walk far more fields than they report on, so the text is built only
/// when a finding asks for it, and then kept.
/// </summary>
internal sealed class ServerPath
{
    private readonly ServerPath? parent;
    private readonly PathSegment last;
    private string? text;

    private ServerPath(ServerPath? parent, PathSegment last, string? text)
    {
        this.parent = parent;
        this.last = last;
        this.text = text;
    }

    /// <summary>A path given as text: the object's root (<c>""</c>) or a pod spec's (<c>spec.template.spec</c>).</summary>
    public static ServerPath Of(string text) => new(null, default, text);

    public static ServerPath Child(ServerPath parent, PathSegment last) => new(parent, last, null);

    // Two threads may both build it; they build the same text.
    public string Text => text ??= last.AppendTo(parent!.Text);

    public override string ToString() => Text;
}

/// <summary>The last step of a server field path: <c>.name</c>, <c>[index]</c> or <c>[key]</c>.</summary>
internal readonly struct PathSegment
{
    private readonly string? name;
    private readonly int index;
    private readonly SegmentKind kind;

    private PathSegment(SegmentKind kind, string? name, int index)
    {
        this.kind = kind;
        this.name = name;
        this.index = index;
    }

    private enum SegmentKind : byte
    {
        None,
        Field,
        Item,
        MapKey,
    }

    /// <summary>The default segment, which adds nothing to its parent.</summary>
    public bool IsNone => kind == SegmentKind.None;

    public static PathSegment Field(string name) => new(SegmentKind.Field, name, 0);

    public static PathSegment Item(int index) => new(SegmentKind.Item, null, index);

    public static PathSegment MapKey(string key) => new(SegmentKind.MapKey, key, 0);

    public string AppendTo(string parent) => kind switch
    {
        SegmentKind.Field => parent.Length == 0 ? name! : parent + "." + name,
        SegmentKind.Item => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]",
        SegmentKind.MapKey => parent + "[" + name + "]",
        _ => parent,
    };
}
