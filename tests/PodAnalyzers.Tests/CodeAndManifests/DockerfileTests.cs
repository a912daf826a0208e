using System.Linq;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>The Dockerfile instructions the rules read, with their stages and lines.</summary>
public sealed class DockerfileTests
{
    private const string MultiStage = """
        # syntax=docker/dockerfile:1
        ARG DOTNET_VERSION=8.0
        FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
        ENV BUILD_ONLY=1
        WORKDIR /src
        RUN dotnet publish -c Release -o /app

        FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/aspnet:8.0 AS base
        ENV INVENTORY_ZONE=eu \
            INVENTORY_REGION="eu west" \
            # a comment inside a continuation
            OTHER='x y'
        ENV LEGACY_FORM value with spaces
        ARG BUILD_NUMBER
        EXPOSE 8080 8443/tcp

        FROM base AS final
        user app
        COPY --from=build /app .
        ENTRYPOINT ["dotnet", "Inventory.Api.dll"]
        """;

    [Fact]
    public void Stages_keep_their_base_name_and_line()
    {
        var dockerfile = Dockerfile.Read("Dockerfile", MultiStage);

        Assert.Equal(new[] { ("mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION}", "build", 3), ("mcr.microsoft.com/dotnet/aspnet:8.0", "base", 8), ("base", "final", 17) },
            dockerfile.Stages.Select(stage => (stage.BaseImage, stage.Name!, stage.Line)));
        Assert.Equal("DOTNET_VERSION", dockerfile.GlobalArgs.Single().Name);
        Assert.Equal("final", dockerfile.FinalStage!.Name);
    }

    [Fact]
    public void Env_in_both_forms_arg_user_and_expose_are_read_with_lines()
    {
        var stage = Dockerfile.Read("Dockerfile", MultiStage).Stages[1];

        Assert.Equal(
            new[] { ("INVENTORY_ZONE", "eu", 9), ("INVENTORY_REGION", "eu west", 9), ("OTHER", "x y", 9), ("LEGACY_FORM", "value with spaces", 13) },
            stage.Env.Select(variable => (variable.Name, variable.Value!, variable.Line)));
        Assert.Equal(("BUILD_NUMBER", (string?)null, 14), stage.Args.Select(variable => (variable.Name, variable.Value, variable.Line)).Single());
        Assert.Equal(new[] { "8080", "8443/tcp" }, stage.ExposedPorts);
        Assert.Equal("app", Dockerfile.Read("Dockerfile", MultiStage).FinalStage!.User);
    }

    [Fact]
    public void The_final_stage_inherits_from_the_stage_it_is_built_from_not_from_the_others()
    {
        var chain = Dockerfile.Read("Dockerfile", MultiStage).FinalStageChain();

        Assert.Equal(new[] { "final", "base" }, chain.Select(stage => stage.Name));
    }

    [Fact]
    public void The_escape_directive_changes_the_continuation_character()
    {
        var dockerfile = Dockerfile.Read("Dockerfile", "# escape=`\r\nFROM mcr.microsoft.com/windows/servercore\r\nENV A=1 `\r\n    B=2\r\n");

        Assert.Equal(new[] { "A", "B" }, dockerfile.FinalStage!.Env.Select(variable => variable.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ENV A=1")]
    [InlineData("FROM")]
    [InlineData("FROM x\nENV \"unterminated\nARG =\nEXPOSE\nUSER\nENV A \\")]
    public void Odd_text_never_throws(string text)
    {
        var dockerfile = Dockerfile.Read("Dockerfile", text);

        Assert.NotNull(dockerfile);
    }

    [Theory]
    [InlineData("/p/Dockerfile", true)]
    [InlineData("/p/dockerfile", true)]
    [InlineData("/p/Dockerfile.prod", true)]
    [InlineData("/p/api.Dockerfile", true)]
    [InlineData("/p/Dockerfile-notes.md", false)]
    public void Dockerfiles_are_recognised_by_name(string path, bool expected)
    {
        Assert.Equal(expected, Dockerfile.IsDockerfilePath(path));
    }

    [Theory]
    [InlineData("FROM x\nWORKDIR /app\n", "/app")]
    [InlineData("FROM x\nWORKDIR /app\nWORKDIR logs\n", "/app/logs")]
    [InlineData("FROM x AS base\nWORKDIR /src\nFROM base AS final\nWORKDIR out\n", "/src/out")]
    [InlineData("FROM x AS build\nWORKDIR /src\nFROM y\nENV A=1\n", null)]
    [InlineData("FROM x\nWORKDIR app\n", null)]
    [InlineData("FROM x\nWORKDIR $HOME/app\n", null)]
    [InlineData("FROM x\nWORKDIR $HOME/app\nWORKDIR /srv\n", "/srv")]
    [InlineData("FROM x\n", null)]
    public void The_working_directory_follows_workdir_along_the_final_stage_chain(string text, string? expected) =>
        Assert.Equal(expected, Dockerfile.Read("Dockerfile", text).WorkingDirectory());

    [Fact]
    public void The_final_env_is_the_last_assignment_along_the_final_stage_chain()
    {
        var dockerfile = Dockerfile.Read("Dockerfile", "FROM x AS base\nENV TMPDIR=/a\nFROM base\nENV TMPDIR=/b\nFROM y AS other\nENV TMPDIR=/c\nFROM base\n");

        Assert.Equal("/a", dockerfile.FinalEnv("TMPDIR"));
        Assert.Null(dockerfile.FinalEnv("HOME"));
        Assert.Equal("/b", Dockerfile.Read("Dockerfile", "FROM x\nENV TMPDIR=/a\nENV TMPDIR /b\n").FinalEnv("TMPDIR"));
    }
}
