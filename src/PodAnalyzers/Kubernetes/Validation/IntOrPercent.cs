using System.Globalization;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Validation;

/// <summary>
/// A rolling update's maxUnavailable / maxSurge as pkg/apis/apps/validation reads it:
/// ValidatePositiveIntOrPercent, getPercentValue, getIntOrPercentValue and IsNotMoreThan100Percent.
/// </summary>
internal static class IntOrPercent
{
    /// <summary>ValidateNonnegativeField's detail (IsNegativeErrorMsg).</summary>
    public const string NegativeMessage = "must be greater than or equal to 0";

    public const string Over100Message = "must not be greater than 100%";

    /// <summary>IsValidPercent's error: RegexError(percentErrMsg, "[0-9]+%", "1%", "93%").</summary>
    public static readonly string PercentMessage = MessageFormat.Regex(
        "a valid percent string must be a numeric string followed by an ending '%'", "[0-9]+%", "1%", "93%");

    /// <summary>ValidatePositiveIntOrPercent's detail, null when valid; a negative integer prints as the plain number.</summary>
    public static string? PositiveError(IntOrString value) => value.IsText
        ? (IsValidPercent(value.Text!) ? null : PercentMessage)
        : (value.Number < 0 ? NegativeMessage : null);

    /// <summary>IsNotMoreThan100Percent: only a valid percent string above 100 fails.</summary>
    public static bool IsOver100Percent(IntOrString value) => PercentValue(value) is > 100;

    /// <summary>getIntOrPercentValue: the percent's number, else IntValue() (strconv.Atoi of a string, 0 when it does not parse).</summary>
    public static long Value(IntOrString value) =>
        PercentValue(value) ?? (value.IsText ? GoAtoi.Parse(value.Text!) : value.Number);

    /// <summary>How field.Error prints the IntOrString: JSON from 1.34, Go's %#v of the struct before.</summary>
    public static string Print(IntOrString value, KubernetesVersion version)
    {
        if (version.IsAtLeast(34))
        {
            return value.IsText ? GoValues.JsonQuote(value.Text!) : value.Number.ToString(CultureInfo.InvariantCulture);
        }

        return value.IsText
            ? "intstr.IntOrString{Type:1, IntVal:0, StrVal:" + FieldErrors.GoQuote(value.Text!) + "}"
            : "intstr.IntOrString{Type:0, IntVal:" + value.Number.ToString(CultureInfo.InvariantCulture) + ", StrVal:\"\"}";
    }

    /// <summary>getPercentValue: the number of a string matching ^[0-9]+%$ (Atoi clamps an overflow to the int64 maximum).</summary>
    private static long? PercentValue(IntOrString value) =>
        value.IsText && IsValidPercent(value.Text!) ? GoAtoi.Parse(value.Text!.Substring(0, value.Text!.Length - 1)) : null;

    private static bool IsValidPercent(string text)
    {
        if (text.Length < 2 || text[text.Length - 1] != '%')
        {
            return false;
        }

        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
