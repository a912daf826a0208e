using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Configuration;
using PodAnalyzers.Generation;
using PodAnalyzers.HostsFile;
using PodAnalyzers.HostsFile.Shell;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Roslyn;

/// <summary>
/// POD2001: C# code that writes the hosts file, through System.IO or by starting a shell
/// command. Only paths known at compile time count, so a report is never a guess.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostsFileWriteAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the hosts lines written, normalised, when known and the write is a removable statement.</summary>
    public const string EntriesProperty = "HostsEntries";

    // System.IO.FileMode and FileAccess values.
    private const int FileModeOpen = 3;
    private const int FileModeAppend = 6;
    private const int FileAccessWrite = 2;

    private static readonly HashSet<string> FileWriters = new(StringComparer.Ordinal)
    {
        "WriteAllText", "WriteAllLines", "WriteAllBytes", "AppendAllText", "AppendAllLines", "AppendAllBytes",
        "WriteAllTextAsync", "WriteAllLinesAsync", "WriteAllBytesAsync", "AppendAllTextAsync", "AppendAllLinesAsync", "AppendAllBytesAsync",
        "AppendText", "CreateText", "Create", "OpenWrite", "Delete", "SetAttributes",
    };

    private static readonly HashSet<string> FileInfoWriters = new(StringComparer.Ordinal)
    {
        "OpenWrite", "AppendText", "CreateText", "Create", "Delete", "MoveTo", "Replace",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CodeDescriptors.HostsFileWrite);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (KnownSymbols.Resolve(context.Compilation) is not { } symbols)
        {
            return;
        }

        var options = context.Options;
        var destination = new Lazy<string>(() => Destination(options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        var analysis = new Analysis(symbols, destination);
        context.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(analysis.AnalyzeObjectCreation, OperationKind.ObjectCreation);
    }

    /// <summary>Where the entries belong: the project's only pod source, named, or "the project's pod".</summary>
    private static string Destination(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var pods = new List<PodSource>();
            foreach (var file in options.AdditionalFiles)
            {
                if (ManifestFiles.IsYaml(file.Path))
                {
                    pods.AddRange(ManifestFiles.Read(file, cancellationToken).PodSources);
                }
            }

            if (pods.Count != 1)
            {
                return "spec.hostAliases of the project's pod";
            }

            var settings = ProjectSettings.From(options.AnalyzerConfigOptionsProvider.GlobalOptions);
            return pods[0].Spec.Path + ".hostAliases of " + Describe(pods[0], new ManifestPaths(settings.ProjectDirectory));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return "spec.hostAliases of the project's pod";
        }
    }

    /// <summary><c>pod 'web' (k8s/pod.yaml)</c>, <c>Deployment 'api' (k8s/api.yaml)</c>.</summary>
    internal static string Describe(PodSource pod, ManifestPaths paths)
    {
        var kind = pod.IsWorkload ? pod.Kind : "pod";
        var name = pod.Metadata.Name?.Value ?? pod.Metadata.GenerateName?.Value ?? "(unnamed)";
        return kind + " '" + name + "' (" + paths.Display(pod.FilePath) + ")";
    }

    private sealed class Analysis
    {
        private readonly KnownSymbols symbols;
        private readonly ConstantStrings constants;
        private readonly Lazy<string> destination;

        public Analysis(KnownSymbols symbols, Lazy<string> destination)
        {
            this.symbols = symbols;
            this.destination = destination;
            constants = new ConstantStrings(symbols);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            try
            {
                if (context.Operation is IInvocationOperation invocation)
                {
                    AnalyzeInvocation(context, invocation);
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // A shape of code this analysis did not foresee: no report rather than AD0001.
            }
        }

        public void AnalyzeObjectCreation(OperationAnalysisContext context)
        {
            try
            {
                if (context.Operation is IObjectCreationOperation creation)
                {
                    AnalyzeObjectCreation(context, creation);
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // See AnalyzeInvocation.
            }
        }

        private void AnalyzeInvocation(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (KnownSymbols.Is(type, symbols.File))
            {
                AnalyzeFileCall(context, invocation, method);
            }
            else if (KnownSymbols.Is(type, symbols.FileInfo))
            {
                AnalyzeFileInfoCall(context, invocation, method);
            }
            else if (KnownSymbols.Is(type, symbols.Process) && method.Name == "Start" && method.IsStatic)
            {
                AnalyzeProcessStart(context, invocation);
            }
        }

        private void AnalyzeFileCall(OperationAnalysisContext context, IInvocationOperation invocation, IMethodSymbol method)
        {
            var api = "File." + method.Name;
            var writes = FileWriters.Contains(method.Name)
                || (method.Name is "Open" or "OpenHandle" && OpensForWriting(invocation.Arguments));
            foreach (var argument in invocation.Arguments)
            {
                var parameter = argument.Parameter?.Name;
                var isTarget = parameter switch
                {
                    "path" => writes,
                    "destFileName" or "destinationFileName" or "destinationBackupFileName" => method.Name is "Copy" or "Move" or "Replace",
                    "sourceFileName" => method.Name is "Move" or "Replace",
                    _ => false,
                };
                if (isTarget && constants.Evaluate(argument.Value) is { } path && HostsPaths.IsHostsFile(path))
                {
                    Report(context, invocation, api, path, WrittenText(invocation, method));
                    return;
                }
            }
        }

        private void AnalyzeFileInfoCall(OperationAnalysisContext context, IInvocationOperation invocation, IMethodSymbol method)
        {
            var api = "FileInfo." + method.Name;

            // Moving or copying another file onto the hosts file.
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name is "destFileName" or "destinationFileName" or "destinationBackupFileName"
                    && method.Name is "CopyTo" or "MoveTo" or "Replace"
                    && constants.Evaluate(argument.Value) is { } destination && HostsPaths.IsHostsFile(destination))
                {
                    Report(context, invocation, api, destination, null);
                    return;
                }
            }

            var writes = FileInfoWriters.Contains(method.Name) || (method.Name == "Open" && OpensForWriting(invocation.Arguments));
            if (writes && FileInfoPath(invocation.Instance, 0) is { } path && HostsPaths.IsHostsFile(path))
            {
                Report(context, invocation, api, path, null);
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
                default:
                    return null;
            }
        }

        private void AnalyzeProcessStart(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            IArgumentOperation? fileNameArgument = null;
            IArgumentOperation? argumentsArgument = null;
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "fileName":
                        fileNameArgument = argument;
                        break;
                    case "arguments":
                        argumentsArgument = argument;
                        break;
                }
            }

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
                Report(context, invocation, "Process.Start (" + write.Program + ", " + write.How + ")", write.Path, write.WrittenText);
            }
        }

        private void AnalyzeObjectCreation(OperationAnalysisContext context, IObjectCreationOperation creation)
        {
            var type = creation.Type;
            if (KnownSymbols.Is(type, symbols.FileStream) || KnownSymbols.Is(type, symbols.StreamWriter))
            {
                var isStreamWriter = KnownSymbols.Is(type, symbols.StreamWriter);
                var pathArgument = Find(creation.Arguments, "path");
                if (pathArgument is null || pathArgument.Parameter?.Type.SpecialType != SpecialType.System_String)
                {
                    return;
                }

                if ((isStreamWriter || OpensForWriting(creation.Arguments))
                    && constants.Evaluate(pathArgument.Value) is { } path && HostsPaths.IsHostsFile(path))
                {
                    Report(context, creation, "new " + type!.Name, path, null);
                }
            }
            else if (KnownSymbols.Is(type, symbols.ProcessStartInfo))
            {
                if (ProcessStartInfoCommand.Read(creation, constants) is { } command
                    && (command.ArgumentList is { } list
                        ? ShellCommands.AnalyzeProcess(command.FileName, list)
                        : ShellCommands.AnalyzeProcess(command.FileName, command.Arguments ?? string.Empty)) is { } write)
                {
                    Report(context, creation, "ProcessStartInfo (" + write.Program + ", " + write.How + ")", write.Path, null);
                }
            }
        }

        /// <summary>
        /// Whether FileMode/FileAccess/FileStreamOptions arguments open the file for writing. Without
        /// an explicit access, <c>FileMode.Open</c> is taken as a read (the common way to read a
        /// file); every other mode creates, truncates or appends, which is a write.
        /// </summary>
        private bool OpensForWriting(ImmutableArray<IArgumentOperation> arguments)
        {
            if (Find(arguments, "options") is { } options && KnownSymbols.Is(options.Parameter?.Type, symbols.FileStreamOptions))
            {
                return OptionsWrite(options.Value, 0);
            }

            var mode = Find(arguments, "mode") is { } modeArgument ? IntConstant(modeArgument.Value) : null;
            if (Find(arguments, "access") is { } accessArgument)
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

        private static IArgumentOperation? Find(ImmutableArray<IArgumentOperation> arguments, string parameterName)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The text File.WriteAllText/AppendAllText/WriteAllLines/AppendAllLines write, when known.</summary>
        private string? WrittenText(IInvocationOperation invocation, IMethodSymbol method)
        {
            if (Find(invocation.Arguments, "contents") is not { } contents)
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

        private void Report(OperationAnalysisContext context, IOperation operation, string api, string path, string? writtenText)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (writtenText is not null && IsStatement(operation) && HostsLines.Parse(writtenText) is { } entries)
            {
                properties = properties.Add(EntriesProperty, HostsLines.Format(entries));
            }

            var message = $"{api} writes the hosts file '{HostsPaths.Display(path)}': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in {destination.Value} instead";
            context.ReportDiagnostic(Diagnostic.Create(CodeDescriptors.HostsFileWrite, operation.Syntax.GetLocation(), properties, message));
        }

        /// <summary>The call is a whole statement (possibly awaited), so a fix can remove it.</summary>
        private static bool IsStatement(IOperation operation)
        {
            var parent = operation.Parent;
            if (parent is IAwaitOperation awaited)
            {
                parent = awaited.Parent;
            }

            return parent is IExpressionStatementOperation;
        }
    }
}
