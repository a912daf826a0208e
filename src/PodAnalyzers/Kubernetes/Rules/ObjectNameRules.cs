using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1040: <c>metadata.name</c> (or <c>generateName</c>) of the Pod or workload, as
/// ValidateObjectMetaAccessor checks it with NameIsDNSSubdomain (every pod-bearing kind uses it),
/// plus the CronJob limit of 52 bytes.
/// </summary>
internal static class ObjectNameRules
{
    /// <summary>names.SimpleNameGenerator: at most 58 bytes of generateName, then 5 random characters.</summary>
    private const int MaxGeneratedBaseLength = 58;

    /// <summary>A suffix the generator can produce (its alphabet is "bcdfghjklmnpqrstvwxz2456789").</summary>
    private const string GeneratedSuffix = "xxxxx";

    private const int CronJobNameMaxLength = 52;

    public static void Check(PodSource pod, RuleContext context)
    {
        var metadata = pod.Metadata;
        var name = metadata.Name;
        var generateName = metadata.GenerateName;
        if ((name is not null && !name.IsWellTyped) || (generateName is not null && !generateName.IsWellTyped))
        {
            return;
        }

        var path = metadata.Path;
        var generateNameValid = true;
        if (generateName is { Value.Length: > 0 })
        {
            foreach (var message in DnsValidation.ValidateSubdomain(MaskTrailingDash(generateName.Value)))
            {
                generateNameValid = false;
                context.Report(Rule.InvalidObjectName, generateName.Span, FieldErrors.Invalid(path + ".generateName", generateName.Value, message));
            }
        }

        if (name is { Value.Length: > 0 })
        {
            foreach (var message in DnsValidation.ValidateSubdomain(name.Value))
            {
                context.Report(Rule.InvalidObjectName, name.Span, FieldErrors.Invalid(path + ".name", name.Value, message));
            }

            if (pod.Kind == "CronJob" && MessageFormat.ByteLength(name.Value) > CronJobNameMaxLength)
            {
                // The controller names each Job "<cronjob>-<11 characters>", and a Job name is at most 63.
                context.Report(Rule.InvalidObjectName, name.Span, FieldErrors.Invalid(path + ".name", name.Value, "must be no more than 52 characters"));
            }

            return;
        }

        if (generateName is not { Value.Length: > 0 })
        {
            context.Report(Rule.InvalidObjectName, name?.Span ?? metadata.Span, FieldErrors.Required(path + ".name", "name or generateName is required"));
            return;
        }

        // The server validates the generated name too. Only when generateName passed can it still
        // fail (the masking hides the character before the trailing dash): report that once.
        if (generateNameValid)
        {
            var generated = Truncate(generateName.Value) + GeneratedSuffix;
            foreach (var message in DnsValidation.ValidateSubdomain(generated))
            {
                context.Report(Rule.InvalidObjectName, generateName.Span, FieldErrors.Invalid(path + ".name", generated, message));
            }
        }
    }

    /// <summary>
    /// apimachinery's maskTrailingDash for prefix names: Go drops the last two bytes of a name
    /// ending in '-' and appends "a" (so "web-" is checked as "wea"). When the byte before the dash
    /// belongs to a multi-byte character, Go leaves a broken character behind, which still fails
    /// the check: keeping that character here gives the same verdict. A lone "-" is left as it is.
    /// </summary>
    internal static string MaskTrailingDash(string name)
    {
        if (name.Length < 2 || name[name.Length - 1] != '-')
        {
            return name;
        }

        var before = name[name.Length - 2];
        return name.Substring(0, name.Length - 2) + (before > '\u007f' ? before.ToString() : string.Empty) + "a";
    }

    private static string Truncate(string generateName)
    {
        if (MessageFormat.ByteLength(generateName) <= MaxGeneratedBaseLength)
        {
            return generateName;
        }

        // Go slices bytes; a cut inside a multi-byte character yields invalid UTF-8, which fails the check anyway.
        var bytes = System.Text.Encoding.UTF8.GetBytes(generateName);
        return System.Text.Encoding.UTF8.GetString(bytes, 0, MaxGeneratedBaseLength);
    }
}
