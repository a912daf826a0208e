using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Validation;

namespace PodAnalyzers.Tests.Kubernetes.Validation;

/// <summary>A fact that shows as skipped, with the reason, when kubectl is not on PATH.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        if (Kubectl.Path is null)
        {
            Skip = "kubectl is not on PATH";
        }
    }
}

internal static class Kubectl
{
    public static readonly string? Path = Find();

    private static string? Find()
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator);
        return dirs.Where(d => d.Length > 0)
            .Select(d => System.IO.Path.Combine(d, OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl"))
            .FirstOrDefault(File.Exists);
    }

    public static (int ExitCode, string StdOut, string StdErr) Run(params string[] args)
    {
        var info = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}

public class KubectlCrossCheckTests
{
    private static readonly string[] Values =
    {
        "", "a", "Z", "9", "good-value", "my_value", "v1.2.3", "MyValue", "a-_.b", new string('a', 63),
        "-bad", "bad-", ".", "_", "a b", " a", "a/b", "a:b", "é", "日本", "true?", "a@b", "a,b",
        new string('a', 64), new string('a', 62) + "é", new string('-', 64), "a..b", "A.B-C_D", "x.", "0-0",
    };

    [KubectlFact]
    public void LabelValuesAgreeWithKubectl()
    {
        // kubectl validates with the apimachinery of its own client version; word messages the same way.
        var version = ClientVersion();
        var pod = Path.Combine(Path.GetTempPath(), "podanalyzers-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(pod, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: busybox\n");
        var disagreements = new List<string>();
        try
        {
            foreach (var value in Values)
            {
                var (exit, _, stderr) = Kubectl.Run("label", "--local", "-f", pod, "k=" + value, "-o", "yaml");
                var ours = LabelValidation.ValidateValue(value, version);
                if ((exit == 0) != (ours.Count == 0))
                {
                    disagreements.Add($"'{value}': kubectl exit {exit} ({stderr.Trim()}), ours [{string.Join("; ", ours)}]");
                }
                else if (ours.Count > 0 && !stderr.Contains(ours[0], StringComparison.Ordinal))
                {
                    disagreements.Add($"'{value}': kubectl said '{stderr.Trim()}', ours '{ours[0]}'");
                }
            }
        }
        finally
        {
            File.Delete(pod);
        }

        Assert.Empty(disagreements);
    }

    private static KubernetesVersion ClientVersion()
    {
        var (_, stdout, _) = Kubectl.Run("version", "--client", "-o", "json");
        var match = Regex.Match(stdout, "\"minor\"\\s*:\\s*\"(\\d+)");
        var minor = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : KubernetesVersion.Default.Minor;
        return new KubernetesVersion(Math.Clamp(minor, KubernetesVersion.Oldest.Minor, KubernetesVersion.Newest.Minor));
    }
}
