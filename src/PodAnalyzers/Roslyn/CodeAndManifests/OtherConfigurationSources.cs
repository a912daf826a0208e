using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// Whether the project adds configuration sources beyond the host's defaults (appsettings*.json,
/// environment variables, command line): then any key may come from them, and POD2021 is silent.
/// Read from the text of the compilation's documents, once, only when a read is worth checking.
/// </summary>
internal static class OtherConfigurationSources
{
    private static readonly string[] Words =
    {
        "AddJsonFile", "AddJsonStream", "AddXmlFile", "AddXmlStream", "AddIniFile", "AddIniStream",
        "AddInMemoryCollection", "AddKeyPerFile", "AddUserSecrets", "AddAzureKeyVault",
        "AddAzureAppConfiguration", "AddSecretsManager", "AddSystemsManager", "AddCommandLine",
        "AddEnvironmentVariables", "AddConfiguration", "IConfigurationSource", "IConfigurationProvider",
    };

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
        }

        return false;
    }
}
