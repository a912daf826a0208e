using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Roslyn.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Each appsettings and Dockerfile text is parsed once, whatever the number of compilations that read it.</summary>
public sealed class ProjectTextsTests
{
    [Fact]
    public void An_unchanged_text_is_read_once_and_a_changed_one_again()
    {
        var text = SourceText.From("{ \"A\": 1 }");
        var first = ProjectTexts.ReadAppSettings(new Text("/p/appsettings.json", text), CancellationToken.None);
        var second = ProjectTexts.ReadAppSettings(new Text("/p/appsettings.json", text), CancellationToken.None);
        var changed = ProjectTexts.ReadAppSettings(new Text("/p/appsettings.json", SourceText.From("{ \"B\": 1 }")), CancellationToken.None);

        Assert.Same(first, second);
        Assert.NotSame(first, changed);
        Assert.True(changed!.Provides("B"));
    }

    [Fact]
    public void A_dockerfile_is_read_once_per_text_and_path()
    {
        var text = SourceText.From("FROM x\nENV A=1\n");
        var first = ProjectTexts.ReadDockerfile(new Text("/p/Dockerfile", text), CancellationToken.None);
        var second = ProjectTexts.ReadDockerfile(new Text("/p/Dockerfile", text), CancellationToken.None);
        var otherPath = ProjectTexts.ReadDockerfile(new Text("/q/Dockerfile", text), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal("/q/Dockerfile", otherPath!.Path);
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText text;

        public Text(string path, SourceText text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
