using System;
using System.Collections.Generic;
using System.Linq;
using PodAnalyzers.Findings;

namespace PodAnalyzers.Evaluation;

/// <summary>
/// Applies a manifest's own suppressions to its findings: one mechanism for every rule. A finding
/// of a manifest rule (POD1xxx) or of strict decoding (POD0002, POD0010-POD0013) covered by a
/// suppression that names its rule is dropped; every named rule that suppressed nothing, cannot be
/// suppressed in YAML, or is no rule at all becomes POD0005 on its own text. The other POD0xxx
/// findings are never suppressed in YAML (the file could not be read as written, or they concern
/// the tool itself): configure them in .globalconfig.
/// </summary>
internal static class Suppressions
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Suppression> suppressions, IReadOnlyList<Finding> findings)
    {
        if (suppressions.Count == 0)
        {
            return findings;
        }

        var used = new HashSet<SuppressedRule>();
        var reported = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var suppressed = false;
            if (finding.Rule.IsSuppressibleInYaml)
            {
                foreach (var suppression in suppressions)
                {
                    if (!suppression.Covers(finding.Span))
                    {
                        continue;
                    }

                    foreach (var rule in suppression.Rules)
                    {
                        if (string.Equals(rule.Id, finding.RuleId, StringComparison.OrdinalIgnoreCase))
                        {
                            used.Add(rule);
                            suppressed = true;
                        }
                    }
                }
            }

            if (!suppressed)
            {
                reported.Add(finding);
            }
        }

        foreach (var suppression in suppressions.OrderBy(suppression => suppression.Span.Start))
        {
            if (suppression.Problem is { } problem)
            {
                reported.Add(new Finding(Rule.UnusedSuppression, suppression.Span, problem));
            }

            foreach (var rule in suppression.Rules)
            {
                if (!used.Contains(rule))
                {
                    reported.Add(new Finding(Rule.UnusedSuppression, rule.Span, WhyUnused(suppression, rule)));
                }
            }
        }

        return reported;
    }

    /// <summary>The manifest rules and strict decoding: what the API server or the scheduler would say about a manifest.</summary>
    public static bool IsSuppressible(string ruleId) => Rule.Find(ruleId) is { IsSuppressibleInYaml: true };

    private static string WhyUnused(Suppression suppression, SuppressedRule rule)
    {
        var where = suppression.Form switch
        {
            SuppressionForm.Annotation => "in this object",
            SuppressionForm.DisableLine => "on this line",
            _ => suppression.TargetLine > 0 ? "on the next line" : "after this comment (no YAML follows it)",
        };
        var justification = suppression.Justification is { } reason ? $" (justification: {reason})" : string.Empty;
        if (IsSuppressible(rule.Id.ToUpperInvariant()))
        {
            return $"unused suppression: {rule.Id.ToUpperInvariant()} reports nothing {where}{justification}; remove it";
        }

        if (rule.Id.StartsWith("POD0", StringComparison.OrdinalIgnoreCase) && rule.Id.Length == 7)
        {
            return $"{rule.Id.ToUpperInvariant()} cannot be suppressed inside YAML: it says the manifest or a setting cannot be read as written; configure it in .globalconfig (dotnet_diagnostic.{rule.Id.ToUpperInvariant()}.severity) instead";
        }

        return $"'{rule.Id}' is not a PodAnalyzers manifest rule ID (POD1xxx, or POD0002 and POD0010-POD0013); remove it";
    }
}
