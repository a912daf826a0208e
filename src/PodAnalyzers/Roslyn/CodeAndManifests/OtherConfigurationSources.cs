using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// Whether the project adds configuration sources beyond the host's defaults (appsettings*.json,
/// environment variables, command line): then any key may come from them, and POD2021 is silent.
/// <c>AddEnvironmentVariables()</c> and <c>AddCommandLine(args)</c> add nothing new (the container's
/// command and args are checked apart); <c>AddEnvironmentVariables("PREFIX_")</c> does.
/// Read from the text of the compilation's documents, once, only when a read is worth checking.
/// </summary>
internal static class OtherConfigurationSources
{
    private static readonly string[] Words =
    {
        "AddJsonFile", "AddJsonStream", "AddXmlFile", "AddXmlStream", "AddIniFile", "AddIniStream",
        "AddInMemoryCollection", "AddKeyPerFile", "AddUserSecrets", "AddAzureKeyVault",
        "AddAzureAppConfiguration", "AddSecretsManager", "AddSystemsManager",
        "AddConfiguration", "IConfigurationSource", "IConfigurationProvider",
    };

    // AddEnvironmentVariables() adds what the host already reads; with a prefix it adds keys under other names.
    private const string EnvironmentVariables = "AddEnvironmentVariables";

    public static bool AreAdded(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var word in Words)
            {
                if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            if (HasPrefixedEnvironmentVariables(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>AddEnvironmentVariables</c> written other than as <c>AddEnvironmentVariables()</c>.</summary>
    private static bool HasPrefixedEnvironmentVariables(string text)
    {
        for (var at = text.IndexOf(EnvironmentVariables, StringComparison.Ordinal); at >= 0; at = text.IndexOf(EnvironmentVariables, at + 1, StringComparison.Ordinal))
        {
            var next = at + EnvironmentVariables.Length;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length || text[next] != '(')
            {
                return true;
            }

            next++;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length || text[next] != ')')
            {
                return true;
            }
        }

        return false;
    }
}
