namespace PodAnalyzers;

internal static class ThisAssembly
{
    /// <summary>The package version, stamped into generated code.</summary>
    public static readonly string Version =
        typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
