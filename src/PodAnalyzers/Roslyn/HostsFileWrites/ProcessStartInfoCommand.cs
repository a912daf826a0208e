using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// The command a <c>new ProcessStartInfo(...)</c> describes: constructor arguments, object
/// initializer, and later assignments to the local it is stored in (<c>psi.Arguments = ...</c>,
/// <c>psi.ArgumentList.Add(...)</c>). Null when any part is unknown or assigned twice.
/// </summary>
internal sealed class ProcessStartInfoCommand
{
    private ProcessStartInfoCommand(string fileName, string? arguments, IReadOnlyList<string>? argumentList)
    {
        FileName = fileName;
        Arguments = arguments;
        ArgumentList = argumentList;
    }

    public string FileName { get; }

    public string? Arguments { get; }

    /// <summary>Null when ArgumentList was not used.</summary>
    public IReadOnlyList<string>? ArgumentList { get; }

    public static ProcessStartInfoCommand? Read(IObjectCreationOperation creation, ConstantStrings constants)
    {
        var state = new State(constants);
        foreach (var argument in creation.Arguments)
        {
            var ok = argument.Parameter?.Name switch
            {
                "fileName" => state.Set(ref state.FileName, argument.Value),
                "arguments" when argument.Parameter.Type.SpecialType == SpecialType.System_String => state.Set(ref state.Arguments, argument.Value),
                "arguments" => state.AddAll(argument.Value),
                _ => true,
            };
            if (!ok)
            {
                return null;
            }
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            if (!state.Apply(initializer))
            {
                return null;
            }
        }

        if (DeclaredLocal(creation) is { } local && !ApplyLaterUses(local, creation, state))
        {
            return null;
        }

        return state.FileName is { } fileName ? new ProcessStartInfoCommand(fileName, state.Arguments, state.ArgumentList) : null;
    }

    private static ILocalSymbol? DeclaredLocal(IObjectCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;
    }

    private static bool ApplyLaterUses(ILocalSymbol local, IOperation anywhere, State state)
    {
        var root = anywhere;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var uses = new List<IOperation>();
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    // The local is replaced by another object: too dynamic.
                    return false;
                case IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } } when SymbolEqualityComparer.Default.Equals(instance.Local, local):
                    uses.Add(operation);
                    break;
                case IInvocationOperation { Instance: IPropertyReferenceOperation { Property.Name: "ArgumentList", Instance: ILocalReferenceOperation instance } } when SymbolEqualityComparer.Default.Equals(instance.Local, local):
                    uses.Add(operation);
                    break;
            }
        }

        uses.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        foreach (var use in uses)
        {
            if (!state.Apply(use))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class State
    {
        private readonly ConstantStrings constants;
        private readonly HashSet<string> assigned = new();
        private List<string>? argumentList;

        public State(ConstantStrings constants) => this.constants = constants;

        public string? FileName;

        public string? Arguments;

        public IReadOnlyList<string>? ArgumentList => argumentList;

        public bool Set(ref string? field, IOperation value)
        {
            if (constants.Evaluate(value) is not { } text)
            {
                return false;
            }

            field = text;
            return true;
        }

        public bool AddAll(IOperation value)
        {
            if (constants.EvaluateList(value) is not { } items)
            {
                return false;
            }

            (argumentList ??= new List<string>()).AddRange(items);
            return true;
        }

        /// <summary>One initializer or later statement: FileName/Arguments assignment, ArgumentList addition. Other members are irrelevant.</summary>
        public bool Apply(IOperation operation)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    var name = property.Property.Name;
                    if (name is not ("FileName" or "Arguments"))
                    {
                        return true;
                    }

                    if (!assigned.Add(name))
                    {
                        return false;
                    }

                    return name == "FileName" ? Set(ref FileName, assignment.Value) : Set(ref Arguments, assignment.Value);
                case IAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "FileName" or "Arguments" } }:
                    return false;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "ArgumentList" }, Initializer: var items }:
                    foreach (var item in items.Initializers)
                    {
                        if (!Apply(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add:
                    if (constants.Evaluate(add.Arguments[0].Value) is not { } argument)
                    {
                        return false;
                    }

                    (argumentList ??= new List<string>()).Add(argument);
                    return true;
                case IInvocationOperation:
                    // Clear, Insert, AddRange of unknown values...: unknown.
                    return false;
                default:
                    return true;
            }
        }
    }
}
