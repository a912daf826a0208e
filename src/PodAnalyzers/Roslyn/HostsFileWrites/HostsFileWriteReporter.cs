using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Findings;
using PodAnalyzers.HostsFile;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>Reports POD2001 with its message and, for a fixable write, the entries it writes.</summary>
internal sealed class HostsFileWriteReporter
{
    private readonly Lazy<string> destination;

    /// <param name="destination">Where the entries belong; worked out on the first report only.</param>
    public HostsFileWriteReporter(Lazy<string> destination) => this.destination = destination;

    public void Report(Action<Diagnostic> report, IOperation operation, string api, string path, string? writtenText)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (writtenText is not null && IsStatement(operation) && HostsLines.Parse(writtenText) is { } entries)
        {
            properties = properties.Add(HostsFileWriteAnalyzer.EntriesProperty, HostsLines.Format(entries));
        }

        var message = $"{api} writes the hosts file '{HostsPaths.Display(path)}': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in {destination.Value} instead";
        report(Diagnostic.Create(Descriptors.Of(Rule.HostsFileWrite), operation.Syntax.GetLocation(), properties, message));
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
