using Microsoft.CodeAnalysis;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.CodeFixes;

/// <summary>A pod source the entries can go to, with its file's current text.</summary>
internal sealed class FixTarget
{
    public FixTarget(TextDocument document, string text, PodSource pod, string title)
    {
        Document = document;
        Text = text;
        Pod = pod;
        Title = title;
    }

    public TextDocument Document { get; }

    public string Text { get; }

    public PodSource Pod { get; }

    public string Title { get; }

    public PodKey Key => PodKey.Of(Pod);
}
