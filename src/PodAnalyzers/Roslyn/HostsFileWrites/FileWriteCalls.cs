using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.HostsFile;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>System.IO writes: <c>File.*</c>, <c>FileInfo.*</c>, <c>new FileStream</c> and <c>new StreamWriter</c>.</summary>
internal sealed class FileWriteCalls
{
    private readonly KnownSymbols symbols;
    private readonly ConstantStrings constants;
    private readonly FileOpenModes modes;
    private readonly HostsFileWriteReporter reporter;

    public FileWriteCalls(KnownSymbols symbols, ConstantStrings constants, HostsFileWriteReporter reporter)
    {
        this.symbols = symbols;
        this.constants = constants;
        this.reporter = reporter;
        modes = new FileOpenModes(symbols);
    }

    public void AnalyzeFileCall(Action<Diagnostic> report, IInvocationOperation invocation, IMethodSymbol method)
    {
        var api = "File." + method.Name;
        var writes = WriteMethodNames.FileWriters.Contains(method.Name)
            || (WriteMethodNames.FileOpeners.Contains(method.Name) && modes.OpensForWriting(invocation.Arguments));
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter?.Name;
            var isTarget = parameter switch
            {
                "path" => writes,
                "destFileName" or "destinationFileName" or "destinationBackupFileName" => WriteMethodNames.FileCopiers.Contains(method.Name),
                "sourceFileName" => WriteMethodNames.FileMovers.Contains(method.Name),
                _ => false,
            };
            if (isTarget && constants.Evaluate(argument.Value) is { } path && HostsPaths.IsHostsFile(path))
            {
                reporter.Report(report, invocation, api, path, WrittenText(invocation, method));
                return;
            }
        }
    }

    public void AnalyzeFileInfoCall(Action<Diagnostic> report, IInvocationOperation invocation, IMethodSymbol method)
    {
        var api = "FileInfo." + method.Name;

        // Moving or copying another file onto the hosts file.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name is "destFileName" or "destinationFileName" or "destinationBackupFileName"
                && WriteMethodNames.FileInfoCopiers.Contains(method.Name)
                && constants.Evaluate(argument.Value) is { } destination && HostsPaths.IsHostsFile(destination))
            {
                reporter.Report(report, invocation, api, destination, null);
                return;
            }
        }

        var writes = WriteMethodNames.FileInfoWriters.Contains(method.Name)
            || (method.Name == WriteMethodNames.FileInfoOpener && modes.OpensForWriting(invocation.Arguments));
        if (writes && FileInfoPath(invocation.Instance, 0) is { } path && HostsPaths.IsHostsFile(path))
        {
            reporter.Report(report, invocation, api, path, null);
        }
    }

    /// <summary><c>new FileStream(path, ...)</c> or <c>new StreamWriter(path, ...)</c>.</summary>
    public void AnalyzeStreamCreation(Action<Diagnostic> report, IObjectCreationOperation creation, bool isStreamWriter)
    {
        var pathArgument = OperationArguments.Find(creation.Arguments, "path");
        if (pathArgument is null || pathArgument.Parameter?.Type.SpecialType != SpecialType.System_String)
        {
            return;
        }

        if ((isStreamWriter || modes.OpensForWriting(creation.Arguments))
            && constants.Evaluate(pathArgument.Value) is { } path && HostsPaths.IsHostsFile(path))
        {
            reporter.Report(report, creation, "new " + creation.Type!.Name, path, null);
        }
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

    /// <summary>The text File.WriteAllText/AppendAllText/WriteAllLines/AppendAllLines write, when known.</summary>
    private string? WrittenText(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (OperationArguments.Find(invocation.Arguments, "contents") is not { } contents)
        {
            return null;
        }

        if (method.Name.StartsWith("WriteAllText", StringComparison.Ordinal) || method.Name.StartsWith("AppendAllText", StringComparison.Ordinal))
        {
            return contents.Parameter?.Type.SpecialType == SpecialType.System_String ? constants.Evaluate(contents.Value) : null;
        }

        if (method.Name.StartsWith("WriteAllLines", StringComparison.Ordinal) || method.Name.StartsWith("AppendAllLines", StringComparison.Ordinal))
        {
            return constants.EvaluateList(contents.Value) is { } lines ? string.Join("\n", lines) : null;
        }

        return null;
    }
}
