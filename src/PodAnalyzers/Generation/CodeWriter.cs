using System.Globalization;
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

    // The three writers below emit the lines repeated for every constant straight into the buffer:
    // a large manifest set yields megabytes of them.

    /// <summary><c>/// &lt;summary&gt;&lt;c&gt;spec.containers[0].env[1].name&lt;/c&gt;, line 34.&lt;/summary&gt;</c></summary>
    public void SourceSummary(string yamlPath, int line)
    {
        builder.Append(' ', depth * 4).Append("/// <summary><c>");
        CSharpLiterals.AppendDocText(builder, yamlPath).Append("</c>, line ").Append(line.ToString(CultureInfo.InvariantCulture)).Append(".</summary>\n");
    }

    public void StringConstant(string identifier, string value)
    {
        builder.Append(' ', depth * 4).Append("public const string ").Append(identifier).Append(" = ");
        CSharpLiterals.AppendString(builder, value).Append(";\n");
    }

    public void IntConstant(string identifier, int value) =>
        builder.Append(' ', depth * 4).Append("public const int ").Append(identifier).Append(" = ").Append(value.ToString(CultureInfo.InvariantCulture)).Append(";\n");

    public override string ToString() => builder.ToString();
}
