using System.Collections.Generic;
using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// <c>spec.hostAliases</c> (ValidateHostAliases and the pod warnings): POD1020 invalid ip,
/// POD1021 invalid hostname, POD1022 the same ip in two entries (a warning).
/// </summary>
internal static class HostAliasRules
{
    /// <summary>The server's messages for a hostAliases IP; the YAML rules and the C# analyzers (POD2011) share it.</summary>
    public static IReadOnlyList<string> IpErrors(string path, string ip, KubernetesVersion version) =>
        FieldErrors.Invalid(path, ip, IpValidation.Validate(ip, version));

    /// <summary>The server's messages for a hostAliases hostname; shared like <see cref="IpErrors"/>.</summary>
    public static IReadOnlyList<string> HostnameErrors(string path, string hostname) =>
        FieldErrors.Invalid(path, hostname, DnsValidation.ValidateSubdomain(hostname));

    public static void Check(PodSource pod, RuleContext context)
    {
        foreach (var alias in pod.Spec.HostAliases)
        {
            var ipPath = alias.Path + ".ip";
            if (alias.Ip is null || alias.Ip.IsWellTyped)
            {
                var ip = RuleContext.TextOf(alias.Ip);
                foreach (var message in IpErrors(ipPath, ip, context.Version))
                {
                    context.Report(Rule.InvalidHostAliasIp, alias.Ip?.Span ?? alias.Span, message);
                }
            }

            for (var i = 0; i < alias.Hostnames.Count; i++)
            {
                var hostname = alias.Hostnames[i];
                if (!hostname.IsWellTyped)
                {
                    continue;
                }

                var path = alias.Path + ".hostnames[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                foreach (var message in HostnameErrors(path, hostname.Value))
                {
                    context.Report(Rule.InvalidHostAliasHostname, hostname.Span, message);
                }
            }
        }

        // pkg/api/pod/warnings.go: "duplicate hostAliases (#91670, #58477)".
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var alias in pod.Spec.HostAliases)
        {
            if (alias.Ip is { IsWellTyped: false })
            {
                continue;
            }

            var ip = RuleContext.TextOf(alias.Ip);
            if (!seen.Add(ip))
            {
                context.Report(Rule.DuplicateHostAliasIp, alias.Ip?.Span ?? alias.Span, $"{alias.Path}.ip: duplicate ip {FieldErrors.GoQuote(ip)}");
            }
        }
    }
}
