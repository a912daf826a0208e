using System.Globalization;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// Reads the scalar fields of a workload spec for POD1092 and remembers whether one of them could
/// not be decoded (a wrong YAML type, an int32 overflow): the server rejects such an object before
/// validating it, so the rule then says nothing (strict decoding, POD0002, reports it).
/// </summary>
internal sealed class WorkloadFieldReader
{
    public WorkloadFieldReader(RuleContext context) => Context = context;

    public RuleContext Context { get; }

    /// <summary>Whether a field read so far holds a value the server cannot decode.</summary>
    public bool Undecodable { get; private set; }

    public KubernetesVersion Version => Context.Version;

    /// <summary>Records a value of the wrong shape found by a caller.</summary>
    public void MarkUndecodable() => Undecodable = true;

    /// <summary>An int32 field (Go *int32 or int32): null when absent or null.</summary>
    public Located<long>? Int32(FieldNode field) => Integer(field, int.MinValue, int.MaxValue);

    /// <summary>An int64 field.</summary>
    public Located<long>? Int64(FieldNode field) => Integer(field, long.MinValue, long.MaxValue);

    public Located<string>? Text(FieldNode field)
    {
        if (!field.IsPresent)
        {
            return null;
        }

        var text = field.AsString();
        Undecodable |= text is null;
        return text;
    }

    public IntOrString? IntOrString(FieldNode field)
    {
        if (!field.IsPresent)
        {
            return null;
        }

        var value = field.AsIntOrString();
        Undecodable |= value is null;
        return value;
    }

    /// <summary>A struct field: written as a mapping (Go: a non-nil pointer), or absent.</summary>
    public bool Struct(FieldNode field)
    {
        if (!field.IsPresent)
        {
            return false;
        }

        Undecodable |= field.Mapping is null;
        return field.Mapping is not null;
    }

    public void Report(Yaml.SourceSpan span, string message) => Context.Report(Rule.InvalidWorkloadSpec, span, message);

    /// <summary>ValidateNonnegativeField.</summary>
    public void NonNegative(string path, Located<long>? value)
    {
        if (value is { Value: < 0 } negative)
        {
            Report(negative.Span, Invalid(path, negative.Value, IntOrPercent.NegativeMessage));
        }
    }

    public static string Invalid(string path, long value, string detail) =>
        FieldErrors.InvalidPrinted(path, value.ToString(CultureInfo.InvariantCulture), detail);

    private Located<long>? Integer(FieldNode field, long min, long max)
    {
        if (!field.IsPresent)
        {
            return null;
        }

        var value = field.AsInteger();
        if (value is null || value.Value < min || value.Value > max)
        {
            Undecodable = true;
            return null;
        }

        return value;
    }
}
