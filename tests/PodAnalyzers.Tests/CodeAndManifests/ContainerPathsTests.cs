using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>Linux paths in a container: normalised, resolved against the temp and working directories, covered by mounts.</summary>
public sealed class ContainerPathsTests
{
    [Theory]
    [InlineData("/app/logs/x.log", "/app/logs/x.log")]
    [InlineData("/app//logs/./x.log", "/app/logs/x.log")]
    [InlineData("/app/logs/../data/", "/app/data")]
    [InlineData("/", "/")]
    [InlineData("///", "/")]
    [InlineData("logs/x.log", null)]
    [InlineData("", null)]
    [InlineData("/..", null)]
    [InlineData("/app/../../etc", null)]
    [InlineData("/app\\logs", null)]
    [InlineData("C:/app/logs", null)]
    [InlineData("/x/\u0001TempPath\u0001/y", null)]
    public void Normalize_keeps_only_absolute_linux_paths(string path, string? expected) =>
        Assert.Equal(expected, ContainerPaths.Normalize(path));

    [Theory]
    [InlineData("/app/x", "/tmp", null, "/app/x")]
    [InlineData("\u0001TempPath\u0001/cache/x", "/tmp", null, "/tmp/cache/x")]
    [InlineData("\u0001TempPath\u0001/", "/scratch/", null, "/scratch")]
    [InlineData("\u0001TempPath\u0001/x", null, "/app", null)]
    [InlineData("logs/x.log", "/tmp", "/app", "/app/logs/x.log")]
    [InlineData("./logs/../x.log", "/tmp", "/app/", "/app/x.log")]
    [InlineData("logs/x.log", "/tmp", null, null)]
    [InlineData("~/x.log", "/tmp", "/app", null)]
    [InlineData("C:\\logs\\x.log", "/tmp", "/app", null)]
    [InlineData("c:x.log", "/tmp", "/app", null)]
    public void Resolve_puts_in_the_temp_and_working_directories_when_known(string written, string? temp, string? working, string? expected) =>
        Assert.Equal(expected, ContainerPaths.Resolve(written, temp, working));

    [Theory]
    [InlineData("/app/logs", "/app/logs/x.log", true)]
    [InlineData("/app/logs", "/app/logs", true)]
    [InlineData("/", "/app", true)]
    [InlineData("/app/log", "/app/logs/x.log", false)]
    [InlineData("/app/logs", "/app/logsx", false)]
    [InlineData("/app/logs/x", "/app/logs", false)]
    public void Covers_on_a_segment_boundary(string directory, string path, bool expected) =>
        Assert.Equal(expected, ContainerPaths.Covers(directory, path));

    [Theory]
    [InlineData("/app/logs/x.log", "/app/logs")]
    [InlineData("/x.log", "/")]
    [InlineData("/", "/")]
    public void Parent_is_the_holding_directory(string path, string expected) =>
        Assert.Equal(expected, ContainerPaths.Parent(path));
}
