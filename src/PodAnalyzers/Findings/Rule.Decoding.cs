namespace PodAnalyzers.Findings;

/// <summary>
/// POD0002 and POD0010-POD0013: what the API server's strict decoding refuses before any
/// validation runs. Suppressible inside the YAML, like the manifest rules.
/// </summary>
internal sealed partial record Rule
{
    public static readonly Rule WrongShape = new(
        "POD0002",
        "Manifest field has the wrong type",
        RuleCategory.Decoding,
        Severity.Error,
        "A field holds the wrong kind of value for the Kubernetes schema of the target version (a mapping where a list is expected, a number where a string is expected, an integer out of the int32 range). The API server fails to decode such an object.");

    public static readonly Rule UnknownField = new(
        "POD0010",
        "Unknown field",
        RuleCategory.Decoding,
        Severity.Error,
        "A key of a manifest names no field of that object in the Kubernetes schema of the target version (a misspelling, a wrong indentation, or a field that only exists in a later release). kubectl apply's strict field validation rejects the object.");

    public static readonly Rule DuplicateKey = new(
        "POD0011",
        "Duplicate key",
        RuleCategory.Decoding,
        Severity.Error,
        "A mapping of a manifest has the same key twice. Strict decoding rejects it; a lenient decoder keeps the last value and silently drops the first.");

    public static readonly Rule UnservedApiVersion = new(
        "POD0013",
        "apiVersion not served",
        RuleCategory.Decoding,
        Severity.Error,
        "The object's apiVersion does not serve its kind in the target Kubernetes version (extensions/v1beta1 Deployment, batch/v1beta1 CronJob, ...), or the object has a kind but no apiVersion. kubectl finds no match for the kind and applies nothing.");
}
