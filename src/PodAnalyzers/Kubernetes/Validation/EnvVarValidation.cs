using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Environment variable names. RelaxedEnvironmentVariableValidation is on by default from 1.32
/// (GA in 1.34): any printable ASCII except '='. Before, a C-identifier-like rule applied.
/// </summary>
internal static class EnvVarValidation
{
    public const string StrictPattern = "[-._a-zA-Z][-._a-zA-Z0-9]*";

    private const int RelaxedMinor = 32;

    private const string StrictMessage =
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";

    private static readonly string StrictRegexError = MessageFormat.Regex(StrictMessage, StrictPattern, "my.env-name", "MY_ENV.NAME", "MyEnvName1");

    private static readonly IReadOnlyList<string> RelaxedError =
        new[] { "a valid environment variable name must consist only of printable ASCII characters other than '='" };

    /// <summary>
    /// Checks a non-empty name. An empty name is not an invalid value on the server but a
    /// <c>Required value</c> error (<c>ValidateEnv</c> checks it first), so it returns no message
    /// here: the caller reports it.
    /// </summary>
    public static IReadOnlyList<string> ValidateName(string name, KubernetesVersion v)
    {
        if (name.Length == 0)
        {
            return MessageFormat.Valid;
        }

        return v.IsAtLeast(RelaxedMinor) ? ValidateRelaxed(name) : ValidateStrict(name);
    }

    private static IReadOnlyList<string> ValidateRelaxed(string name)
    {
        foreach (var c in name)
        {
            // Go's unicode.IsPrint for ASCII: space through '~'.
            if (c < ' ' || c > '~' || c == '=')
            {
                return RelaxedError;
            }
        }

        return MessageFormat.Valid;
    }

    private static IReadOnlyList<string> ValidateStrict(string name)
    {
        List<string>? errors = null;
        if (!MatchesStrictPattern(name))
        {
            MessageFormat.Add(ref errors, StrictRegexError);
        }

        // The server's hasChDirPrefix: these names would be path segments for subPathExpr.
        ConfigMapKeyValidation.AddChDirPrefixError(ref errors, name);
        return MessageFormat.Result(errors);
    }

    private static bool MatchesStrictPattern(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = Ascii.IsLetter(c) || c == '-' || c == '.' || c == '_' || (i > 0 && Ascii.IsDigit(c));
            if (!ok)
            {
                return false;
            }
        }

        return name.Length != 0;
    }
}
