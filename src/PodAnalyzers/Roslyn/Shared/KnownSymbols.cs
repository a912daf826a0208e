using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.Shared;

/// <summary>The BCL types POD2001 and POD2025 look at, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation)
    {
        File = compilation.GetTypeByMetadataName("System.IO.File");
        FileInfo = compilation.GetTypeByMetadataName("System.IO.FileInfo");
        Directory = compilation.GetTypeByMetadataName("System.IO.Directory");
        FileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
        StreamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
        FileStreamOptions = compilation.GetTypeByMetadataName("System.IO.FileStreamOptions");
        Path = compilation.GetTypeByMetadataName("System.IO.Path");
        Environment = compilation.GetTypeByMetadataName("System.Environment");
        Process = compilation.GetTypeByMetadataName("System.Diagnostics.Process");
        ProcessStartInfo = compilation.GetTypeByMetadataName("System.Diagnostics.ProcessStartInfo");
    }

    public INamedTypeSymbol? File { get; }

    public INamedTypeSymbol? FileInfo { get; }

    public INamedTypeSymbol? Directory { get; }

    public INamedTypeSymbol? FileStream { get; }

    public INamedTypeSymbol? StreamWriter { get; }

    public INamedTypeSymbol? FileStreamOptions { get; }

    public INamedTypeSymbol? Path { get; }

    public INamedTypeSymbol? Environment { get; }

    public INamedTypeSymbol? Process { get; }

    public INamedTypeSymbol? ProcessStartInfo { get; }

    /// <summary>Null when the compilation has none of the types that can write a file or start a process.</summary>
    public static KnownSymbols? Resolve(Compilation compilation)
    {
        var symbols = new KnownSymbols(compilation);
        return symbols.File is null && symbols.FileInfo is null && symbols.FileStream is null
            && symbols.StreamWriter is null && symbols.Process is null && symbols.ProcessStartInfo is null
            ? null
            : symbols;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
