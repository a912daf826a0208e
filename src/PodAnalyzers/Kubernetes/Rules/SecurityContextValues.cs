using System.Globalization;
using System.Text;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// How field.Error prints the security-context values that are not plain strings or numbers. A
/// <c>*string</c> is quoted: Go's <c>%q</c> of the dereferenced string up to 1.33, JSON from 1.34.
/// A struct is printed from 1.34 as encoding/json prints the internal (untagged) type, field names
/// as Go spells them; up to 1.33 the server printed it with <c>%#v</c>, whose pointer addresses
/// cannot be reproduced, so the JSON form stands in for it there.
/// </summary>
internal static class SecurityContextValues
{
    /// <summary>core.SeccompProfile.</summary>
    public static string SeccompProfile(FieldNode profile) =>
        new StringBuilder("{\"Type\":").Append(GoValues.JsonQuote(profile.Field("type").StringOrEmpty))
            .Append(",\"LocalhostProfile\":").Append(NullableString(profile.Field("localhostProfile")))
            .Append('}').ToString();

    /// <summary>core.SecurityContext, in the order of its fields.</summary>
    public static string SecurityContext(FieldNode context)
    {
        var builder = new StringBuilder("{\"Capabilities\":");
        var capabilities = context.Field("capabilities");
        if (capabilities.IsPresent)
        {
            builder.Append("{\"Add\":").Append(StringList(capabilities.Field("add")))
                .Append(",\"Drop\":").Append(StringList(capabilities.Field("drop"))).Append('}');
        }
        else
        {
            builder.Append("null");
        }

        builder.Append(",\"Privileged\":").Append(NullableBool(context.Field("privileged")));
        var seLinux = context.Field("seLinuxOptions");
        builder.Append(",\"SELinuxOptions\":");
        if (seLinux.IsPresent)
        {
            builder.Append("{\"User\":").Append(GoValues.JsonQuote(seLinux.Field("user").StringOrEmpty))
                .Append(",\"Role\":").Append(GoValues.JsonQuote(seLinux.Field("role").StringOrEmpty))
                .Append(",\"Type\":").Append(GoValues.JsonQuote(seLinux.Field("type").StringOrEmpty))
                .Append(",\"Level\":").Append(GoValues.JsonQuote(seLinux.Field("level").StringOrEmpty)).Append('}');
        }
        else
        {
            builder.Append("null");
        }

        var windows = context.Field("windowsOptions");
        builder.Append(",\"WindowsOptions\":");
        if (windows.IsPresent)
        {
            builder.Append("{\"GMSACredentialSpecName\":").Append(NullableString(windows.Field("gmsaCredentialSpecName")))
                .Append(",\"GMSACredentialSpec\":").Append(NullableString(windows.Field("gmsaCredentialSpec")))
                .Append(",\"RunAsUserName\":").Append(NullableString(windows.Field("runAsUserName")))
                .Append(",\"HostProcess\":").Append(NullableBool(windows.Field("hostProcess"))).Append('}');
        }
        else
        {
            builder.Append("null");
        }

        builder.Append(",\"RunAsUser\":").Append(NullableInteger(context.Field("runAsUser")))
            .Append(",\"RunAsGroup\":").Append(NullableInteger(context.Field("runAsGroup")))
            .Append(",\"RunAsNonRoot\":").Append(NullableBool(context.Field("runAsNonRoot")))
            .Append(",\"ReadOnlyRootFilesystem\":").Append(NullableBool(context.Field("readOnlyRootFilesystem")))
            .Append(",\"AllowPrivilegeEscalation\":").Append(NullableBool(context.Field("allowPrivilegeEscalation")))
            .Append(",\"ProcMount\":").Append(NullableString(context.Field("procMount")))
            .Append(",\"SeccompProfile\":").Append(Profile(context.Field("seccompProfile")))
            .Append(",\"AppArmorProfile\":").Append(Profile(context.Field("appArmorProfile")))
            .Append('}');
        return builder.ToString();
    }

    private static string Profile(FieldNode profile) => profile.IsPresent ? SeccompProfile(profile) : "null";

    private static string NullableString(FieldNode field) =>
        field.AsString() is { } text ? GoValues.JsonQuote(text.Value) : "null";

    private static string NullableBool(FieldNode field) =>
        field.AsBool() is { } flag ? (flag.Value ? "true" : "false") : "null";

    private static string NullableInteger(FieldNode field) =>
        field.AsInteger() is { } number ? number.Value.ToString(CultureInfo.InvariantCulture) : "null";

    private static string StringList(FieldNode list)
    {
        if (!list.IsPresent)
        {
            return "null";
        }

        var builder = new StringBuilder("[");
        foreach (var item in list.Items())
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(GoValues.JsonQuote(item.StringOrEmpty));
        }

        return builder.Append(']').ToString();
    }
}
