using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// The first and cheapest check of POD2020/POD2021, on a document's text: the whole-word positions
/// of the method names that read the environment or configuration, and the <c>[</c> of every
/// indexer with a string literal argument. Only the syntax there is looked at, and only calls and
/// element accesses are bound. Names spelled through <c>\u</c> escapes are not found (a read missed,
/// never a false report).
/// </summary>
internal static class ReadCandidates
{
    public const string GetEnvironmentVariable = "GetEnvironmentVariable";

    public static readonly string[] ConfigurationMethods = { "GetValue", "GetSection", "GetRequiredSection", "GetConnectionString" };

    /// <summary>The positions of the words and indexer brackets; empty when the document reads nothing.</summary>
    public static List<int> Positions(string text, bool environment, bool configuration)
    {
        var positions = new List<int>();
        if (environment)
        {
            AddWord(text, GetEnvironmentVariable, positions);
        }

        if (configuration)
        {
            foreach (var name in ConfigurationMethods)
            {
                AddWord(text, name, positions);
            }

            for (var at = text.IndexOf('['); at >= 0; at = text.IndexOf('[', at + 1))
            {
                var next = at + 1;
                while (next < text.Length && text[next] is ' ' or '\t')
                {
                    next++;
                }

                if (next < text.Length && text[next] is '"' or '@' or '$')
                {
                    positions.Add(at);
                }
            }
        }

        positions.Sort();
        return positions;
    }

    /// <summary>The invocation named at <paramref name="position"/>, or the element access whose <c>[</c> it is.</summary>
    public static ExpressionSyntax? NodeAt(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        if (!token.Span.Contains(position) || token.SpanStart != position)
        {
            return null;
        }

        if (token.IsKind(SyntaxKind.OpenBracketToken))
        {
            return token.Parent is BracketedArgumentListSyntax { Parent: ExpressionSyntax access and (ElementAccessExpressionSyntax or ElementBindingExpressionSyntax) }
                ? access
                : null;
        }

        if (token.Parent is not SimpleNameSyntax name)
        {
            return null;
        }

        ExpressionSyntax invoked = name.Parent switch
        {
            MemberAccessExpressionSyntax memberAccess when memberAccess.Name == name => memberAccess,
            MemberBindingExpressionSyntax memberBinding when memberBinding.Name == name => memberBinding,
            _ => name,
        };
        return invoked.Parent is InvocationExpressionSyntax invocation && invocation.Expression == invoked ? invocation : null;
    }

    /// <summary><c>Environment.GetEnvironmentVariable(name)</c>, or with <c>EnvironmentVariableTarget.Process</c>: the container's environment.</summary>
    public static bool IsProcessEnvironmentRead(IInvocationOperation invocation, INamedTypeSymbol? environment) =>
        invocation.TargetMethod.Name == GetEnvironmentVariable
        && environment is not null
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, environment)
        && (invocation.Arguments.Length == 1
            || (invocation.Arguments.Length == 2 && OperationArguments.Find(invocation.Arguments, "target")?.Value.ConstantValue is { HasValue: true, Value: 0 }));

    /// <summary>The positions where one of <paramref name="words"/> starts as a whole word, sorted.</summary>
    public static List<int> WordPositions(string text, IEnumerable<string> words)
    {
        var positions = new List<int>();
        foreach (var word in words)
        {
            AddWord(text, word, positions);
        }

        positions.Sort();
        return positions;
    }

    public static void AddWord(string text, string word, List<int> positions)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsIdentifierPart(text[at - 1])) && (end == text.Length || !IsIdentifierPart(text[end])))
            {
                positions.Add(at);
            }
        }
    }

    private static bool IsIdentifierPart(char character) => char.IsLetterOrDigit(character) || character == '_';
}
