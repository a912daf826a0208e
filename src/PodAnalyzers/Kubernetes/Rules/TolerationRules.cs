using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// POD1086: <c>spec.tolerations</c> as ValidateTolerations checks them. An absent operator is
/// Equal. An operator or effect outside the supported values is POD1080; the numeric operators
/// Lt and Gt (TaintTolerationComparisonOperators, from 1.35) are left alone.
/// </summary>
internal static class TolerationRules
{
    public static void Check(PodSource pod, RuleContext context)
    {
        foreach (var toleration in pod.Spec.Node.Field("tolerations").Items())
        {
            if (toleration.IsPresent && toleration.Mapping is null)
            {
                continue;
            }

            CheckToleration(toleration, context);
        }
    }

    private static void CheckToleration(FieldNode toleration, RuleContext context)
    {
        var keyNode = toleration.Field("key");
        var operatorNode = toleration.Field("operator");
        var valueNode = toleration.Field("value");
        var effectNode = toleration.Field("effect");
        var secondsNode = toleration.Field("tolerationSeconds");
        if (!DecodedText.TryGet(keyNode, out var key)
            || !DecodedText.TryGet(operatorNode, out var op)
            || !DecodedText.TryGet(valueNode, out var value)
            || !DecodedText.TryGet(effectNode, out var effect)
            || (secondsNode.IsPresent && secondsNode.AsInteger() is null))
        {
            return;
        }

        if (key.Length > 0)
        {
            foreach (var message in LabelRules.KeyErrors(keyNode.Path, key, context.Version))
            {
                context.Report(Rule.InvalidToleration, keyNode.ValueSpan, message);
            }
        }
        else if (op != "Exists")
        {
            context.Report(
                Rule.InvalidToleration,
                operatorNode.ValueSpan,
                FieldErrors.InvalidPrinted(operatorNode.Path, GoValues.TypedString(op, context.Version), "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
        }

        if (secondsNode.IsPresent && effect != "NoExecute")
        {
            context.Report(
                Rule.InvalidToleration,
                effectNode.IsPresent ? effectNode.ValueSpan : secondsNode.KeySpan,
                FieldErrors.InvalidPrinted(effectNode.Path, GoValues.TypedString(effect, context.Version), "effect must be 'NoExecute' when `tolerationSeconds` is set"));
        }

        switch (op)
        {
            case "Equal" or "":
                var errors = LabelValidation.ValidateValue(value, context.Version);
                if (errors.Count > 0)
                {
                    context.Report(Rule.InvalidToleration, valueNode.ValueSpan, FieldErrors.Invalid(operatorNode.Path, value, string.Join(";", errors)));
                }

                break;
            case "Exists" when value.Length > 0:
                context.Report(Rule.InvalidToleration, operatorNode.ValueSpan, FieldErrors.Invalid(operatorNode.Path, value, "value must be empty when `operator` is 'Exists'"));
                break;
        }
    }
}
