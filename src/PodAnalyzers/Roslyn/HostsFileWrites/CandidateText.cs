using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// POD2001's first and cheapest check, on a document's text: without a call spelled with one of
/// the method names (<c>Name(</c>, <c>Name&lt;</c>), a handled type or alias name, or a target-typed
/// <c>new(</c>, nothing in it can be a write, and nothing is bound. Comments and inactive code can
/// only make a document pass, never hide a call. In a document that passes, it tells where the
/// calls and creations may be.
/// </summary>
internal sealed class CandidateText
{
    private readonly string[] methodNames;
    private readonly string[] typeNames;

    // The words a call or creation is found by, indexed by length: the method names and "new".
    private readonly string[][] wordsByLength;

    public CandidateText(IEnumerable<string> methodNames, IEnumerable<string> typeNames)
    {
        this.methodNames = methodNames.Distinct(StringComparer.Ordinal).ToArray();
        this.typeNames = typeNames.Distinct(StringComparer.Ordinal).ToArray();
        var words = this.methodNames.Append("new").ToArray();
        wordsByLength = Enumerable.Range(0, words.Max(word => word.Length) + 1)
            .Select(length => words.Where(word => word.Length == length).ToArray())
            .ToArray();
    }

    /// <param name="aliasNames">The using aliases the document may spell a handled type with.</param>
    public bool MayContainCandidate(string text, IEnumerable<string> aliasNames) =>
        typeNames.Concat(aliasNames).Any(name => text.IndexOf(name, StringComparison.Ordinal) >= 0)
        || Array.Exists(methodNames, name => HasCallSpelling(text, name))
        || HasCallSpelling(text, "new");

    /// <summary>
    /// Where a method name or <c>new</c> starts as a whole word, in comments and literals too (the
    /// syntax tree tells them apart): the name of every call and the <c>new</c> of every creation
    /// is among them, so only the nodes there need a look. Null when an identifier may be spelled
    /// otherwise (a <c>\u</c> escape, a formatting character, which C# drops from names): then
    /// every node does.
    /// </summary>
    public List<int>? WordPositions(string text)
    {
        var positions = new List<int>();
        var at = 0;
        while (at < text.Length)
        {
            var character = text[at];
            if ((character == '\\' && at + 1 < text.Length && text[at + 1] is 'u' or 'U')
                || (character > '\x7F' && char.GetUnicodeCategory(character) == UnicodeCategory.Format))
            {
                return null;
            }

            if (!IsIdentifierPart(character))
            {
                at++;
                continue;
            }

            var start = at;
            while (at < text.Length && IsIdentifierPart(text[at]))
            {
                at++;
            }

            if (IsWord(text, start, at - start))
            {
                positions.Add(start);
            }
        }

        return positions;
    }

    private bool IsWord(string text, int start, int length)
    {
        if (length >= wordsByLength.Length)
        {
            return false;
        }

        foreach (var word in wordsByLength[length])
        {
            if (string.CompareOrdinal(text, start, word, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="name"/> as a whole word, followed (after spaces and comments) by <c>(</c> or <c>&lt;</c>.</summary>
    private static bool HasCallSpelling(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (at > 0 && IsIdentifierPart(text[at - 1]))
            {
                continue;
            }

            var next = SkipSpacesAndComments(text, at + name.Length);
            if (next < text.Length && text[next] is '(' or '<')
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpacesAndComments(string text, int at)
    {
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            else if (string.CompareOrdinal(text, at, "//", 0, 2) == 0)
            {
                var lineEnd = text.IndexOf('\n', at);
                at = lineEnd < 0 ? text.Length : lineEnd + 1;
            }
            else if (string.CompareOrdinal(text, at, "/*", 0, 2) == 0)
            {
                var commentEnd = text.IndexOf("*/", at + 2, StringComparison.Ordinal);
                at = commentEnd < 0 ? text.Length : commentEnd + 2;
            }
            else
            {
                break;
            }
        }

        return at;
    }

    private static bool IsIdentifierPart(char character) => char.IsLetterOrDigit(character) || character == '_';
}
