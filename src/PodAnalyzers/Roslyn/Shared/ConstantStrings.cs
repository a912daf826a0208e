using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.CodeAndManifests;
using PodAnalyzers.HostsFile;

namespace PodAnalyzers.Roslyn.Shared;

/// <summary>
/// Evaluates string values known at compile time: constants (literals, const fields and locals,
/// constant concatenation and interpolation), locals assigned exactly once from such values,
/// concatenation and interpolation of those, <c>Path.Combine</c>/<c>Path.Join</c>, and the
/// Windows directory (<c>Environment.GetFolderPath</c>, <c>%SystemRoot%</c>) and the temp directory
/// (<c>Path.GetTempPath()</c>, <see cref="ContainerPaths.TempDirectory"/>) symbolically.
/// Anything else is unknown (null): unknown values are never reported.
/// </summary>
internal sealed class ConstantStrings
{
    private const int MaxDepth = 10;

    // Environment.SpecialFolder values.
    private const int SpecialFolderWindows = 36;
    private const int SpecialFolderSystem = 37;

    private readonly KnownSymbols? symbols;

    /// <param name="symbols">
    /// The BCL types whose calls are evaluated (<c>Path</c>, <c>Environment</c>); null evaluates the
    /// language only (constants, locals assigned once, <c>+</c>, interpolation), for values that are
    /// not paths.
    /// </param>
    public ConstantStrings(KnownSymbols? symbols) => this.symbols = symbols;

    public string? Evaluate(IOperation? operation) => Evaluate(operation, 0);

    /// <summary>The strings of an array or list built from known strings (<c>new[] { "a", "b" }</c>).</summary>
    public IReadOnlyList<string>? EvaluateList(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case IArgumentOperation argument:
                return EvaluateList(argument.Value, depth + 1);
            case IConversionOperation conversion:
                return EvaluateList(conversion.Operand, depth + 1);
            case ILocalReferenceOperation local:
                return EvaluateList(SingleAssignment(local.Local, operation), depth + 1);
            case IArrayCreationOperation { Initializer: { } initializer }:
                var values = new List<string>();
                foreach (var element in initializer.ElementValues)
                {
                    if (Evaluate(element, depth + 1) is not { } value)
                    {
                        return null;
                    }

                    values.Add(value);
                }

                return values;
            default:
                return null;
        }
    }

    /// <summary>The value a local gets when it is assigned exactly once in its method (declaration included).</summary>
    public static IOperation? SingleAssignment(ILocalSymbol local, IOperation anywhereInMethod)
    {
        if (local.IsRef)
        {
            return null;
        }

        var root = anywhereInMethod;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        IOperation? value = null;
        var assignments = 0;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        assignments++;
                        value = initializer.Value;
                    }

                    break;
                case IAssignmentOperation assignment when Targets(assignment.Target, local):
                    assignments++;
                    value = assignment is ISimpleAssignmentOperation { IsRef: false } simple ? simple.Value : null;
                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None } argument when Targets(argument.Value, local):
                    return null;
                case ILocalReferenceOperation { IsDeclaration: true } declaration when SymbolEqualityComparer.Default.Equals(declaration.Local, local):
                    return null;
                case IAddressOfOperation address when Targets(address.Reference, local):
                    return null;
            }

            if (assignments > 1)
            {
                return null;
            }
        }

        return assignments == 1 ? value : null;
    }

    private static bool Targets(IOperation? target, ILocalSymbol local) =>
        target switch
        {
            ILocalReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Local, local),
            ITupleOperation tuple => tuple.Elements.Any(element => Targets(element, local)),
            IDeclarationExpressionOperation declaration => Targets(declaration.Expression, local),
            IConversionOperation conversion => Targets(conversion.Operand, local),
            _ => false,
        };

    private string? Evaluate(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value as string;
        }

        switch (operation)
        {
            case IArgumentOperation argument:
                return Evaluate(argument.Value, depth + 1);
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return Evaluate(binary.LeftOperand, depth + 1) is { } left && Evaluate(binary.RightOperand, depth + 1) is { } right
                    ? left + right
                    : null;
            case IInterpolatedStringOperation interpolated:
                return EvaluateInterpolation(interpolated, depth);
            case ILocalReferenceOperation local:
                return Evaluate(SingleAssignment(local.Local, operation), depth + 1);
            case IInvocationOperation invocation:
                return EvaluateInvocation(invocation, depth);
            default:
                return null;
        }
    }

    private string? EvaluateInterpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text when Evaluate(text.Text, depth + 1) is { } literal:
                    builder.Append(literal);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole when Evaluate(hole.Expression, depth + 1) is { } value:
                    builder.Append(value);
                    break;
                default:
                    return null;
            }
        }

        return builder.ToString();
    }

    private string? EvaluateInvocation(IInvocationOperation invocation, int depth)
    {
        if (symbols is null)
        {
            return null;
        }

        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (KnownSymbols.Is(type, symbols.Path) && method.Name == "GetTempPath" && invocation.Arguments.Length == 0)
        {
            return ContainerPaths.TempDirectory + "/";
        }

        if (KnownSymbols.Is(type, symbols.Path) && method.Name is "Combine" or "Join")
        {
            var parts = new List<string>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    if (EvaluateList(argument.Value, depth + 1) is not { } items)
                    {
                        return null;
                    }

                    parts.AddRange(items);
                }
                else if (Evaluate(argument.Value, depth + 1) is { } part)
                {
                    parts.Add(part);
                }
                else
                {
                    return null;
                }
            }

            if (parts.Count == 0)
            {
                return null;
            }

            var result = parts[0];
            for (var i = 1; i < parts.Count; i++)
            {
                result = method.Name == "Combine" ? HostsPaths.Combine(result, parts[i]) : HostsPaths.Join(result, parts[i]);
            }

            return result;
        }

        if (KnownSymbols.Is(type, symbols.Environment))
        {
            switch (method.Name)
            {
                case "GetFolderPath" when invocation.Arguments.Length >= 1 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int folder }:
                    return folder switch
                    {
                        SpecialFolderSystem => HostsPaths.System32,
                        SpecialFolderWindows => HostsPaths.SystemRoot,
                        _ => null,
                    };
                case "ExpandEnvironmentVariables" when invocation.Arguments.Length == 1:
                    return Evaluate(invocation.Arguments[0].Value, depth + 1) is { } unexpanded ? HostsPaths.ExpandSystemRoot(unexpanded) : null;
                case "GetEnvironmentVariable" when invocation.Arguments.Length == 1:
                    return Evaluate(invocation.Arguments[0].Value, depth + 1) is { } name
                        && (string.Equals(name, "SystemRoot", System.StringComparison.OrdinalIgnoreCase) || string.Equals(name, "windir", System.StringComparison.OrdinalIgnoreCase))
                        ? HostsPaths.SystemRoot
                        : null;
            }
        }

        return null;
    }
}
