using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.HostsFile;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>POD2001 for System.IO writes (<see cref="FileWriteTargets"/>) of the hosts file.</summary>
internal sealed class FileWriteCalls
{
    private readonly ConstantStrings constants;
    private readonly FileWriteTargets targets;
    private readonly HostsFileWriteReporter reporter;

    public FileWriteCalls(KnownSymbols symbols, ConstantStrings constants, HostsFileWriteReporter reporter)
    {
        this.constants = constants;
        this.reporter = reporter;
        targets = new FileWriteTargets(symbols, constants);
    }

    public void AnalyzeFileCall(Action<Diagnostic> report, IInvocationOperation invocation, IMethodSymbol method)
    {
        foreach (var path in targets.OfFileCall(invocation, method))
        {
            if (HostsPaths.IsHostsFile(path))
            {
                reporter.Report(report, invocation, "File." + method.Name, path, WrittenText(invocation, method));
                return;
            }
        }
    }

    public void AnalyzeFileInfoCall(Action<Diagnostic> report, IInvocationOperation invocation, IMethodSymbol method)
    {
        foreach (var path in targets.OfFileInfoCall(invocation, method))
        {
            if (HostsPaths.IsHostsFile(path))
            {
                reporter.Report(report, invocation, "FileInfo." + method.Name, path, null);
                return;
            }
        }
    }

    /// <summary><c>new FileStream(path, ...)</c> or <c>new StreamWriter(path, ...)</c>.</summary>
    public void AnalyzeStreamCreation(Action<Diagnostic> report, IObjectCreationOperation creation, bool isStreamWriter)
    {
        if (targets.OfStreamCreation(creation, isStreamWriter) is { } path && HostsPaths.IsHostsFile(path))
        {
            reporter.Report(report, creation, "new " + creation.Type!.Name, path, null);
        }
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
