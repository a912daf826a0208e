using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Operations;

namespace PodAnalyzers.Roslyn.Shared;

internal static class OperationArguments
{
    /// <summary>The argument bound to <paramref name="parameterName"/>, whatever its position or name in source.</summary>
    public static IArgumentOperation? Find(ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument;
            }
        }

        return null;
    }
}
