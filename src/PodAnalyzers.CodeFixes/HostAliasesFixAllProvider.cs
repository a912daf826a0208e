using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PodAnalyzers.CodeFixes;

/// <summary>
/// Fix All for POD2001: every fixable write in the scope goes into the chosen pod's hostAliases
/// in one YAML edit (a batch fixer would merge text changes of C# documents only, and several
/// edits of one YAML file would conflict).
/// </summary>
internal sealed class HostAliasesFixAllProvider : FixAllProvider
{
    public static readonly HostAliasesFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (PodKey.Parse(fixAllContext.CodeActionEquivalenceKey) is not { } key)
        {
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project or FixAllScope.Solution:
                // The pod belongs to one project: its hostAliases take that project's writes.
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            default:
                return null;
        }

        var fixable = diagnostics.Where(diagnostic => HostAliasesFix.Entries(diagnostic) is not null).ToList();
        if (fixable.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        var title = "Add to hostAliases (" + fixAllContext.Scope + ")";
        return CodeAction.Create(
            title,
            cancellationToken => HostAliasesFix.ApplyAsync(solution, key, fixable, cancellationToken),
            key.ToString());
    }
}
