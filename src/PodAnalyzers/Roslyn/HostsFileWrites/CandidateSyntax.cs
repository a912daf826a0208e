using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

    /// <summary>
    /// The calls and creations whose name or <c>new</c> is the token at one of
    /// <paramref name="positions"/> (<see cref="CandidateText.WordPositions"/>), in the order a
    /// walk of the tree meets them. Tokens in trivia, literals and other nodes are left out.
    /// </summary>
    public static List<ExpressionSyntax> CallsAndCreationsAt(CompilationUnitSyntax unit, List<int> positions)
    {
        var nodes = new List<ExpressionSyntax>();
        foreach (var position in positions)
        {
            if (CallOrCreationAt(unit, position) is { } node)
            {
                nodes.Add(node);
            }
        }

        // A walk meets a node before the nodes it contains, which may start at the same position.
        nodes.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
        return nodes;
    }

    /// <summary><c>Name</c> in <c>new Name(...)</c>, <c>new a.b.Name(...)</c>, <c>new global::a.Name(...)</c>; null for other types (<c>new int()</c>).</summary>
    public static string? CreatedTypeName(ObjectCreationExpressionSyntax creation) => RightmostName(creation.Type);

    /// <summary>
    /// Whether a target-typed <c>new(...)</c> may create a type <paramref name="isHandledTypeName"/>
    /// accepts. Where syntax names no target type, one without arguments or initializer is never a
    /// write: FileStream and StreamWriter need arguments, and a ProcessStartInfo is followed into
    /// later assignments (<c>psi.FileName = ...</c>) only as a local's initial value, whose
    /// declaration (or a cast) names its type.
    /// </summary>
    public static bool MayCreate(ImplicitObjectCreationExpressionSyntax creation, Func<string, bool> isHandledTypeName) =>
        TargetTypeSyntax.Of(creation) is { } type
            ? MayName(type, isHandledTypeName)
            : creation.ArgumentList.Arguments.Count > 0 || creation.Initializer is not null;

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

    /// <summary>The invocation whose invoked name (<see cref="InvokedName"/>) or the creation whose <c>new</c> is the token at <paramref name="position"/>.</summary>
    private static ExpressionSyntax? CallOrCreationAt(CompilationUnitSyntax unit, int position)
    {
        var token = unit.FindToken(position);
        if (!token.Span.Contains(position))
        {
            // In a comment, a directive or inactive code.
            return null;
        }

        if (token.IsKind(SyntaxKind.NewKeyword))
        {
            return token.Parent as BaseObjectCreationExpressionSyntax;
        }

        if (token.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        ExpressionSyntax invoked = name.Parent switch
        {
            MemberAccessExpressionSyntax memberAccess when memberAccess.Name == name => memberAccess,
            MemberBindingExpressionSyntax memberBinding when memberBinding.Name == name => memberBinding,
            _ => name,
        };
        return invoked.Parent is InvocationExpressionSyntax invocation && invocation.Expression == invoked ? invocation : null;
    }

    /// <summary>A handled type is a named class: never a keyword type, an array, pointer or tuple; <c>T?</c> creates a <c>T</c>.</summary>
    private static bool MayName(TypeSyntax type, Func<string, bool> isHandledTypeName) =>
        type switch
        {
            NullableTypeSyntax nullable => MayName(nullable.ElementType, isHandledTypeName),
            _ when RightmostName(type) is { } name => isHandledTypeName(name),
            PredefinedTypeSyntax or ArrayTypeSyntax or PointerTypeSyntax or TupleTypeSyntax or FunctionPointerTypeSyntax => false,

            // A shape this filter does not read (ref, scoped): binding tells.
            _ => true,
        };

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
