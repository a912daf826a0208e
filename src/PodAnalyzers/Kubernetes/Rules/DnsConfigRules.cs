using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1088 in <c>spec.dnsConfig</c> (validatePodDNSConfig): dnsPolicy None needs a dnsConfig with
/// a nameserver; at most 3 nameservers, each an IP; at most 32 searches of at most 2048 characters
/// together, each a DNS subdomain; every option named. An unsupported dnsPolicy is POD1080's
/// (an absent one defaults to ClusterFirst).
/// </summary>
internal static class DnsConfigRules
{
    private const int MaxNameservers = 3;
    private const int MaxSearchPaths = 32;
    private const int MaxSearchListChars = 2048;

    /// <summary>RelaxedDNSSearchValidation is on by default from 1.33: '_' and a lone "." are allowed.</summary>
    private const int RelaxedSearchMinor = 33;

    public static void Check(PodSource pod, RuleContext context)
    {
        var spec = pod.Spec.Node;
        var policy = spec.Field("dnsPolicy");
        var config = spec.Field("dnsConfig");
        if (policy.AsString() is { Value: "None" })
        {
            if (!config.IsPresent)
            {
                context.Report(Rule.InvalidPodSpecField, policy.KeySpan, FieldErrors.Required(config.Path, "must provide `dnsConfig` when `dnsPolicy` is None"));
                return;
            }

            var nameservers = config.Field("nameservers");
            if (config.Mapping is not null && (nameservers.Sequence?.Items.Count ?? 0) == 0 && (!nameservers.IsPresent || nameservers.Sequence is not null))
            {
                var span = nameservers.IsPresent ? nameservers.ValueSpan : policy.KeySpan;
                context.Report(Rule.InvalidPodSpecField, span, FieldErrors.Required(nameservers.Path, "must provide at least one DNS nameserver when `dnsPolicy` is None"));
                return;
            }
        }

        if (config.Mapping is not null)
        {
            CheckNameservers(config.Field("nameservers"), context);
            CheckSearches(config.Field("searches"), context);
            CheckOptions(config.Field("options"), context);
        }
    }

    private static void CheckNameservers(FieldNode nameservers, RuleContext context)
    {
        if (StringLists.Of(nameservers) is not { } items)
        {
            return;
        }

        if (items.Count > MaxNameservers)
        {
            context.Report(Rule.InvalidPodSpecField, nameservers.ValueSpan, FieldErrors.InvalidPrinted(nameservers.Path, Printed(items, context), "must not have more than 3 nameservers"));
        }

        for (var i = 0; i < items.Count; i++)
        {
            // Only the plain parse failure: whether the strict checks of 1.36 (leading zeros,
            // IPv4-mapped IPv6) reach nameservers as they reach hostAliases is not established.
            foreach (var message in IpValidation.Validate(items[i].Value, context.Version))
            {
                if (message == IpValidation.InvalidMessage)
                {
                    context.Report(Rule.InvalidPodSpecField, items[i].Span, FieldErrors.Invalid(FieldErrors.Index(nameservers.Path, i), items[i].Value, message));
                }
            }
        }
    }

    private static void CheckSearches(FieldNode searches, RuleContext context)
    {
        if (StringLists.Of(searches) is not { } items)
        {
            return;
        }

        if (items.Count > MaxSearchPaths)
        {
            context.Report(Rule.InvalidPodSpecField, searches.ValueSpan, FieldErrors.InvalidPrinted(searches.Path, Printed(items, context), "must not have more than 32 search paths"));
        }

        // strings.Join(searches, " "): bytes, spaces included.
        var length = items.Count > 0 ? items.Count - 1 : 0;
        foreach (var item in items)
        {
            length += MessageFormat.ByteLength(item.Value);
        }

        if (length > MaxSearchListChars)
        {
            context.Report(Rule.InvalidPodSpecField, searches.ValueSpan, FieldErrors.InvalidPrinted(searches.Path, Printed(items, context), "must not have more than 2048 characters (including spaces) in the search list"));
        }

        var relaxed = context.Version.IsAtLeast(RelaxedSearchMinor);
        for (var i = 0; i < items.Count; i++)
        {
            var search = items[i].Value;
            if (relaxed && search == ".")
            {
                continue;
            }

            // The server reports the search without its one trailing dot.
            var trimmed = search.EndsWith(".", System.StringComparison.Ordinal) ? search.Substring(0, search.Length - 1) : search;
            var messages = relaxed ? DnsSearchValidation.ValidateSubdomainWithUnderscore(trimmed) : DnsValidation.ValidateSubdomain(trimmed);
            foreach (var message in FieldErrors.Invalid(FieldErrors.Index(searches.Path, i), trimmed, messages))
            {
                context.Report(Rule.InvalidPodSpecField, items[i].Span, message);
            }
        }
    }

    private static void CheckOptions(FieldNode options, RuleContext context)
    {
        foreach (var option in options.Items())
        {
            var name = option.Field("name");
            if (option.Mapping is null || (name.IsPresent && name.AsString() is null))
            {
                continue;
            }

            if (name.StringOrEmpty.Length == 0)
            {
                context.Report(Rule.InvalidPodSpecField, name.ValueSpan, FieldErrors.Required(option.Path, "must not be empty"));
            }
        }
    }

    private static string Printed(List<Located<string>> items, RuleContext context)
    {
        var values = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            values[i] = items[i].Value;
        }

        return GoValues.StringList(values, context.Version);
    }
}
