using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.HostsFile.Shell;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>Shell-outs: <c>Process.Start(fileName, arguments)</c> and <c>new ProcessStartInfo(...)</c>.</summary>
internal sealed class ProcessWriteCalls
{
    private readonly ConstantStrings constants;
    private readonly HostsFileWriteReporter reporter;

    public ProcessWriteCalls(ConstantStrings constants, HostsFileWriteReporter reporter)
    {
        this.constants = constants;
        this.reporter = reporter;
    }

    public void AnalyzeStart(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        var fileNameArgument = OperationArguments.Find(invocation.Arguments, "fileName");
        var argumentsArgument = OperationArguments.Find(invocation.Arguments, "arguments");
        if (fileNameArgument is null || argumentsArgument is null || constants.Evaluate(fileNameArgument.Value) is not { } fileName)
        {
            return;
        }

        ShellWrite? write;
        if (argumentsArgument.Parameter?.Type.SpecialType == SpecialType.System_String)
        {
            write = constants.Evaluate(argumentsArgument.Value) is { } arguments ? ShellCommands.AnalyzeProcess(fileName, arguments) : null;
        }
        else
        {
            write = constants.EvaluateList(argumentsArgument.Value) is { } list ? ShellCommands.AnalyzeProcess(fileName, list) : null;
        }

        if (write is not null)
        {
            reporter.Report(report, invocation, "Process.Start (" + write.Program + ", " + write.How + ")", write.Path, write.WrittenText);
        }
    }

    public void AnalyzeStartInfo(Action<Diagnostic> report, IObjectCreationOperation creation)
    {
        if (ProcessStartInfoCommand.Read(creation, constants) is { } command
            && (command.ArgumentList is { } list
                ? ShellCommands.AnalyzeProcess(command.FileName, list)
                : ShellCommands.AnalyzeProcess(command.FileName, command.Arguments ?? string.Empty)) is { } write)
        {
            reporter.Report(report, creation, "ProcessStartInfo (" + write.Program + ", " + write.How + ")", write.Path, null);
        }
    }
}
