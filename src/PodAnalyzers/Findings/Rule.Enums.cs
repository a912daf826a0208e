namespace PodAnalyzers.Findings;

/// <summary>POD1080: a value outside an enumerated field's set, which the API server rejects.</summary>
internal sealed partial record Rule
{
    public static readonly Rule UnsupportedEnumValue = new(
        "POD1080",
        "Unsupported value of an enumerated field",
        RuleCategory.Validation,
        Severity.Error,
        "An enumerated field of a Pod or workload (restartPolicy, dnsPolicy, imagePullPolicy, terminationMessagePolicy, a toleration's operator or effect, a selector operator, whenUnsatisfiable, a seccomp or AppArmor profile type, procMount, a hostPath type, a strategy type, concurrencyPolicy, completionMode, ...) holds a value the API server does not support for the target Kubernetes version. The API server rejects the object.");
}
