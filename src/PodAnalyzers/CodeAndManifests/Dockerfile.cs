using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>A variable an <c>ENV</c> or <c>ARG</c> instruction declares, with its 1-based line.</summary>
/// <param name="Value">The value as written (quotes removed, not expanded); null for an <c>ARG</c> without default.</param>
internal sealed record DockerVariable(string Name, string? Value, int Line);

/// <summary>One build stage: a <c>FROM</c> and the instructions up to the next.</summary>
/// <param name="BaseImage">The image or stage name after <c>FROM</c> (options such as <c>--platform</c> skipped).</param>
/// <param name="Name">The <c>AS</c> name; null when the stage has none.</param>
internal sealed record DockerStage(
    string BaseImage,
    string? Name,
    int Line,
    IReadOnlyList<DockerVariable> Env,
    IReadOnlyList<DockerVariable> Args,
    string? User,
    IReadOnlyList<string> ExposedPorts,
    IReadOnlyList<string> WorkDirs);

/// <summary>
/// What PodAnalyzers reads of a Dockerfile: the stages with their <c>ENV</c>, <c>ARG</c>,
/// <c>USER</c>, <c>EXPOSE</c> and <c>WORKDIR</c> instructions, and the <c>ARG</c>s before the first <c>FROM</c>.
/// Line continuations (the escape character, <c>\</c> or <c>`</c> by the <c>escape</c> parser
/// directive) and comments are handled; other instructions are skipped. Never throws.
/// </summary>
internal sealed class Dockerfile
{
    private Dockerfile(string path, IReadOnlyList<DockerVariable> globalArgs, IReadOnlyList<DockerStage> stages)
    {
        Path = path;
        GlobalArgs = globalArgs;
        Stages = stages;
    }

    public string Path { get; }

    /// <summary><c>ARG</c>s before the first <c>FROM</c>.</summary>
    public IReadOnlyList<DockerVariable> GlobalArgs { get; }

    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The stage the image is built from: the last one.</summary>
    public DockerStage? FinalStage => Stages.Count == 0 ? null : Stages[Stages.Count - 1];

    /// <summary><c>Dockerfile</c>, <c>Dockerfile.prod</c>, <c>api.Dockerfile</c> (any case).</summary>
    public static bool IsDockerfilePath(string path)
    {
        var name = AppSettings.FileName(path);
        return name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The final stage and the stages it is built <c>FROM</c> (by stage name), final first: a
    /// stage inherits the environment of the stage it starts from.
    /// </summary>
    public IReadOnlyList<DockerStage> FinalStageChain()
    {
        var chain = new List<DockerStage>();
        var index = Stages.Count - 1;
        while (index >= 0 && chain.Count < Stages.Count)
        {
            var stage = Stages[index];
            chain.Add(stage);
            index = StageNamed(stage.BaseImage, before: index);
        }

        return chain;
    }

    /// <summary>
    /// The value the image's last <c>ENV</c> of <paramref name="name"/> gives it, along the final
    /// stage chain; null when no stage sets it.
    /// </summary>
    public string? FinalEnv(string name)
    {
        string? value = null;
        foreach (var stage in Enumerable.Reverse(FinalStageChain()))
        {
            foreach (var variable in stage.Env)
            {
                if (variable.Name == name)
                {
                    value = variable.Value;
                }
            }
        }

        return value;
    }

    /// <summary>
    /// The working directory of the image when the final stage chain sets it with <c>WORKDIR</c>
    /// to a path known here: absolute, or relative to an earlier known one, without variables.
    /// Null otherwise (the base image's own WORKDIR is not known).
    /// </summary>
    public string? WorkingDirectory()
    {
        string? directory = null;
        foreach (var stage in Enumerable.Reverse(FinalStageChain()))
        {
            foreach (var workDir in stage.WorkDirs)
            {
                if (workDir.IndexOf('$') >= 0)
                {
                    directory = null;
                }
                else if (workDir.StartsWith("/", StringComparison.Ordinal))
                {
                    directory = workDir;
                }
                else
                {
                    directory = directory is null ? null : directory.TrimEnd('/') + "/" + workDir;
                }
            }
        }

        return directory;
    }

    private int StageNamed(string name, int before)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (Stages[i].Name is { } stageName && stageName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public static Dockerfile Read(string path, string text)
    {
        var globalArgs = new List<DockerVariable>();
        var stages = new List<StageBuilder>();
        foreach (var instruction in Instructions(text))
        {
            var keyword = instruction.Keyword.ToUpperInvariant();
            var words = Words(instruction.Arguments);
            if (keyword == "FROM")
            {
                stages.Add(StageBuilder.From(words, instruction.Line));
                continue;
            }

            var stage = stages.Count == 0 ? null : stages[stages.Count - 1];
            switch (keyword)
            {
                case "ARG":
                    foreach (var word in words)
                    {
                        var equals = word.IndexOf('=');
                        var variable = equals < 0
                            ? new DockerVariable(word, null, instruction.Line)
                            : new DockerVariable(word.Substring(0, equals), word.Substring(equals + 1), instruction.Line);
                        if (variable.Name.Length > 0)
                        {
                            (stage?.Args ?? globalArgs).Add(variable);
                        }
                    }

                    break;
                case "ENV" when stage is not null:
                    stage.Env.AddRange(EnvVariables(instruction.Arguments, words, instruction.Line));
                    break;
                case "USER" when stage is not null && words.Count > 0:
                    stage.User = words[0];
                    break;
                case "EXPOSE" when stage is not null:
                    stage.Exposed.AddRange(words);
                    break;
                case "WORKDIR" when stage is not null && words.Count > 0:
                    stage.WorkDirs.Add(words[0]);
                    break;
            }
        }

        return new Dockerfile(path, globalArgs, stages.ConvertAll(stage => stage.Build()));
    }

    /// <summary><c>ENV A=1 B="x y"</c>, or the legacy <c>ENV A 1 2</c> (one variable, the rest of the line its value).</summary>
    private static IEnumerable<DockerVariable> EnvVariables(string arguments, List<string> words, int line)
    {
        if (words.Count == 0)
        {
            yield break;
        }

        if (words[0].IndexOf('=') <= 0)
        {
            var trimmed = arguments.TrimStart();
            var nameEnd = 0;
            while (nameEnd < trimmed.Length && !char.IsWhiteSpace(trimmed[nameEnd]))
            {
                nameEnd++;
            }

            yield return new DockerVariable(words[0], trimmed.Substring(nameEnd).Trim(), line);
            yield break;
        }

        foreach (var word in words)
        {
            var equals = word.IndexOf('=');
            if (equals > 0)
            {
                yield return new DockerVariable(word.Substring(0, equals), word.Substring(equals + 1), line);
            }
        }
    }

    private readonly struct Instruction
    {
        public Instruction(string keyword, string arguments, int line)
        {
            Keyword = keyword;
            Arguments = arguments;
            Line = line;
        }

        public string Keyword { get; }

        public string Arguments { get; }

        public int Line { get; }
    }

    /// <summary>Logical instructions: continuations joined, comment lines dropped (also inside a continuation).</summary>
    private static IEnumerable<Instruction> Instructions(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var escape = '\\';
        var directives = true;
        var builder = new StringBuilder();
        var startLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (builder.Length == 0 && directives && trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                var directive = trimmed.Substring(1).Trim();
                var equals = directive.IndexOf('=');
                if (equals > 0 && directive.Substring(0, equals).Trim().Equals("escape", StringComparison.OrdinalIgnoreCase))
                {
                    var value = directive.Substring(equals + 1).Trim();
                    if (value is "`" or "\\")
                    {
                        escape = value[0];
                    }

                    continue;
                }
            }

            if (trimmed.Length > 0)
            {
                directives = false;
            }

            if (trimmed.StartsWith("#", StringComparison.Ordinal) || (trimmed.Length == 0 && builder.Length > 0))
            {
                continue;
            }

            if (builder.Length == 0)
            {
                if (trimmed.Length == 0)
                {
                    continue;
                }

                startLine = i + 1;
            }

            var content = line.TrimEnd();
            if (content.Length > 0 && content[content.Length - 1] == escape)
            {
                builder.Append(content, 0, content.Length - 1).Append(' ');
                continue;
            }

            builder.Append(content);
            var logical = builder.ToString().Trim();
            builder.Clear();
            var split = 0;
            while (split < logical.Length && !char.IsWhiteSpace(logical[split]))
            {
                split++;
            }

            yield return new Instruction(logical.Substring(0, split), logical.Substring(split), startLine);
        }

        if (builder.Length > 0)
        {
            var logical = builder.ToString().Trim();
            var split = 0;
            while (split < logical.Length && !char.IsWhiteSpace(logical[split]))
            {
                split++;
            }

            yield return new Instruction(logical.Substring(0, split), logical.Substring(split), startLine);
        }
    }

    /// <summary>Shell-like words: whitespace separates, single and double quotes group and are removed, <c>\</c> escapes.</summary>
    private static List<string> Words(string arguments)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = '\0';
        for (var i = 0; i < arguments.Length; i++)
        {
            var character = arguments[i];
            if (quote != '\0')
            {
                if (character == quote)
                {
                    quote = '\0';
                }
                else if (character == '\\' && quote == '"' && i + 1 < arguments.Length)
                {
                    word.Append(arguments[++i]);
                }
                else
                {
                    word.Append(character);
                }

                continue;
            }

            if (char.IsWhiteSpace(character))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            inWord = true;
            if (character is '"' or '\'')
            {
                quote = character;
            }
            else if (character == '\\' && i + 1 < arguments.Length)
            {
                word.Append(arguments[++i]);
            }
            else
            {
                word.Append(character);
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private sealed class StageBuilder
    {
        private StageBuilder(string baseImage, string? name, int line)
        {
            BaseImage = baseImage;
            Name = name;
            Line = line;
        }

        public string BaseImage { get; }

        public string? Name { get; }

        public int Line { get; }

        public List<DockerVariable> Env { get; } = new();

        public List<DockerVariable> Args { get; } = new();

        public List<string> Exposed { get; } = new();

        public List<string> WorkDirs { get; } = new();

        public string? User { get; set; }

        public static StageBuilder From(List<string> words, int line)
        {
            var rest = words.FindAll(word => !word.StartsWith("--", StringComparison.Ordinal));
            var image = rest.Count > 0 ? rest[0] : string.Empty;
            var name = rest.Count >= 3 && rest[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? rest[2] : null;
            return new StageBuilder(image, name, line);
        }

        public DockerStage Build() => new(BaseImage, Name, Line, Env, Args, User, Exposed, WorkDirs);
    }
}
