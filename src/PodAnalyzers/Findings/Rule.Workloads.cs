namespace PodAnalyzers.Findings;

/// <summary>POD1092: the numbers and strategies of a workload's own spec that the API server rejects.</summary>
internal sealed partial record Rule
{
    public static readonly Rule InvalidWorkloadSpec = new(
        "POD1092",
        "Workload number or strategy the API server rejects",
        RuleCategory.Validation,
        Severity.Error,
        "A workload's replicas, minReadySeconds, revisionHistoryLimit or history limits are negative; a Deployment's progressDeadlineSeconds (600 when absent) is not above minReadySeconds; a rolling update's maxUnavailable or maxSurge is not a non-negative integer or percentage, is above 100 %, or both are zero; a Recreate or OnDelete strategy has a rollingUpdate; a Job's counts, deadlines, per-index backoff, managedBy, podFailurePolicy rules or successPolicy break validateJobSpec. The API server rejects the object.");
}
