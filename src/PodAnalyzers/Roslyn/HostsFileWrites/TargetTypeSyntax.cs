using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// The type a target-typed <c>new(...)</c> creates, where syntax alone tells: a target-typed
/// creation creates exactly its target type, and a declaration spells that type out.
/// </summary>
internal static class TargetTypeSyntax
{
    /// <summary>
    /// The declared type of the variable, field, property or parameter the creation initialises, the
    /// type it is cast to, or the return type of the member or local function whose value it is (not
    /// when async: the target is then the task's result). Null where only binding tells: an
    /// argument, an assignment, a lambda.
    /// </summary>
    public static TypeSyntax? Of(ImplicitObjectCreationExpressionSyntax creation) =>
        ParentBeyondParentheses(creation) switch
        {
            CastExpressionSyntax cast => cast.Type,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Type,
            ArrowExpressionClauseSyntax arrow => ReturnType(arrow.Parent),
            ReturnStatementSyntax statement => ReturnType(statement.Ancestors().FirstOrDefault(IsFunction)),
            _ => null,
        };

    /// <summary>Parentheses, <c>checked(...)</c> and <c>!</c> pass the target type through.</summary>
    private static SyntaxNode? ParentBeyondParentheses(ExpressionSyntax expression)
    {
        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax or CheckedExpressionSyntax
            || parent.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static bool IsFunction(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax;

    private static TypeSyntax? ReturnType(SyntaxNode? function) =>
        function switch
        {
            MethodDeclarationSyntax method when !IsAsync(method.Modifiers) => method.ReturnType,
            LocalFunctionStatementSyntax local when !IsAsync(local.Modifiers) => local.ReturnType,
            OperatorDeclarationSyntax @operator => @operator.ReturnType,
            ConversionOperatorDeclarationSyntax conversion => conversion.Type,
            PropertyDeclarationSyntax property => property.Type,
            IndexerDeclarationSyntax indexer => indexer.Type,
            AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property } getter when getter.IsKind(SyntaxKind.GetAccessorDeclaration) => property.Type,
            _ => null,
        };

    private static bool IsAsync(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.AsyncKeyword);
}
