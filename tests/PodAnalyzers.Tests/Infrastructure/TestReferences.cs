using Microsoft.CodeAnalysis.Testing;

namespace PodAnalyzers.Tests.Infrastructure;

internal static class TestReferences
{
    /// <summary>
    /// .NET 8 reference assemblies; the test project's PackageDownload restores them, so no test
    /// downloads anything while it runs.
    /// </summary>
    public static ReferenceAssemblies Net80 => ReferenceAssemblies.Net.Net80;
}
