using System.Text;

namespace PodAnalyzers.Generation;

/// <summary>Indented C# text with LF line endings (the same bytes on every OS).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', depth * 4).Append(text);
        }

        builder.Append('\n');
    }

    public void Open(string declaration)
    {
        Line(declaration);
        Line("{");
        depth++;
    }

    public void Close()
    {
        depth--;
        Line("}");
    }

    public void Summary(string text) => Line("/// <summary>" + text + "</summary>");

    public override string ToString() => builder.ToString();
}
