using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// The names a call or a creation is written with, read from syntax alone: they let POD2001 skip
/// almost every node without binding it.
/// </summary>
internal static class CandidateSyntax
{
    /// <summary>
    /// <c>Name</c> in <c>Name(...)</c>, <c>a.b.Name(...)</c>, <c>Name&lt;T&gt;(...)</c> and <c>a?.Name(...)</c>;
    /// null when another expression is invoked (a delegate returned by a call, say).
    /// </summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) =>
        invocation.Expression switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
            _ => null,
        };

    /// <summary><c>Name</c> in <c>new Name(...)</c>, <c>new a.b.Name(...)</c>, <c>new global::a.Name(...)</c>; null for other types (<c>new int()</c>).</summary>
    public static string? CreatedTypeName(ObjectCreationExpressionSyntax creation) => RightmostName(creation.Type);

    /// <summary>
    /// The using-alias names a creation in this document may be spelled with: those in scope in
    /// the file's top level (global aliases from any file, and the file's own) and those declared
    /// in its namespaces. Bound per document, so no other file's syntax is touched.
    /// </summary>
    public static HashSet<string> AliasNames(SemanticModel model, CompilationUnitSyntax unit, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);

        // At the end of the file: after its usings (at their own position they are not yet in scope).
        foreach (var scope in model.GetImportScopes(unit.EndOfFileToken.SpanStart, cancellationToken))
        {
            foreach (var alias in scope.Aliases)
            {
                names.Add(alias.Name);
            }
        }

        AddAliasNames(unit.Usings, unit.Members, names);
        return names;
    }

    private static string? RightmostName(TypeSyntax type) =>
        type switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            _ => null,
        };

    /// <summary>Usings sit at the top of a file or of a namespace: types and their members are never searched.</summary>
    private static void AddAliasNames(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax nested)
            {
                AddAliasNames(nested.Usings, nested.Members, names);
            }
        }
    }
}
