using System;
using System.Collections.Immutable;

namespace PodAnalyzers.Generation;

/// <summary>Names the members of one generated class, in document order (see <see cref="IdentifierScope"/>).</summary>
internal static class MemberNames
{
    // Every group of every pod is named one after another: each thread reuses one scope instead
    // of a new set per group (unless a huge group left it too large to clear cheaply).
    private const int LargestKeptScope = 256;

    [ThreadStatic]
    private static IdentifierScope? spareScope;

    /// <summary>One identifier per member, index for index; none is <paramref name="className"/> or one of <paramref name="reserved"/>.</summary>
    public static EquatableArray<string> Of<TMember>(EquatableArray<TMember> members, Func<TMember, string> nameOf, string className, params string[] reserved)
        where TMember : IEquatable<TMember>
    {
        if (members.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var scope = spareScope?.Reset(className, reserved) ?? new IdentifierScope(className, reserved);
        spareScope = null;
        var identifiers = ImmutableArray.CreateBuilder<string>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            identifiers.Add(scope.Claim(nameOf(members[i])));
        }

        if (scope.Count <= LargestKeptScope)
        {
            spareScope = scope;
        }

        return new EquatableArray<string>(identifiers.MoveToImmutable());
    }

    /// <summary>The identifiers of a group of string constants (labels, env names, ...).</summary>
    public static EquatableArray<string> Of(EquatableArray<ConstantModel> constants, string className) =>
        Of(constants, constant => constant.SourceName, className);
}
