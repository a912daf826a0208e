using System;
using System.Collections.Generic;
using System.Globalization;

namespace PodAnalyzers.Generation;

/// <summary>
/// Hands out identifiers unique among the members of one type and different from the type's
/// own name (CS0542) and from names the type already uses; clashes get <c>_2</c>, <c>_3</c>, …
/// in the order names are claimed.
/// </summary>
internal sealed class IdentifierScope
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public IdentifierScope(string enclosingTypeName, params string[] reserved) => Reset(enclosingTypeName, reserved);

    /// <summary>How many identifiers are taken, the type's own name and the reserved ones included.</summary>
    public int Count => taken.Count;

    /// <summary>Starts over for another type, keeping the set's storage.</summary>
    public IdentifierScope Reset(string enclosingTypeName, string[] reserved)
    {
        taken.Clear();
        taken.Add(enclosingTypeName);
        foreach (var name in reserved)
        {
            taken.Add(name);
        }

        return this;
    }

    public string Claim(string name) => ClaimIdentifier(IdentifierNames.FromName(name));

    /// <summary>Claims an identifier already made from a name (<see cref="IdentifierNames.FromName"/>), or its first free suffixed form.</summary>
    public string ClaimIdentifier(string identifier)
    {
        if (taken.Add(identifier))
        {
            return identifier;
        }

        for (var suffix = 2; ; suffix++)
        {
            var candidate = identifier + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
