using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1087, the parts of a security context the pod and its containers share: seccompProfile
/// (validateSeccompProfileField), appArmorProfile (ValidateAppArmorProfileField) and
/// windowsOptions (validateWindowsSecurityContextOptions). An unsupported <c>type</c> is POD1080's.
/// </summary>
internal static class SecurityProfileRules
{
    public static void CheckSeccomp(FieldNode profile, RuleContext context)
    {
        if (!profile.IsPresent || !Decodes(profile.Field("type")) || !Decodes(profile.Field("localhostProfile")))
        {
            return;
        }

        var type = profile.Field("type");
        var localhost = profile.Field("localhostProfile");
        if (type.StringOrEmpty.Length == 0)
        {
            context.Report(Rule.InvalidSecurityContext, Where(type), FieldErrors.Required(type.Path, "type is required when seccompProfile is set"));
        }

        if (type.StringOrEmpty == "Localhost")
        {
            if (localhost.AsString() is not { } path)
            {
                context.Report(Rule.InvalidSecurityContext, type.ValueSpan, FieldErrors.Required(localhost.Path, "must be set when seccomp type is Localhost"));
            }
            else
            {
                CheckLocalDescendingPath(path.Value, localhost.Path, path.Span, context);
            }
        }
        else if (localhost.AsString() is { } path)
        {
            context.Report(
                Rule.InvalidSecurityContext,
                path.Span,
                FieldErrors.InvalidPrinted(localhost.Path, SecurityContextValues.SeccompProfile(profile), "can only be set when seccomp type is Localhost"));
        }
    }

    public static void CheckAppArmor(FieldNode profile, RuleContext context)
    {
        var type = profile.Field("type");
        var localhost = profile.Field("localhostProfile");
        if (!profile.IsPresent || !Decodes(type) || !Decodes(localhost))
        {
            return;
        }

        switch (type.StringOrEmpty)
        {
            case "Localhost":
                if (localhost.AsString() is not { } path)
                {
                    context.Report(Rule.InvalidSecurityContext, type.ValueSpan, FieldErrors.Required(localhost.Path, "must be set when AppArmor type is Localhost"));
                }
                else if (GoStrings.TrimSpace(path.Value) != path.Value)
                {
                    context.Report(Rule.InvalidSecurityContext, path.Span, FieldErrors.Invalid(localhost.Path, path.Value, "must not be padded with whitespace"));
                }
                else if (path.Value.Length == 0)
                {
                    context.Report(Rule.InvalidSecurityContext, path.Span, FieldErrors.Required(localhost.Path, "must be set when AppArmor type is Localhost"));
                }

                break;
            case "RuntimeDefault":
            case "Unconfined":
                if (localhost.AsString() is { } written)
                {
                    context.Report(
                        Rule.InvalidSecurityContext,
                        written.Span,
                        FieldErrors.InvalidPrinted(localhost.Path, GoValues.TypedString(written.Value, context.Version), "can only be set when AppArmor type is Localhost"));
                }

                break;
            case "":
                context.Report(Rule.InvalidSecurityContext, Where(type), FieldErrors.Required(type.Path, "type is required when appArmorProfile is set"));
                break;
        }
    }

    public static void CheckWindowsOptions(FieldNode options, RuleContext context)
    {
        if (!options.IsPresent)
        {
            return;
        }

        if (options.Field("gmsaCredentialSpecName").AsString() is { } specName)
        {
            var path = options.Path + ".gmsaCredentialSpecName";
            foreach (var message in DnsValidation.ValidateSubdomain(specName.Value))
            {
                ReportString(path, specName, message, context);
            }
        }

        if (options.Field("gmsaCredentialSpec").AsString() is { } spec)
        {
            var path = options.Path + ".gmsaCredentialSpec";
            if (spec.Value.Length == 0)
            {
                ReportString(path, spec, WindowsSecurityOptions.EmptyCredentialSpec, context);
            }
            else if (MessageFormat.ByteLength(spec.Value) > WindowsSecurityOptions.MaxCredentialSpecBytes)
            {
                ReportString(path, spec, WindowsSecurityOptions.CredentialSpecTooLarge, context);
            }
        }

        if (options.Field("runAsUserName").AsString() is { } userName)
        {
            foreach (var message in WindowsSecurityOptions.ValidateRunAsUserName(userName.Value))
            {
                ReportString(options.Path + ".runAsUserName", userName, message, context);
            }
        }
    }

    /// <summary>validateLocalDescendingPath: relative, and no ".." element.</summary>
    public static void CheckLocalDescendingPath(string target, string path, SourceSpan span, RuleContext context)
    {
        if (target.StartsWith("/", System.StringComparison.Ordinal))
        {
            context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Invalid(path, target, "must be a relative path"));
        }

        foreach (var part in target.Split('/'))
        {
            if (part == "..")
            {
                context.Report(Rule.InvalidSecurityContext, span, FieldErrors.Invalid(path, target, "must not contain '..'"));
                break;
            }
        }
    }

    /// <summary>Where a finding about a field lands: a scalar's value, else the field's key.</summary>
    public static SourceSpan Where(FieldNode field) => field.Value is YamlScalar ? field.ValueSpan : field.KeySpan;

    /// <summary>A string field the server can decode: absent, null or a string.</summary>
    public static bool Decodes(FieldNode field) => !field.IsPresent || field.AsString() is not null;

    private static void ReportString(string path, Located<string> value, string message, RuleContext context) =>
        context.Report(Rule.InvalidSecurityContext, value.Span, FieldErrors.InvalidPrinted(path, GoValues.TypedString(value.Value, context.Version), message));
}
