using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>What the server does with an empty value of an enumerated field.</summary>
internal enum EmptyValue
{
    /// <summary>Defaulting replaces it, or the server accepts it: no finding.</summary>
    Accepted,

    /// <summary>The switch's default branch: <c>Unsupported value: ""</c>.</summary>
    Unsupported,
}

/// <summary>POD1080's shared steps: read an enumerated field as the server decodes it, and report a value outside the table.</summary>
internal static class EnumFieldCheck
{
    /// <summary>
    /// The string the server validates, and where it is written. A pointer field (<paramref name="absentIsEmpty"/>
    /// false) that is absent or null is nil and not validated; a plain string field that is absent
    /// or null decodes as "". A value of another YAML type is POD0002's, and the object never reaches validation.
    /// </summary>
    public static bool TryRead(FieldNode field, bool absentIsEmpty, out string value, out SourceSpan span)
    {
        if (field.Value is YamlScalar { IsString: true } text)
        {
            value = text.Value;
            span = text.Span;
            return true;
        }

        value = string.Empty;
        span = field.ValueSpan;
        return absentIsEmpty && !field.IsPresent;
    }

    /// <summary>
    /// field.NotSupported when the value is not in the table for the target version, under the
    /// path of <paramref name="reportedAt"/> when the server names another field than the one it reads.
    /// </summary>
    public static void NotSupported(FieldNode field, EnumField kind, EmptyValue empty, RuleContext context, bool absentIsEmpty = false, FieldNode? reportedAt = null)
    {
        if (EnumValues.Supported(kind, context.Version) is not { } supported
            || !TryRead(field, absentIsEmpty, out var value, out var span)
            || (value.Length == 0 && empty == EmptyValue.Accepted)
            || EnumValues.Contains(supported, value))
        {
            return;
        }

        context.Report(Rule.UnsupportedEnumValue, span, EnumMessages.NotSupported((reportedAt ?? field).Path, GoValues.TypedString(value, context.Version), supported));
    }

    /// <summary>
    /// field.Required (on the field) when the value is empty, field.NotSupported (on
    /// <paramref name="notSupportedAt"/>'s path, the field's own by default) when it is not in the table.
    /// </summary>
    public static void RequiredOrNotSupported(FieldNode field, EnumField kind, string? requiredDetail, RuleContext context, bool absentIsEmpty = true, FieldNode? notSupportedAt = null)
    {
        if (EnumValues.Supported(kind, context.Version) is not { } supported || !TryRead(field, absentIsEmpty, out var value, out var span))
        {
            return;
        }

        if (value.Length == 0)
        {
            context.Report(Rule.UnsupportedEnumValue, span, FieldErrors.Required(field.Path, requiredDetail));
        }
        else if (!EnumValues.Contains(supported, value))
        {
            context.Report(Rule.UnsupportedEnumValue, span, EnumMessages.NotSupported((notSupportedAt ?? field).Path, GoValues.TypedString(value, context.Version), supported));
        }
    }

    /// <summary>field.Invalid with the server's own detail when the value (absent reads as "") is not in the table.</summary>
    public static void Invalid(FieldNode field, EnumField kind, string detail, RuleContext context)
    {
        if (EnumValues.Supported(kind, context.Version) is not { } supported
            || !TryRead(field, absentIsEmpty: true, out var value, out var span)
            || EnumValues.Contains(supported, value))
        {
            return;
        }

        context.Report(Rule.UnsupportedEnumValue, span, FieldErrors.InvalidPrinted(field.Path, GoValues.TypedString(value, context.Version), detail));
    }
}
