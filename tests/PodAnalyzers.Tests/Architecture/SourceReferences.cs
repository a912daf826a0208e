using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Architecture;

/// <summary>One namespace a source file of the analyzer assembly uses, and where.</summary>
internal sealed record NamespaceReference(string File, int Line, string FromNamespace, string ToNamespace, string Symbol)
{
    public override string ToString() => $"{File}({Line}): {FromNamespace} uses {ToNamespace} ({Symbol})";
}

/// <summary>
/// Binds the sources of src/PodAnalyzers and lists every namespace each file uses: the symbols its
/// names bind to, the types of its expressions, and its using directives.
/// </summary>
internal static class SourceReferences
{
    public static readonly string SourceRoot = Path.Combine(TestPaths.RepositoryRoot, "src", "PodAnalyzers");

    private static readonly Lazy<(CSharpCompilation Compilation, IReadOnlyList<NamespaceReference> References)> Analysis = new(Analyze);

    public static CSharpCompilation Compilation => Analysis.Value.Compilation;

    public static IReadOnlyList<NamespaceReference> All => Analysis.Value.References;

    private static (CSharpCompilation, IReadOnlyList<NamespaceReference>) Analyze()
    {
        var trees = Directory.GetFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), Path.GetRelativePath(SourceRoot, path).Replace('\\', '/')))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "PodAnalyzersArchitecture",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var references = new List<NamespaceReference>();
        foreach (var tree in trees)
        {
            references.AddRange(ReferencesOf(tree, compilation.GetSemanticModel(tree)));
        }

        return (compilation, references);
    }

    private static IEnumerable<NamespaceReference> ReferencesOf(SyntaxTree tree, SemanticModel model)
    {
        var root = tree.GetCompilationUnitRoot();
        var fileNamespace = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString() ?? string.Empty;
        foreach (var node in root.DescendantNodes())
        {
            var symbols = node switch
            {
                UsingDirectiveSyntax usingDirective => new[] { model.GetSymbolInfo(usingDirective.Name!).Symbol },
                SimpleNameSyntax name => new[] { model.GetSymbolInfo(name).Symbol },
                ExpressionSyntax expression => new ISymbol?[] { model.GetTypeInfo(expression).Type, model.GetTypeInfo(expression).ConvertedType },
                _ => Array.Empty<ISymbol?>(),
            };
            foreach (var symbol in symbols)
            {
                if (NamespaceOf(symbol) is { } used && used != fileNamespace)
                {
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    yield return new NamespaceReference(tree.FilePath, line, fileNamespace, used, symbol!.ToDisplayString());
                }
            }
        }
    }

    private static string? NamespaceOf(ISymbol? symbol)
    {
        var namespaceSymbol = symbol switch
        {
            null or ITypeParameterSymbol or IErrorTypeSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol => null,
            INamespaceSymbol ns => ns,
            IArrayTypeSymbol array => array.ElementType.ContainingNamespace,
            IPointerTypeSymbol pointer => pointer.PointedAtType.ContainingNamespace,
            IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType.ContainingNamespace,
            ITypeSymbol type => type.ContainingNamespace,
            _ => symbol.ContainingType?.ContainingNamespace ?? symbol.ContainingNamespace,
        };
        return namespaceSymbol is null || namespaceSymbol.IsGlobalNamespace ? null : namespaceSymbol.ToDisplayString();
    }

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("PodAnalyzers", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(SourceRoot, path).Replace('\\', '/');
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
    }
}
