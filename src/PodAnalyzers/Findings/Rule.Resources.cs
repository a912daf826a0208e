namespace PodAnalyzers.Findings;

/// <summary>POD1081-POD1082: quantities and resource requirements the API server rejects.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidQuantity = new(
        "POD1081",
        "Invalid quantity or resource name",
        RuleCategory.Validation,
        Severity.Error,
        "A quantity in resources requests or limits, spec.resources, spec.overhead or an emptyDir sizeLimit does not parse (the server cannot decode the object), is negative, or is a fraction of an extended resource; or a resource name is not one a container (or the pod level) may use. The API server rejects the object.");

    public static readonly Rule InvalidResourceRequest = new(
        "POD1082",
        "Resource request above its limit",
        RuleCategory.Validation,
        Severity.Error,
        "A request exceeds its limit; an extended resource or hugepages request differs from its limit or has none; a hugepages quantity is not a multiple of its page size, or hugepages come without cpu or memory. The API server rejects the object.");
}
