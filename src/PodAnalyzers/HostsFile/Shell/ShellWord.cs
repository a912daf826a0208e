namespace PodAnalyzers.HostsFile.Shell;

/// <summary>A shell word: its text, or null when it depends on something only known at run time.</summary>
internal sealed class ShellWord
{
    private ShellWord(string? text) => Text = text;

    public string? Text { get; }

    public static ShellWord Literal(string text) => new(text);

    public static ShellWord Unknown { get; } = new(null);
}
