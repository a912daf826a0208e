namespace PodAnalyzers.Findings;

/// <summary>POD1085-POD1086: env var sources, envFrom and tolerations the API server rejects.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidEnvSource = new(
        "POD1085",
        "Invalid env var source or envFrom",
        RuleCategory.Validation,
        Severity.Error,
        "An env var's valueFrom must name exactly one source (fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef, from 1.35 fileKeyRef) and cannot be combined with a non-empty value; a fieldRef must name a field the downward API offers, a resourceFieldRef a container resource, a ConfigMap or Secret key selector a valid name and key; each envFrom entry needs exactly one of configMapRef or secretRef with a valid name, and a valid prefix. The API server rejects the object.");

    public static readonly Rule InvalidToleration = new(
        "POD1086",
        "Invalid toleration",
        RuleCategory.Validation,
        Severity.Error,
        "A toleration's key must be a valid label key, and an empty key needs operator Exists; operator Exists takes no value, operator Equal (the default) a valid label value; tolerationSeconds needs effect NoExecute. The API server rejects the object.");
}
