using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// Builds detail messages worded exactly as apimachinery's error helpers word them.
/// </summary>
internal static class MessageFormat
{
    /// <summary>Shared result for a valid value, so the valid path allocates nothing.</summary>
    public static readonly IReadOnlyList<string> Valid = Array.Empty<string>();

    public const string NonEmpty = "must be non-empty";

    /// <summary>Go's <c>len(s)</c>: Kubernetes length limits count UTF-8 bytes, not UTF-16 chars.</summary>
    public static int ByteLength(string value) => Encoding.UTF8.GetByteCount(value);

    /// <summary>
    /// MaxLenError. pkg/util/validation always says "characters"; the
    /// pkg/api/validate/content package (label keys and values from 1.35) says "bytes".
    /// </summary>
    public static string MaxLength(int length, bool inBytes) =>
        "must be no more than " + length.ToString(CultureInfo.InvariantCulture) + (inBytes ? " bytes" : " characters");

    /// <summary>
    /// RegexError. The server appends "', " after each example and " or " before all but the
    /// first, which is why its messages have two spaces before "or". Every caller here passes
    /// examples, so the server's example-less form is not reproduced.
    /// </summary>
    public static string Regex(string message, string pattern, params string[] examples)
    {
        var builder = new StringBuilder(message).Append(" (e.g. ");
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" or ");
            }

            builder.Append('\'').Append(examples[i]).Append("', ");
        }

        return builder.Append("regex used for validation is '").Append(pattern).Append("')").ToString();
    }

    /// <summary>Appends to a list created on the first error only.</summary>
    public static void Add(ref List<string>? errors, string message) => (errors ??= new List<string>(2)).Add(message);

    public static IReadOnlyList<string> Result(List<string>? errors) => errors ?? Valid;
}
