using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Tests.Infrastructure;

/// <summary>Reads the constants of a compiled generator output back, by metadata name.</summary>
internal static class GeneratedConstants
{
    /// <summary>All constants below <paramref name="typeName"/> as "Nested.Path.Member" → value.</summary>
    public static IReadOnlyDictionary<string, object?> Of(Compilation compilation, string typeName)
    {
        var type = compilation.GetTypeByMetadataName(typeName)
            ?? throw new Xunit.Sdk.XunitException($"Type {typeName} was not generated");
        var constants = new Dictionary<string, object?>();
        Collect(type, prefix: string.Empty, constants);
        return constants;
    }

    private static void Collect(INamedTypeSymbol type, string prefix, Dictionary<string, object?> constants)
    {
        foreach (var member in type.GetMembers().OrderBy(member => member.Name, System.StringComparer.Ordinal))
        {
            switch (member)
            {
                case IFieldSymbol { IsConst: true } field:
                    constants[prefix + field.Name] = field.ConstantValue;
                    break;
                case INamedTypeSymbol nested:
                    Collect(nested, prefix + nested.Name + ".", constants);
                    break;
            }
        }
    }
}
