namespace PodAnalyzers.Findings;

/// <summary>POD202x: rules comparing the C# code with the container that runs it (docs/code-and-manifests.md).</summary>
internal sealed partial record Rule
{
    public static readonly Rule UndefinedEnvironmentVariable = new(
        "POD2020",
        "Environment variable the container does not define",
        RuleCategory.Code,
        Severity.Warning,
        "Environment.GetEnvironmentVariable reads a variable, named by a compile-time constant, that the container running the project does not define: it is not in the container's env, not a key of an envFrom ConfigMap or Secret of the project (prefix applied), not an ENV or ARG of the project's Dockerfile, and not set by Kubernetes or the .NET base image. In the Pod the call returns null. Silent when the result is null-checked, when an envFrom source lies outside the project, and when no container of the project can be told to run the code.");

    public static readonly Rule MissingConfigurationKey = new(
        "POD2021",
        "Configuration key nothing provides",
        RuleCategory.Code,
        Severity.Info,
        "An IConfiguration key read with a compile-time constant (configuration[\"A:B\"], GetValue<T>, GetSection, GetConnectionString) that neither the project's appsettings*.json nor the environment of the container running the project provides ('__' in a variable name is ':', case-insensitive). Silent when the project adds other configuration sources, when the container's environment or arguments are not all known, and when the read has a fallback.");
}
