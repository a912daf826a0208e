using System;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PodAnalyzers.Generation;

/// <summary>
/// Turns a Kubernetes name into a C# identifier: split on every character that is not a letter
/// or digit, capitalise each part (an all-capitals part keeps only its first capital), join;
/// a leading digit gets an underscore (<c>gysl-nginx</c> → <c>GyslNginx</c>, <c>ASPNETCORE_URLS</c> → <c>AspnetcoreUrls</c>).
/// </summary>
internal static class IdentifierNames
{
    /// <summary>Used when a name has no letter or digit at all.</summary>
    public const string Unnamed = "Unnamed";

    // The compiler refuses identifiers longer than 512 characters (CS0645).
    private const int MaxLength = 480;

    // Every constant's name goes through here: one buffer per thread instead of one per name.
    [ThreadStatic]
    private static StringBuilder? buffer;

    public static string FromName(string name)
    {
        var builder = buffer ??= new StringBuilder(64);
        builder.Clear();
        var partStart = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inPart = i < name.Length && IsLetterOrDigit(name[i]);
            if (inPart && partStart < 0)
            {
                partStart = i;
            }
            else if (!inPart && partStart >= 0)
            {
                AppendPart(builder, name, partStart, i - partStart);
                partStart = -1;
            }
        }

        if (builder.Length == 0)
        {
            return Unnamed;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.Length <= MaxLength ? builder.ToString() : Shorten(builder.ToString());
    }

    private static bool IsLetterOrDigit(char character) =>
        char.IsLetterOrDigit(character) && SyntaxFacts.IsIdentifierPartCharacter(character);

    private static void AppendPart(StringBuilder builder, string name, int start, int length)
    {
        var allCapitals = true;
        for (var i = start; i < start + length; i++)
        {
            if (char.IsLower(name[i]))
            {
                allCapitals = false;
                break;
            }
        }

        builder.Append(char.ToUpperInvariant(name[start]));
        for (var i = start + 1; i < start + length; i++)
        {
            builder.Append(allCapitals ? char.ToLowerInvariant(name[i]) : name[i]);
        }
    }

    /// <summary>Keeps a long identifier unique and stable: a prefix plus a hash of the whole.</summary>
    private static string Shorten(string identifier) => identifier.Substring(0, MaxLength) + "_" + StableHash.Of(identifier);
}
