using System;
using System.Collections.Generic;
using System.Linq;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// POD2001's first and cheapest check, on a document's text: without a call spelled with one of
/// the method names (<c>Name(</c>, <c>Name&lt;</c>), a handled type or alias name, or a target-typed
/// <c>new(</c>, nothing in it can be a write, and nothing is bound. Comments and inactive code can
/// only make a document pass, never hide a call.
/// </summary>
internal sealed class CandidateText
{
    private readonly string[] methodNames;
    private readonly string[] typeNames;

    public CandidateText(IEnumerable<string> methodNames, IEnumerable<string> typeNames)
    {
        this.methodNames = methodNames.Distinct(StringComparer.Ordinal).ToArray();
        this.typeNames = typeNames.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <param name="aliasNames">The using aliases the document may spell a handled type with.</param>
    public bool MayContainCandidate(string text, IEnumerable<string> aliasNames) =>
        typeNames.Concat(aliasNames).Any(name => text.IndexOf(name, StringComparison.Ordinal) >= 0)
        || Array.Exists(methodNames, name => HasCallSpelling(text, name))
        || HasCallSpelling(text, "new");

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
