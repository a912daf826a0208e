using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// Whether code handles a read's null result: the operand of <c>??</c> or <c>?.</c>, compared with
/// null, tested with <c>is</c> (<c>is null</c>, <c>is not null</c>, <c>is { } x</c>, <c>is string</c>),
/// passed to <c>string.IsNullOrEmpty</c>/<c>IsNullOrWhiteSpace</c> or an <c>ArgumentNullException.ThrowIfNull</c>-style
/// guard, or stored in a local that is checked so anywhere in the same body. The null-forgiving
/// <c>!</c> is never a check.
/// </summary>
internal static class NullChecks
{
    public static bool IsNullChecked(IOperation read)
    {
        var (value, parent) = Climb(read);
        if (value.Syntax.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression) || read.Syntax.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression))
        {
            return false;
        }

        if (IsDirectCheck(value, parent))
        {
            return true;
        }

        ILocalSymbol? local = parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value => target.Local,
            _ => null,
        };
        return local is not null && LocalIsChecked(local, read);
    }

    /// <summary>Up through implicit conversions and parentheses.</summary>
    private static (IOperation Value, IOperation? Parent) Climb(IOperation operation)
    {
        var value = operation;
        var parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            value = parent;
            parent = parent.Parent;
        }

        return (value, parent);
    }

    private static bool IsDirectCheck(IOperation value, IOperation? parent) =>
        parent switch
        {
            ICoalesceOperation coalesce => coalesce.Value == value,
            IConditionalAccessOperation access => access.Operation == value,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison =>
                IsNull(comparison.LeftOperand == value ? comparison.RightOperand : comparison.LeftOperand),
            IIsPatternOperation pattern => pattern.Value == value,
            IIsTypeOperation test => test.ValueOperand == value,
            IArgumentOperation { Parent: IInvocationOperation invocation } => IsGuard(invocation.TargetMethod),
            _ => false,
        };

    private static bool IsNull(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: null };

    private static bool IsGuard(IMethodSymbol method) =>
        method.Name switch
        {
            "IsNullOrEmpty" or "IsNullOrWhiteSpace" => method.ContainingType?.SpecialType == SpecialType.System_String,
            "ThrowIfNull" or "ThrowIfNullOrEmpty" or "ThrowIfNullOrWhiteSpace" => method.ContainingType?.Name is "ArgumentNullException" or "ArgumentException",
            _ => false,
        };

    private static bool LocalIsChecked(ILocalSymbol local, IOperation read)
    {
        var root = read;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants()
            .OfType<ILocalReferenceOperation>()
            .Any(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && Climb(reference) is var (value, parent)
                && IsDirectCheck(value, parent));
    }
}
