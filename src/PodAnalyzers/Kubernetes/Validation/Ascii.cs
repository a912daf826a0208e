namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>ASCII character classes of the Kubernetes name regexes (never culture- or Unicode-aware).</summary>
internal static class Ascii
{
    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsLower(char c) => c >= 'a' && c <= 'z';

    public static bool IsLetter(char c) => IsLower(c) || (c >= 'A' && c <= 'Z');

    public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

    public static bool IsLowerOrDigit(char c) => IsLower(c) || IsDigit(c);
}
