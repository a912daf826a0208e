using System;
using System.Text;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Tests.CodeAndManifests;

/// <summary>The appsettings and Dockerfile readers never throw, whatever the text (seeded mutations of realistic files).</summary>
public sealed class ReaderRobustnessTests
{
    private const string Json = """
        // settings
        {
          "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
          "ConnectionStrings": { "Db": "Server=db;User Id=app" },
          "Inventory": { "Zones": ["eu", "us",], "Replicas": -1.5e3, "Escaped": "a\"b\\c\u00e9", /* note */ },
        }
        """;

    private const string Docker = """
        # escape=\
        ARG V=8.0
        FROM mcr.microsoft.com/dotnet/sdk:${V} AS build
        ENV A=1 B="two words" C='x y' \
            D=4
        FROM mcr.microsoft.com/dotnet/aspnet:${V} AS final
        ENV LEGACY value "quoted"
        ARG X Y=2
        USER app:app
        EXPOSE 8080/tcp 8443
        """;

    [Fact]
    public void Mutated_texts_never_throw()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 10000; i++)
        {
            AppSettings.Read("appsettings.json", Mutate(Json, random));
            Dockerfile.Read("Dockerfile", Mutate(Docker, random)).FinalStageChain();
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 8)));
                    break;
                case 1:
                    const string Characters = "{}[]\",:\\/*\n'`= \t#";
                    builder.Insert(at, Characters[random.Next(Characters.Length)]);
                    break;
                case 2:
                    builder.Length = at;
                    break;
                default:
                    builder[at] = (char)random.Next(0, 0x2FF);
                    break;
            }
        }

        return builder.ToString();
    }
}
