using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// The paths System.IO calls write, where known at compile time: <c>File.*</c>, <c>FileInfo.*</c>,
/// <c>new FileStream</c> and <c>new StreamWriter</c> (the names in <see cref="WriteMethodNames"/>).
/// POD2001 asks whether one is the hosts file, POD2025 whether the container can write it.
/// </summary>
internal sealed class FileWriteTargets
{
    private readonly KnownSymbols symbols;
    private readonly ConstantStrings constants;
    private readonly FileOpenModes modes;

    public FileWriteTargets(KnownSymbols symbols, ConstantStrings constants)
    {
        this.symbols = symbols;
        this.constants = constants;
        modes = new FileOpenModes(symbols);
    }

    /// <summary>The paths a <c>File.*</c> call writes, in argument order.</summary>
    public IEnumerable<string> OfFileCall(IInvocationOperation invocation, IMethodSymbol method)
    {
        var writes = WriteMethodNames.FileWriters.Contains(method.Name)
            || (WriteMethodNames.FileOpeners.Contains(method.Name) && modes.OpensForWriting(invocation.Arguments));
        foreach (var argument in invocation.Arguments)
        {
            var isTarget = argument.Parameter?.Name switch
            {
                "path" => writes,
                "destFileName" or "destinationFileName" or "destinationBackupFileName" => WriteMethodNames.FileCopiers.Contains(method.Name),
                "sourceFileName" => WriteMethodNames.FileMovers.Contains(method.Name),
                _ => false,
            };
            if (isTarget && constants.Evaluate(argument.Value) is { } path)
            {
                yield return path;
            }
        }
    }

    /// <summary>The paths a <c>FileInfo.*</c> call writes: the destination of a copy or move first, then the file the instance names.</summary>
    public IEnumerable<string> OfFileInfoCall(IInvocationOperation invocation, IMethodSymbol method)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name is "destFileName" or "destinationFileName" or "destinationBackupFileName"
                && WriteMethodNames.FileInfoCopiers.Contains(method.Name)
                && constants.Evaluate(argument.Value) is { } destination)
            {
                yield return destination;
            }
        }

        var writes = WriteMethodNames.FileInfoWriters.Contains(method.Name)
            || (method.Name == WriteMethodNames.FileInfoOpener && modes.OpensForWriting(invocation.Arguments));
        if (writes && FileInfoPath(invocation.Instance, 0) is { } path)
        {
            yield return path;
        }
    }

    /// <summary>The path <c>new FileStream(path, ...)</c> or <c>new StreamWriter(path, ...)</c> writes; null when it reads or is unknown.</summary>
    public string? OfStreamCreation(IObjectCreationOperation creation, bool isStreamWriter)
    {
        var pathArgument = OperationArguments.Find(creation.Arguments, "path");
        if (pathArgument is null || pathArgument.Parameter?.Type.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        return isStreamWriter || modes.OpensForWriting(creation.Arguments) ? constants.Evaluate(pathArgument.Value) : null;
    }

    private string? FileInfoPath(IOperation? instance, int depth)
    {
        switch (instance)
        {
            case IObjectCreationOperation creation when KnownSymbols.Is(creation.Type, symbols.FileInfo) && creation.Arguments.Length == 1:
                return constants.Evaluate(creation.Arguments[0].Value);
            case ILocalReferenceOperation local when depth < 4:
                return FileInfoPath(ConstantStrings.SingleAssignment(local.Local, local), depth + 1);
            case IConversionOperation conversion when depth < 4:
                return FileInfoPath(conversion.Operand, depth + 1);
            case IConditionalAccessInstanceOperation placeholder when depth < 4:
                return FileInfoPath(ConditionalReceiver(placeholder), depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The <c>info</c> of <c>info?.AppendText()</c>, which the call sees only as a placeholder.</summary>
    private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation placeholder)
    {
        IOperation child = placeholder;
        for (var parent = placeholder.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            // The placeholder stands for the receiver of the access whose WhenNotNull part holds it.
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }
}
