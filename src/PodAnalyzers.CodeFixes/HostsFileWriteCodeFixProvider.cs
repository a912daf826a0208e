using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PodAnalyzers.Findings;
using PodAnalyzers.HostsFile;
using PodAnalyzers.HostsFile.Editing;

namespace PodAnalyzers.CodeFixes;

/// <summary>
/// POD2001: moves the hosts lines a statement writes into <c>spec.hostAliases</c> of a pod
/// source of the project (one code action per pod source) and removes the statement.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HostsFileWriteCodeFixProvider)), Shared]
public sealed class HostsFileWriteCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rule.HostsFileWrite.Id);

    public override FixAllProvider GetFixAllProvider() => HostAliasesFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (HostAliasesFix.Entries(diagnostic) is not { } entries || HostAliasesFix.RemovableStatement(root, diagnostic) is null)
            {
                continue;
            }

            foreach (var target in await HostAliasesFix.TargetsAsync(document.Project, context.CancellationToken).ConfigureAwait(false))
            {
                // Offer only what can be applied: the editor declines shapes it cannot edit safely.
                if (HostAliasesEditor.Add(target.Text, target.Pod, entries) is null)
                {
                    continue;
                }

                var diagnostics = new List<Diagnostic> { diagnostic };
                context.RegisterCodeFix(
                    CodeAction.Create(
                        target.Title,
                        cancellationToken => HostAliasesFix.ApplyAsync(document.Project.Solution, target.Key, diagnostics, cancellationToken),
                        target.Key.ToString()),
                    diagnostic);
            }
        }
    }
}
