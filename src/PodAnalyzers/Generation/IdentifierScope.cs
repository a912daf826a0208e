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

    public IdentifierScope(string enclosingTypeName, params string[] reserved)
    {
        taken.Add(enclosingTypeName);
        taken.UnionWith(reserved);
    }

    public string Claim(string name)
    {
        var identifier = IdentifierNames.FromName(name);
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
