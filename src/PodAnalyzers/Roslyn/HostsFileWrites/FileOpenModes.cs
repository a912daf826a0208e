using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>Whether FileMode/FileAccess/FileStreamOptions arguments open a file for writing.</summary>
internal sealed class FileOpenModes
{
    // System.IO.FileMode and FileAccess values.
    private const int FileModeOpen = 3;
    private const int FileModeAppend = 6;
    private const int FileAccessWrite = 2;

    private readonly KnownSymbols symbols;

    public FileOpenModes(KnownSymbols symbols) => this.symbols = symbols;

    /// <summary>
    /// Without an explicit access, <c>FileMode.Open</c> is taken as a read (the common way to read
    /// a file); every other mode creates, truncates or appends, which is a write.
    /// </summary>
    public bool OpensForWriting(ImmutableArray<IArgumentOperation> arguments)
    {
        if (OperationArguments.Find(arguments, "options") is { } options && KnownSymbols.Is(options.Parameter?.Type, symbols.FileStreamOptions))
        {
            return OptionsWrite(options.Value, 0);
        }

        var mode = OperationArguments.Find(arguments, "mode") is { } modeArgument ? IntConstant(modeArgument.Value) : null;
        if (OperationArguments.Find(arguments, "access") is { } accessArgument)
        {
            return IntConstant(accessArgument.Value) is { } access && (access & FileAccessWrite) != 0;
        }

        return mode is { } value && value != FileModeOpen;
    }

    /// <summary><c>new FileStreamOptions { Mode = ..., Access = ... }</c>, inline or in a local assigned once.</summary>
    private bool OptionsWrite(IOperation? value, int depth)
    {
        switch (value)
        {
            case IConversionOperation conversion when depth < 4:
                return OptionsWrite(conversion.Operand, depth + 1);
            case ILocalReferenceOperation local when depth < 4:
                if (ConstantStrings.SingleAssignment(local.Local, local) is not IObjectCreationOperation created
                    || HasLaterAssignments(local))
                {
                    return false;
                }

                return OptionsWrite(created, depth + 1);
            case IObjectCreationOperation creation when KnownSymbols.Is(creation.Type, symbols.FileStreamOptions):
                int? mode = null;
                int? access = null;
                foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        var constant = IntConstant(assignment.Value);
                        if (constant is null)
                        {
                            return false;
                        }

                        if (property.Property.Name == "Mode")
                        {
                            mode = constant;
                        }
                        else if (property.Property.Name == "Access")
                        {
                            access = constant;
                        }
                    }
                }

                // FileStreamOptions defaults to Mode = Open, Access = Read; CreateNew, Create, Truncate and Append need write access.
                return (access is { } a && (a & FileAccessWrite) != 0) || mode is 1 or 2 or 5 or FileModeAppend;
            default:
                return false;
        }
    }

    /// <summary>Assignments to members of the local after its creation (options.Access = ...): too dynamic to judge.</summary>
    private static bool HasLaterAssignments(ILocalReferenceOperation local)
    {
        var root = (IOperation)local;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation instance } }
                && SymbolEqualityComparer.Default.Equals(instance.Local, local.Local))
            {
                return true;
            }
        }

        return false;
    }

    private static int? IntConstant(IOperation value)
    {
        while (value is IConversionOperation conversion && !value.ConstantValue.HasValue)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue is { HasValue: true, Value: int number } ? number : null;
    }
}
