using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PodAnalyzers.Configuration;
using PodAnalyzers.Generation;
using PodAnalyzers.HostsFile;
using PodAnalyzers.HostsFile.Editing;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.CodeFixes;

/// <summary>The parts of the POD2001 fix shared by single fixes and Fix All.</summary>
internal static class HostAliasesFix
{
    public static IReadOnlyList<HostsEntry>? Entries(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(HostsFileWriteAnalyzer.EntriesProperty, out var text) ? HostsLines.Parse(text) : null;

    /// <summary>The statement (or top-level statement) the diagnostic's call makes up; null when removing it would break the code.</summary>
    public static SyntaxNode? RemovableStatement(SyntaxNode root, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var expression = node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (expression is null || expression.Span != span)
        {
            return null;
        }

        SyntaxNode current = expression;
        if (current.Parent is AwaitExpressionSyntax awaited)
        {
            current = awaited;
        }

        if (current.Parent is not ExpressionStatementSyntax statement || statement.Expression != current)
        {
            return null;
        }

        return statement.Parent switch
        {
            BlockSyntax or SwitchSectionSyntax => statement,
            GlobalStatementSyntax global => global,
            _ => null,
        };
    }

    public static async Task<IReadOnlyList<FixTarget>> TargetsAsync(Project project, CancellationToken cancellationToken)
    {
        var targets = new List<FixTarget>();
        var paths = new ManifestPaths(ProjectDirectory(project));
        foreach (var document in project.AdditionalDocuments)
        {
            var path = document.FilePath ?? document.Name;
            if (!ManifestFiles.IsYaml(path))
            {
                continue;
            }

            var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            foreach (var pod in ManifestReader.Read(path, text, cancellationToken).PodSources)
            {
                targets.Add(new FixTarget(document, text, pod, PodDescription.AddToHostAliasesTitle(pod, paths.Display(pod.FilePath))));
            }
        }

        return targets;
    }

    /// <summary>Adds every fixable diagnostic's entries to the pod and removes their statements.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, PodKey key, IReadOnlyList<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var entries = new List<HostsEntry>();
        var removals = new Dictionary<DocumentId, List<SyntaxNode>>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            if (diagnostic.Location.SourceTree is not { } tree || solution.GetDocument(tree) is not { } document
                || Entries(diagnostic) is not { } diagnosticEntries)
            {
                continue;
            }

            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            if (RemovableStatement(root, diagnostic) is not { } statement)
            {
                continue;
            }

            if (!removals.TryGetValue(document.Id, out var nodes))
            {
                removals.Add(document.Id, nodes = new List<SyntaxNode>());
            }

            nodes.Add(statement);
            entries.AddRange(diagnosticEntries);
        }

        if (entries.Count == 0)
        {
            return solution;
        }

        var yaml = FindYaml(solution, key);
        if (yaml is null)
        {
            return solution;
        }

        var yamlText = await yaml.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var pod = ManifestReader.Read(key.FilePath, yamlText.ToString(), cancellationToken).PodSources.FirstOrDefault(key.Matches);
        if (pod is null || HostAliasesEditor.Add(yamlText.ToString(), pod, Merge(entries)) is not { } newYaml)
        {
            return solution;
        }

        solution = solution.WithAdditionalDocumentText(yaml.Id, SourceText.From(newYaml, yamlText.Encoding, yamlText.ChecksumAlgorithm));
        foreach (var removal in removals)
        {
            var document = solution.GetDocument(removal.Key);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document is null || root is null)
            {
                continue;
            }

            var newRoot = root.RemoveNodes(removal.Value, SyntaxRemoveOptions.KeepNoTrivia);
            if (newRoot is not null)
            {
                solution = solution.WithDocumentSyntaxRoot(document.Id, newRoot);
            }
        }

        return solution;
    }

    private static TextDocument? FindYaml(Solution solution, PodKey key)
    {
        foreach (var project in solution.Projects)
        {
            foreach (var document in project.AdditionalDocuments)
            {
                if (string.Equals(document.FilePath ?? document.Name, key.FilePath, StringComparison.Ordinal))
                {
                    return document;
                }
            }
        }

        return null;
    }

    /// <summary>Entries of one IP merged in first-seen order, hostnames without duplicates.</summary>
    private static IReadOnlyList<HostsEntry> Merge(List<HostsEntry> entries) =>
        HostsLines.Parse(HostsLines.Format(entries)) ?? entries;

    private static string? ProjectDirectory(Project project)
    {
        if (ProjectSettings.From(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions).ProjectDirectory is { } fromBuild)
        {
            return fromBuild;
        }

        return project.FilePath is { } file ? System.IO.Path.GetDirectoryName(file) : null;
    }
}
