using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace PodAnalyzers.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate-consumer")
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: generate-consumer <directory> [manifests=500] [lines=100000]");
                return 2;
            }

            var manifests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
            var lines = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100_000;
            ConsumerGenerator.Write(Path.GetFullPath(args[1]), RepositoryRoot(), manifests, lines);
            Console.WriteLine($"Wrote {manifests} manifests and ~{lines} lines of C# to {Path.GetFullPath(args[1])}");
            return 0;
        }

        if (args.Length > 1 && args[0] == "build-profile")
        {
            BuildProfile.Run(Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, generatorOnly: args.Contains("--generator-only"));
            return 0;
        }

        if (args.Length > 2 && args[0] == "cold")
        {
            BuildProfile.Cold(Path.GetFullPath(args[1]), args[2]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "scaling")
        {
            StageTimer.Scaling(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
            return 0;
        }

        if (args.Length > 0 && args[0] == "rules")
        {
            RuleTimer.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30);
            return 0;
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            StageTimer.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PodAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PodAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
