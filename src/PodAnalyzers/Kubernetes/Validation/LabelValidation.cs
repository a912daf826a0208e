using System.Collections.Generic;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Label keys (<c>IsQualifiedName</c>, also used for annotation keys) and label values
/// (<c>IsValidLabelValue</c>). From 1.35 these moved to apimachinery's package content, which
/// words the length limits in bytes and calls a key "a valid label key"; up to 1.34 the messages
/// say "characters" and "a qualified name".
/// </summary>
internal static class LabelValidation
{
    public const int NameMaxLength = 63;
    public const int ValueMaxLength = 63;

    public const string KeyNamePattern = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    public const string ValuePattern = "(" + KeyNamePattern + ")?";

    private const string KeyMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private const string ValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private const int ContentPackageMinor = 35;

    private static readonly string KeyRegexError = MessageFormat.Regex(KeyMessage, KeyNamePattern, "MyName", "my.name", "123-abc");
    private static readonly string NameRegexError = "name part " + KeyRegexError;
    private static readonly string ValueRegexError = MessageFormat.Regex(ValueMessage, ValuePattern, "MyValue", "my_value", "12345");

    private const string TooManySlashesSuffix = " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    private static readonly string TooManySlashes = "a valid label key " + KeyRegexError + TooManySlashesSuffix;
    private static readonly string TooManySlashesLegacy = "a qualified name " + KeyRegexError + TooManySlashesSuffix;

    /// <summary>A label or annotation key: optional DNS-subdomain prefix and '/', then a name.</summary>
    public static IReadOnlyList<string> ValidateKey(string key, KubernetesVersion v)
    {
        var inBytes = v.IsAtLeast(ContentPackageMinor);
        var slash = key.IndexOf('/');
        if (slash >= 0 && key.IndexOf('/', slash + 1) >= 0)
        {
            return new[] { inBytes ? TooManySlashes : TooManySlashesLegacy };
        }

        List<string>? errors = null;
        if (slash == 0)
        {
            MessageFormat.Add(ref errors, "prefix part " + MessageFormat.NonEmpty);
        }
        else if (slash > 0)
        {
            foreach (var message in DnsValidation.ValidateSubdomain(key.Substring(0, slash), inBytes))
            {
                MessageFormat.Add(ref errors, "prefix part " + message);
            }
        }

        var name = slash < 0 ? key : key.Substring(slash + 1);
        if (name.Length == 0)
        {
            MessageFormat.Add(ref errors, "name part " + MessageFormat.NonEmpty);
        }
        else if (MessageFormat.ByteLength(name) > NameMaxLength)
        {
            MessageFormat.Add(ref errors, "name part " + MessageFormat.MaxLength(NameMaxLength, inBytes));
        }

        // Not exclusive with the checks above: an empty name also fails the regex on the server.
        if (!IsKeyName(name))
        {
            MessageFormat.Add(ref errors, NameRegexError);
        }

        return MessageFormat.Result(errors);
    }

    /// <summary>A label value; empty is valid.</summary>
    public static IReadOnlyList<string> ValidateValue(string value, KubernetesVersion v)
    {
        List<string>? errors = null;
        if (MessageFormat.ByteLength(value) > ValueMaxLength)
        {
            MessageFormat.Add(ref errors, MessageFormat.MaxLength(ValueMaxLength, v.IsAtLeast(ContentPackageMinor)));
        }

        if (value.Length != 0 && !IsKeyName(value))
        {
            MessageFormat.Add(ref errors, ValueRegexError);
        }

        return MessageFormat.Result(errors);
    }

    /// <summary>Matches <see cref="KeyNamePattern"/>: alphanumeric ends, '-', '_', '.' inside.</summary>
    private static bool IsKeyName(string value)
    {
        if (value.Length == 0 || !Ascii.IsLetterOrDigit(value[0]) || !Ascii.IsLetterOrDigit(value[value.Length - 1]))
        {
            return false;
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (!Ascii.IsLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
