using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1092: the numbers and update strategies of an apps/v1 workload or a v1
/// ReplicationController, after SetDefaults (pkg/apis/apps/v1/defaults.go): ValidateDeploymentSpec
/// with ValidateDeploymentStrategy and ValidateRollingUpdateDeployment, ValidateReplicaSetSpec,
/// ValidateStatefulSetSpec with validateRollingUpdateStatefulSet, ValidateDaemonSetSpec with
/// ValidateDaemonSetUpdateStrategy and ValidateRollingUpdateDaemonSet, and
/// ValidateReplicationControllerSpec. Jobs and CronJobs: <see cref="JobSpecRules"/>. An unsupported
/// strategy type is POD1080's, and the server then checks nothing more of the strategy.
/// </summary>
internal static class WorkloadSpecRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        if (pod.Workload is not { } workload || !WorkloadSelectorRules.IsServed(pod.Kind, workload.ApiVersion))
        {
            return;
        }

        var spec = pod.Root.Field("spec");
        var reader = new WorkloadFieldReader(context);
        switch (pod.Kind)
        {
            case "Deployment":
                CheckDeployment(spec, reader);
                break;
            case "ReplicaSet":
                CheckReplicas(spec, reader, minReadySecondsFirst: false);
                break;
            case "StatefulSet":
                CheckStatefulSet(spec, reader);
                break;
            case "DaemonSet":
                CheckDaemonSet(spec, reader);
                break;
            case "ReplicationController":
                CheckReplicas(spec, reader, minReadySecondsFirst: true);
                break;
            case "Job":
                JobSpecRules.CheckJob(pod, spec, reader);
                break;
            case "CronJob":
                JobSpecRules.CheckCronJob(pod, spec, reader);
                break;
        }
    }

    /// <summary>ValidateReplicaSetSpec (replicas, then minReadySeconds) and ValidateReplicationControllerSpec (the other way round).</summary>
    private static void CheckReplicas(FieldNode spec, WorkloadFieldReader reader, bool minReadySecondsFirst)
    {
        var replicas = reader.Int32(spec.Field("replicas"));
        var minReadySeconds = reader.Int32(spec.Field("minReadySeconds"));
        if (reader.Undecodable)
        {
            return;
        }

        if (minReadySecondsFirst)
        {
            reader.NonNegative("spec.minReadySeconds", minReadySeconds);
        }

        reader.NonNegative("spec.replicas", replicas);
        if (!minReadySecondsFirst)
        {
            reader.NonNegative("spec.minReadySeconds", minReadySeconds);
        }
    }

    private static void CheckDeployment(FieldNode spec, WorkloadFieldReader reader)
    {
        var replicas = reader.Int32(spec.Field("replicas"));
        var strategy = spec.Field("strategy");
        reader.Struct(strategy);
        var type = reader.Text(strategy.Field("type"));
        var rollingUpdate = strategy.Field("rollingUpdate");
        var hasRollingUpdate = reader.Struct(rollingUpdate);
        var maxUnavailable = reader.IntOrString(rollingUpdate.Field("maxUnavailable"));
        var maxSurge = reader.IntOrString(rollingUpdate.Field("maxSurge"));
        var minReadySeconds = reader.Int32(spec.Field("minReadySeconds"));
        var revisionHistoryLimit = reader.Int32(spec.Field("revisionHistoryLimit"));
        var progressDeadline = spec.Field("progressDeadlineSeconds");
        var progressDeadlineSeconds = reader.Int32(progressDeadline);
        if (reader.Undecodable)
        {
            return;
        }

        reader.NonNegative("spec.replicas", replicas);
        switch (StrategyType(type))
        {
            case "Recreate" when hasRollingUpdate:
                reader.Report(rollingUpdate.KeySpan, FieldErrors.Forbidden(rollingUpdate.Path, "may not be specified when strategy `type` is 'Recreate'"));
                break;
            case "RollingUpdate":
                // SetDefaults_Deployment: an absent maxUnavailable or maxSurge is 25%.
                var unavailable = maxUnavailable ?? new IntOrString(0, "25%", rollingUpdate.KeySpan);
                var surge = maxSurge ?? new IntOrString(0, "25%", rollingUpdate.KeySpan);
                var unavailablePath = rollingUpdate.Path + ".maxUnavailable";
                PositiveIntOrPercent(unavailablePath, unavailable, reader);
                PositiveIntOrPercent(rollingUpdate.Path + ".maxSurge", surge, reader);
                if (IntOrPercent.Value(unavailable) == 0 && IntOrPercent.Value(surge) == 0)
                {
                    reader.Report(unavailable.Span, FieldErrors.InvalidPrinted(unavailablePath, IntOrPercent.Print(unavailable, reader.Version), "may not be 0 when `maxSurge` is 0"));
                }

                NotMoreThan100Percent(unavailablePath, unavailable, reader);
                break;
        }

        reader.NonNegative("spec.minReadySeconds", minReadySeconds);
        reader.NonNegative("spec.revisionHistoryLimit", revisionHistoryLimit);

        // SetDefaults_Deployment: an absent progressDeadlineSeconds is 600, so a minReadySeconds of
        // 600 or more needs an explicit, larger deadline; the finding then lands on minReadySeconds.
        var deadline = progressDeadlineSeconds?.Value ?? 600;
        reader.NonNegative("spec.progressDeadlineSeconds", progressDeadlineSeconds);
        if (deadline <= (minReadySeconds?.Value ?? 0))
        {
            var span = progressDeadlineSeconds?.Span ?? minReadySeconds!.Span;
            reader.Report(span, WorkloadFieldReader.Invalid(progressDeadline.Path, deadline, "must be greater than minReadySeconds"));
        }
    }

    private static void CheckStatefulSet(FieldNode spec, WorkloadFieldReader reader)
    {
        var strategy = spec.Field("updateStrategy");
        reader.Struct(strategy);
        var type = reader.Text(strategy.Field("type"));
        var rollingUpdate = strategy.Field("rollingUpdate");
        var hasRollingUpdate = reader.Struct(rollingUpdate);
        var partition = reader.Int32(rollingUpdate.Field("partition"));

        // MaxUnavailableStatefulSet (beta from 1.35): before, PrepareForCreate drops the field.
        var maxUnavailable = reader.Version.IsAtLeast(35) ? reader.IntOrString(rollingUpdate.Field("maxUnavailable")) : null;
        var replicas = reader.Int32(spec.Field("replicas"));
        var minReadySeconds = reader.Int32(spec.Field("minReadySeconds"));
        var ordinals = spec.Field("ordinals");
        reader.Struct(ordinals);
        var start = reader.Int32(ordinals.Field("start"));
        if (reader.Undecodable)
        {
            return;
        }

        switch (StrategyType(type))
        {
            case "OnDelete" when hasRollingUpdate:
                var value = RollingUpdateStatefulSet(partition?.Value ?? 0, maxUnavailable, reader.Version);
                reader.Report(rollingUpdate.KeySpan, FieldErrors.InvalidPrinted(rollingUpdate.Path, value, "only allowed for updateStrategy 'RollingUpdate'"));
                break;
            case "RollingUpdate" when hasRollingUpdate:
                reader.NonNegative(rollingUpdate.Path + ".partition", partition);
                if (maxUnavailable is not null)
                {
                    var path = rollingUpdate.Path + ".maxUnavailable";
                    PositiveIntOrPercent(path, maxUnavailable, reader);
                    if (IntOrPercent.Value(maxUnavailable) == 0)
                    {
                        reader.Report(maxUnavailable.Span, FieldErrors.InvalidPrinted(path, IntOrPercent.Print(maxUnavailable, reader.Version), "cannot be 0"));
                    }

                    NotMoreThan100Percent(path, maxUnavailable, reader);
                }

                break;
        }

        reader.NonNegative("spec.replicas", replicas);
        reader.NonNegative("spec.minReadySeconds", minReadySeconds);
        reader.NonNegative("spec.ordinals.start", start);
    }

    private static void CheckDaemonSet(FieldNode spec, WorkloadFieldReader reader)
    {
        var minReadySeconds = reader.Int32(spec.Field("minReadySeconds"));
        var strategy = spec.Field("updateStrategy");
        reader.Struct(strategy);
        var type = reader.Text(strategy.Field("type"));
        var rollingUpdate = strategy.Field("rollingUpdate");
        reader.Struct(rollingUpdate);
        var maxUnavailable = reader.IntOrString(rollingUpdate.Field("maxUnavailable"));
        var maxSurge = reader.IntOrString(rollingUpdate.Field("maxSurge"));
        var revisionHistoryLimit = reader.Int32(spec.Field("revisionHistoryLimit"));
        if (reader.Undecodable)
        {
            return;
        }

        reader.NonNegative("spec.minReadySeconds", minReadySeconds);
        if (StrategyType(type) == "RollingUpdate")
        {
            // SetDefaults_DaemonSet: an absent maxUnavailable is 1, an absent maxSurge 0.
            var unavailable = maxUnavailable ?? new IntOrString(1, null, rollingUpdate.KeySpan);
            var surge = maxSurge ?? new IntOrString(0, null, rollingUpdate.KeySpan);
            var unavailablePath = rollingUpdate.Path + ".maxUnavailable";
            var surgePath = rollingUpdate.Path + ".maxSurge";
            PositiveIntOrPercent(unavailablePath, unavailable, reader);
            PositiveIntOrPercent(surgePath, surge, reader);
            NotMoreThan100Percent(unavailablePath, unavailable, reader);
            NotMoreThan100Percent(surgePath, surge, reader);
            var hasUnavailable = IntOrPercent.Value(unavailable) != 0;
            var hasSurge = IntOrPercent.Value(surge) != 0;
            if (hasUnavailable && hasSurge)
            {
                reader.Report(surge.Span, FieldErrors.InvalidPrinted(surgePath, IntOrPercent.Print(surge, reader.Version), "may not be set when maxUnavailable is non-zero"));
            }
            else if (!hasUnavailable && !hasSurge)
            {
                reader.Report(unavailable.Span, FieldErrors.Required(unavailablePath, "cannot be 0 when maxSurge is 0"));
            }
        }

        reader.NonNegative("spec.revisionHistoryLimit", revisionHistoryLimit);
    }

    /// <summary>The SetDefaults functions turn an absent or empty strategy type into RollingUpdate.</summary>
    private static string StrategyType(Located<string>? type) => type is { Value.Length: > 0 } ? type.Value : "RollingUpdate";

    private static void PositiveIntOrPercent(string path, IntOrString value, WorkloadFieldReader reader)
    {
        switch (IntOrPercent.PositiveError(value))
        {
            case IntOrPercent.NegativeMessage:
                reader.Report(value.Span, WorkloadFieldReader.Invalid(path, value.Number, IntOrPercent.NegativeMessage));
                break;
            case { } detail:
                reader.Report(value.Span, FieldErrors.InvalidPrinted(path, IntOrPercent.Print(value, reader.Version), detail));
                break;
        }
    }

    private static void NotMoreThan100Percent(string path, IntOrString value, WorkloadFieldReader reader)
    {
        if (IntOrPercent.IsOver100Percent(value))
        {
            reader.Report(value.Span, FieldErrors.InvalidPrinted(path, IntOrPercent.Print(value, reader.Version), IntOrPercent.Over100Message));
        }
    }

    /// <summary>The internal apps.RollingUpdateStatefulSetStrategy as field.Error prints it (an absent partition converts to 0).</summary>
    private static string RollingUpdateStatefulSet(long partition, IntOrString? maxUnavailable, KubernetesVersion version)
    {
        var number = partition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (version.IsAtLeast(34))
        {
            var printed = maxUnavailable is null ? "null" : IntOrPercent.Print(maxUnavailable, version);
            return "{\"Partition\":" + number + ",\"MaxUnavailable\":" + printed + "}";
        }

        // Before 1.34 the feature gate is off, so maxUnavailable has been dropped.
        return "apps.RollingUpdateStatefulSetStrategy{Partition:" + number + ", MaxUnavailable:(*intstr.IntOrString)(nil)}";
    }
}
