using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// Reads the project's appsettings*.json and Dockerfile AdditionalFiles, each SourceText once: every
/// compilation of an unchanged file (each keystroke in the IDE) gets the same parsed instance.
/// </summary>
internal static class ProjectTexts
{
    private static readonly ConditionalWeakTable<SourceText, AppSettings> AppSettingsCache = new();
    private static readonly ConditionalWeakTable<SourceText, Dockerfile> DockerfileCache = new();

    public static AppSettings? ReadAppSettings(AdditionalText file, CancellationToken cancellationToken)
    {
        if (file.GetText(cancellationToken) is not { } text)
        {
            return null;
        }

        var path = file.Path;
        var settings = AppSettingsCache.GetValue(text, source => AppSettings.Read(path, source.ToString()));
        return settings.Path == path ? settings : AppSettings.Read(path, text.ToString());
    }

    public static Dockerfile? ReadDockerfile(AdditionalText file, CancellationToken cancellationToken)
    {
        if (file.GetText(cancellationToken) is not { } text)
        {
            return null;
        }

        var path = file.Path;
        var dockerfile = DockerfileCache.GetValue(text, source => Dockerfile.Read(path, source.ToString()));
        return dockerfile.Path == path ? dockerfile : Dockerfile.Read(path, text.ToString());
    }
}
