using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Keys of ConfigMaps and Secrets (<c>IsConfigMapKey</c>, apimachinery pkg/util/validation), which
/// is also what a configMapKeyRef or secretKeyRef may name: at most 253 bytes of
/// <c>[-._a-zA-Z0-9]</c>, and no key that would be a relative path step (<c>hasChDirPrefix</c>).
/// </summary>
internal static class ConfigMapKeyValidation
{
    public const int MaxLength = 253;

    public const string Pattern = "[-._a-zA-Z0-9]+";

    private const string Message = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";

    private static readonly string RegexError = MessageFormat.Regex(Message, Pattern, "key.name", "KEY_NAME", "key-name");

    public static IReadOnlyList<string> Validate(string key)
    {
        List<string>? errors = null;
        if (MessageFormat.ByteLength(key) > MaxLength)
        {
            MessageFormat.Add(ref errors, MessageFormat.MaxLength(MaxLength, inBytes: false));
        }

        if (!MatchesPattern(key))
        {
            MessageFormat.Add(ref errors, RegexError);
        }

        AddChDirPrefixError(ref errors, key);
        return MessageFormat.Result(errors);
    }

    /// <summary>hasChDirPrefix: "." and ".." are path steps, and so would be a name starting with "..".</summary>
    internal static void AddChDirPrefixError(ref List<string>? errors, string value)
    {
        if (value == ".")
        {
            MessageFormat.Add(ref errors, "must not be '.'");
        }
        else if (value == "..")
        {
            MessageFormat.Add(ref errors, "must not be '..'");
        }
        else if (value.StartsWith("..", System.StringComparison.Ordinal))
        {
            MessageFormat.Add(ref errors, "must not start with '..'");
        }
    }

    private static bool MatchesPattern(string key)
    {
        foreach (var c in key)
        {
            if (!Ascii.IsLetterOrDigit(c) && c is not ('-' or '.' or '_'))
            {
                return false;
            }
        }

        return key.Length != 0;
    }
}
