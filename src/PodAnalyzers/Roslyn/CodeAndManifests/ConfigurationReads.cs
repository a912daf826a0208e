using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>The Microsoft.Extensions.Configuration types a read goes through, resolved once per compilation.</summary>
internal sealed class ConfigurationSymbols
{
    private ConfigurationSymbols(INamedTypeSymbol configuration, Compilation compilation)
    {
        Configuration = configuration;
        Section = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
        Root = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationRoot");
    }

    public INamedTypeSymbol Configuration { get; }

    public INamedTypeSymbol? Section { get; }

    public INamedTypeSymbol? Root { get; }

    public static ConfigurationSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is { } configuration
            ? new ConfigurationSymbols(configuration, compilation)
            : null;

    public bool IsOrImplements(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null
        && (SymbolEqualityComparer.Default.Equals(type, expected) || type.AllInterfaces.Any(item => SymbolEqualityComparer.Default.Equals(item, expected)));
}

/// <summary>A configuration read with a key known at compile time, from the configuration's root.</summary>
/// <param name="Key">The full key (<c>ConnectionStrings:Db</c>, <c>A:B</c> for <c>GetSection("A")["B"]</c>).</param>
/// <param name="KeySyntax">The argument the diagnostic lands on.</param>
/// <param name="Consequence">What the read gets at run time when nothing provides the key.</param>
internal sealed record ConfigurationRead(string Key, SyntaxNode KeySyntax, string Consequence);

/// <summary>
/// Recognises the reads POD2021 checks: the indexer of IConfiguration (read, not written),
/// <c>GetValue</c> without a default value, <c>GetSection</c>/<c>GetRequiredSection</c> (unless
/// the section is read further, then the full key is checked there, or tested with <c>Exists()</c>),
/// and <c>GetConnectionString</c> (<c>ConnectionStrings:X</c>). The receiver must be the root
/// configuration: a type that is a configuration root, a field or property, or a constructor
/// parameter (what dependency injection passes); a method's IConfiguration parameter may be a
/// section, so it is not read. A null-checked result is not a read that can go wrong.
/// </summary>
internal static class ConfigurationReads
{
    private const string SectionConsequence = "the section is empty at run time";
    private const string ValueConsequence = "the read returns null (or the default) at run time";

    public static ConfigurationRead? Read(IOperation? operation, ConfigurationSymbols symbols)
    {
        if (operation is null || IsReadFurther(operation, symbols))
        {
            return null;
        }

        if (KeyOf(operation, symbols) is not { } read)
        {
            return null;
        }

        if (read.Consequence == ValueConsequence && NullChecks.IsNullChecked(operation))
        {
            return null;
        }

        return read;
    }

    /// <summary>The read's full key from the root; null when it is not such a read or the key cannot be known.</summary>
    private static ConfigurationRead? KeyOf(IOperation operation, ConfigurationSymbols symbols)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer
                when indexer.Arguments.Length == 1 && IsConfigurationMember(indexer.Property, symbols) && !IsWritten(indexer):
                return Compose(indexer.Instance, indexer.Arguments[0], symbols, ValueConsequence, prefix: null);

            case IInvocationOperation invocation when IsConfigurationMember(invocation.TargetMethod, symbols):
                var method = invocation.TargetMethod;
                var receiver = method.IsExtensionMethod ? invocation.Arguments.FirstOrDefault()?.Value : invocation.Instance;
                var key = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name is "key" or "name");
                if (key is null)
                {
                    return null;
                }

                switch (method.Name)
                {
                    case "GetSection" or "GetRequiredSection":
                        return Compose(receiver, key, symbols, SectionConsequence, prefix: null);
                    case "GetConnectionString":
                        return Compose(receiver, key, symbols, ValueConsequence, prefix: "ConnectionStrings:");
                    case "GetValue" when !invocation.Arguments.Any(argument => argument.Parameter?.Name == "defaultValue"):
                        return Compose(receiver, key, symbols, ValueConsequence, prefix: null);
                    default:
                        return null;
                }

            default:
                return null;
        }
    }

    private static ConfigurationRead? Compose(IOperation? receiver, IArgumentOperation key, ConfigurationSymbols symbols, string consequence, string? prefix)
    {
        if (key.Value.ConstantValue is not { HasValue: true, Value: string text } || text.Length == 0 || RootKey(receiver, symbols) is not { } parent)
        {
            return null;
        }

        var full = (parent.Length == 0 ? string.Empty : parent + ":") + (prefix ?? string.Empty) + text;
        return new ConfigurationRead(full, key.Value.Syntax, consequence);
    }

    /// <summary>"" for the root configuration, the section's key for a <c>GetSection</c> of it; null when unknown.</summary>
    private static string? RootKey(IOperation? receiver, ConfigurationSymbols symbols)
    {
        while (receiver is IConversionOperation { IsImplicit: true } conversion)
        {
            receiver = conversion.Operand;
        }

        if (receiver is IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } section)
        {
            return KeyOf(section, symbols)?.Key;
        }

        var type = receiver?.Type;
        if (type is null || symbols.IsOrImplements(type, symbols.Section))
        {
            return null;
        }

        if (symbols.IsOrImplements(type, symbols.Root))
        {
            return string.Empty;
        }

        return receiver switch
        {
            IFieldReferenceOperation or IPropertyReferenceOperation => string.Empty,
            IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } => string.Empty,
            _ => null,
        };
    }

    /// <summary>A member of IConfiguration (or of a type implementing it), or an extension of it in Microsoft.Extensions.Configuration.</summary>
    private static bool IsConfigurationMember(ISymbol member, ConfigurationSymbols symbols)
    {
        if (member is IMethodSymbol { IsExtensionMethod: true } extension)
        {
            return extension.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration"
                && extension.Parameters.Length > 0
                && symbols.IsOrImplements(extension.Parameters[0].Type, symbols.Configuration);
        }

        return symbols.IsOrImplements(member.ContainingType, symbols.Configuration);
    }

    private static bool IsWritten(IOperation operation) =>
        operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;

    /// <summary>A section that is read further (its full key is checked there) or tested with <c>Exists()</c>.</summary>
    private static bool IsReadFurther(IOperation operation, ConfigurationSymbols symbols)
    {
        if (operation is not IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" })
        {
            return false;
        }

        var parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true } or IArgumentOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IInvocationOperation { TargetMethod.Name: "Exists" } => true,
            IInvocationOperation next when IsConfigurationMember(next.TargetMethod, symbols)
                && next.TargetMethod.Name is "GetSection" or "GetRequiredSection" or "GetValue" or "GetConnectionString" => true,
            IPropertyReferenceOperation { Property.IsIndexer: true } next when IsConfigurationMember(next.Property, symbols) => true,
            IConditionalAccessOperation => true,
            _ => false,
        };
    }
}
