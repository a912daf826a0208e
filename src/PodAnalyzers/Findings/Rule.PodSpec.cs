namespace PodAnalyzers.Findings;

/// <summary>POD1088: the pod spec fields ValidatePodSpec checks that no other rule covers.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidPodSpecField = new(
        "POD1088",
        "Invalid pod spec field",
        RuleCategory.Validation,
        Severity.Error,
        "A pod spec field the API server rejects: hostname or subdomain not a DNS label, activeDeadlineSeconds out of range or in the template of a controller that keeps Pods running, dnsPolicy None without dnsConfig nameservers or a dnsConfig over its limits, node-affinity requirements with the wrong number of values or bad matchFields, affinity weights outside 1-100, pod-affinity terms without a valid topologyKey or with an invalid selector, topology spread constraints with a bad maxSkew, minDomains or duplicate, invalid readiness or scheduling gates, or an invalid serviceAccountName, priorityClassName or runtimeClassName. The API server rejects the object.");
}
