using System;
using System.Globalization;
using System.Text;

namespace PodAnalyzers.Benchmarks;

/// <summary>
/// One C# file of the real-build consumer, written the way C# is written today: file-scoped
/// namespace, records, target-typed <c>new</c> wherever a type is declared, <c>var</c>, collection
/// expressions, LINQ, <c>using</c> declarations, async, and File/Path/Process calls that read.
/// Each method uses generated constants. The text depends on the indices only.
/// </summary>
internal static class ConsumerModule
{
    private const string Header = """
        using System.Diagnostics;
        using System.Globalization;
        using System.Text;

        namespace Consumer.Modules;

        /// <summary>An entry of __MODULE__'s workload.</summary>
        public sealed record __MODULE__Entry(string Name, int Port, IReadOnlyList<string> Tags)
        {
            public static __MODULE__Entry Empty { get; } = new(string.Empty, 0, []);

            public int Weight => Tags.Sum(tag => tag.Length) + Port;
        }

        /// <summary>Generated workload for the build benchmark.</summary>
        public static class __MODULE__
        {
            private static readonly Dictionary<string, __MODULE__Entry> Entries = new(StringComparer.Ordinal);
            private static readonly List<string> Log = new();
            private static readonly Lock Gate = new();

        """;

    // Rotated method by method; each uses the constants of __POD__ and is named Step__M__.
    private static readonly string[] Steps =
    [
        """
            public static int Step__M__(int seed)
            {
                List<int> values = new(seed);
                for (var i = 0; i < seed; i++)
                {
                    values.Add((i * 31) ^ seed);
                }

                var text = string.Join(",", values.Where(v => v % 3 == 0).Select(v => v.ToString(CultureInfo.InvariantCulture)));
                __MODULE__Entry entry = new(__POD__.Name, __POD__.Containers.App.Ports.Http, [__POD__.Labels.App]);
                var renamed = entry with { Name = entry.Name + ":" + text.Length };
                Entries[renamed.Name] = renamed;
                return text.Length + renamed.Weight + values.Sum();
            }

        """,
        """
            public static int Step__M__(int seed)
            {
                using StringWriter writer = new(CultureInfo.InvariantCulture);
                writer.Write(__POD__.Name);
                writer.Write('=');
                writer.Write(__POD__.Containers.App.Ports.Metrics + seed);
                using var reader = new StringReader(writer.ToString());
                var line = reader.ReadLine() ?? string.Empty;
                Dictionary<char, int> counts = new();
                foreach (var character in line)
                {
                    counts[character] = counts.GetValueOrDefault(character) + 1;
                }

                StringBuilder summary = new();
                summary.AppendJoin(';', counts.OrderByDescending(pair => pair.Value).Take(3).Select(pair => $"{pair.Key}:{pair.Value}"));
                return summary.Length + line.Replace('=', ':').Length;
            }

        """,
        """
            public static int Step__M__(int seed)
            {
                var path = Path.Combine(Path.GetTempPath(), "consumer", $"{__POD__.Name}-{seed}.txt");
                FileInfo info = new(path);
                if (!info.Exists || !File.Exists(path))
                {
                    return Path.GetFileNameWithoutExtension(path).Length;
                }

                var matches = File.ReadLines(path)
                    .Where(line => line.Contains(__POD__.Labels.App, StringComparison.Ordinal))
                    .Select(line => line.Trim())
                    .ToList();
                lock (Gate)
                {
                    Log.Add($"{path}: {matches.Count}");
                }

                return matches.Count + (int)info.Length;
            }

        """,
        """
            public static __MODULE__Entry Describe__M__(int seed)
            {
                var port = seed switch
                {
                    < 0 => 0,
                    0 => __POD__.Containers.App.Ports.Http,
                    _ => __POD__.Containers.App.Ports.Metrics + (seed % 100),
                };
                if (Entries.TryGetValue(__POD__.Name, out var known) && known.Port == port)
                {
                    return known;
                }

                return new(__POD__.Name, port, __POD__.Labels.App.Split('-'));
            }

            public static int Step__M__(int seed) => Describe__M__(seed) is { Port: > 0 } entry ? entry.Weight : 0;

        """,
        """
            public static async Task<int> Step__M__(int seed, CancellationToken cancellationToken = default)
            {
                using MemoryStream buffer = new(capacity: 256);
                await buffer.WriteAsync(Encoding.UTF8.GetBytes(__POD__.Containers.App.Image), cancellationToken);
                buffer.Position = 0;
                using StreamReader reader = new(buffer, Encoding.UTF8);
                var image = await reader.ReadToEndAsync(cancellationToken);
                await Task.Delay(TimeSpan.FromMilliseconds(seed % 5), cancellationToken);
                var parts = image.Split('/', ':');
                return parts.Sum(part => part.Length) + __POD__.Containers.Sidecar.Ports.Port15001;
            }

        """,
    ];

    // Every tenth file starts git once: a process call that writes nothing.
    private const string ProcessCall = """
            public static string? Revision()
            {
                ProcessStartInfo startInfo = new("git", ["rev-parse", "--short", "HEAD"])
                {
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                };
                using var process = Process.Start(startInfo);
                var watch = Stopwatch.StartNew();
                var revision = process?.StandardOutput.ReadLine();
                Log.Add($"git: {watch.ElapsedMilliseconds} ms");
                return revision;
            }

        """;

    public static string Write(int index, int manifests, int lines)
    {
        var name = "Module" + index.ToString("D4", CultureInfo.InvariantCulture);
        var pod = "Pods.Service" + (index % manifests).ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder(Header).Append('\n');
        if (index % 10 == 0)
        {
            code.Append(ProcessCall).Append('\n');
        }

        for (var method = 0; Lines(code) < lines - 3; method++)
        {
            code.Append(Steps[method % Steps.Length].Replace("__M__", method.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append('\n');
        }

        code.Append("    public static int Run(int seed) => Step0(seed);\n}\n");
        return code.Replace("__MODULE__", name).Replace("__POD__", pod).ToString();
    }

    private static int Lines(StringBuilder code)
    {
        var lines = 0;
        foreach (var chunk in code.GetChunks())
        {
            lines += chunk.Span.Count('\n');
        }

        return lines;
    }
}
