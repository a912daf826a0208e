using System;
using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Kubernetes.Schema;
using PodAnalyzers.Manifests;
using PodAnalyzers.Manifests.Reading;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Decoding;

/// <summary>
/// Which schema type an object decodes into, and POD0013 when its apiVersion serves no such kind
/// in the target version. Objects of other APIs (a CRD's kind that shares a built-in name, such as
/// Knative's Service) and node inventories (written by kubectl, never applied) are not decoded.
/// </summary>
internal static class ApiVersions
{
    // The API groups of the kinds the product reads, and the groups they were served from before 1.30.
    private static readonly HashSet<string> BuiltInGroups = new(StringComparer.Ordinal)
    {
        string.Empty, "apps", "extensions", "batch", "policy", "autoscaling",
    };

    public static SchemaType? RootType(ManifestObject manifestObject, RuleContext context)
    {
        var kind = manifestObject.Kind.Value;
        var served = KubernetesSchema.ServedApiVersions(kind, context.Version);
        if (served.Count == 0 || kind == "Node")
        {
            return null;
        }

        switch (manifestObject.ApiVersion)
        {
            case null or YamlScalar { IsNull: true }:
                // Decoded as the kind's served version all the same: a misspelt apiVersion key is then an unknown field.
                context.Report(Rule.UnservedApiVersion, manifestObject.Kind.Span, $"apiVersion not set: kind {FieldErrors.GoQuote(kind)} needs {Use(served)}");
                return KubernetesSchema.TryGetRootType(served[0], kind, context.Version, out var assumed) ? assumed : null;
            case YamlScalar { IsString: true } apiVersion when KubernetesSchema.TryGetRootType(apiVersion.Value, kind, context.Version, out var root):
                return root;
            case YamlScalar { IsString: true } apiVersion when BuiltInGroups.Contains(GroupOf(apiVersion.Value)):
                context.Report(
                    Rule.UnservedApiVersion,
                    apiVersion.Span,
                    $"no matches for kind {FieldErrors.GoQuote(kind)} in version {FieldErrors.GoQuote(apiVersion.Value)}: Kubernetes 1.{context.Version.Minor} serves it as {Use(served)}");
                return null;
            case YamlScalar { IsString: true }:
                return null;
            case { } notString:
                context.Report(Rule.WrongShape, notString.Span, WrongShape.Message(notString, "apiVersion", "a string", hint: null));
                return null;
        }
    }

    private static string Use(IReadOnlyList<string> served) =>
        "apiVersion: " + string.Join(" or apiVersion: ", served);

    private static string GroupOf(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? string.Empty : apiVersion.Substring(0, slash);
    }
}
