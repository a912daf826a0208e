using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PodAnalyzers.Configuration;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes;
using PodAnalyzers.Kubernetes.Rules;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Roslyn.Shared;

namespace PodAnalyzers.Roslyn.KubernetesClient;

/// <summary>
/// POD2010-POD2013: values known at compile time that C# code puts into KubernetesClient models
/// (<c>k8s.Models</c>) and that the API server would reject, or that bypass the scheduler. The
/// checks and messages are the YAML rules' own (<see cref="LabelRules"/>, <see cref="HostAliasRules"/>,
/// <see cref="NodeNameRules"/>), for the project's Kubernetes version.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesClientLiteralAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.Of(Rule.KubernetesClientLabel),
        Descriptors.Of(Rule.KubernetesClientHostAlias),
        Descriptors.Of(Rule.KubernetesClientNodeName),
        Descriptors.Of(Rule.KubernetesClientValue));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (KubernetesModelSymbols.Resolve(context.Compilation) is not { } symbols)
        {
            return;
        }

        var version = ProjectSettings.From(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions).KubernetesVersion;
        var analysis = new Analysis(symbols, version);
        context.RegisterOperationAction(analysis.Run, OperationKind.SimpleAssignment, OperationKind.MemberInitializer, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Conversion);
    }

    /// <summary>What a property of a model holds.</summary>
    private enum Kind
    {
        None,
        LabelMap,
        HostnameList,
        Ip,
        NodeName,
        RequirementKey,
    }

    private sealed class Analysis
    {
        private static readonly ConstantStrings Constants = new(symbols: null);

        private readonly KubernetesModelSymbols symbols;
        private readonly KubernetesVersion version;

        public Analysis(KubernetesModelSymbols symbols, KubernetesVersion version)
        {
            this.symbols = symbols;
            this.version = version;
        }

        public void Run(OperationAnalysisContext context)
        {
            try
            {
                switch (context.Operation)
                {
                    case ISimpleAssignmentOperation assignment:
                        AnalyzeAssignment(context, assignment);
                        break;
                    case IMemberInitializerOperation member:
                        AnalyzeMemberInitializer(context, member);
                        break;
                    case IInvocationOperation invocation:
                        AnalyzeInvocation(context, invocation);
                        break;
                    case IObjectCreationOperation { Arguments.Length: 1 } creation when IsResourceQuantity(creation.Type):
                        CheckQuantity(context, creation.Arguments[0].Value);
                        break;
                    case IConversionOperation { OperatorMethod: { } conversion } converted when IsResourceQuantity(conversion.ContainingType) && IsResourceQuantity(converted.Type):
                        CheckQuantity(context, converted.Operand);
                        break;
                }
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // A shape of code this analysis did not foresee: no report rather than AD0001.
            }
        }

        private Kind KindOf(IPropertySymbol property)
        {
            if (KubernetesModelSymbols.Is(property, symbols.Labels) || KubernetesModelSymbols.Is(property, symbols.NodeSelector))
            {
                return Kind.LabelMap;
            }

            if (KubernetesModelSymbols.Is(property, symbols.HostAliasHostnames))
            {
                return Kind.HostnameList;
            }

            if (KubernetesModelSymbols.Is(property, symbols.HostAliasIp))
            {
                return Kind.Ip;
            }

            if (KubernetesModelSymbols.Is(property, symbols.NodeName))
            {
                return Kind.NodeName;
            }

            return KubernetesModelSymbols.Is(property, symbols.RequirementKey) ? Kind.RequirementKey : Kind.None;
        }

        /// <summary>
        /// What <paramref name="instance"/> is when a call or indexer is applied to it:
        /// <c>meta.Labels</c>, <c>spec.NodeSelector</c>, <c>meta.EnsureLabels()</c>, <c>alias.Hostnames</c>.
        /// A dictionary in a local is not followed.
        /// </summary>
        private Kind KindOfInstance(IOperation? instance)
        {
            while (instance is IConversionOperation conversion)
            {
                instance = conversion.Operand;
            }

            return instance switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: false } property => KindOf(property.Property),
                IInvocationOperation { TargetMethod: { Name: "EnsureLabels", IsExtensionMethod: true } method }
                    when KnownSymbols.Is(method.ContainingType, symbols.ModelExtensions) => Kind.LabelMap,
                _ => Kind.None,
            };
        }

        private void AnalyzeAssignment(OperationAnalysisContext context, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is not IPropertyReferenceOperation target)
            {
                return;
            }

            if (target.Property.IsIndexer)
            {
                // meta.Labels["app"] = "web" (an index initializer inside new Dictionary { ... } is reached from its binding).
                if (KindOfInstance(target.Instance) == Kind.LabelMap && target.Arguments.Length == 1)
                {
                    CheckLabelEntry(context, target.Instance!, target.Arguments[0].Value, assignment.Value);
                }

                return;
            }

            switch (KindOf(target.Property))
            {
                case Kind.LabelMap:
                case Kind.HostnameList:
                    AnalyzeCollection(context, KindOf(target.Property), assignment.Value);
                    break;
                case Kind.Ip:
                    CheckIp(context, assignment.Value);
                    break;
                case Kind.NodeName:
                    CheckNodeName(context, assignment.Value);
                    break;
                case Kind.RequirementKey:
                    CheckRequirementKey(context, assignment.Value);
                    break;
                default:
                    CheckEnumValue(context, target.Property, assignment);
                    break;
            }
        }

        /// <summary><c>Labels = { ["app"] = "web" }</c>, <c>Hostnames = { "a.local" }</c>.</summary>
        private void AnalyzeMemberInitializer(OperationAnalysisContext context, IMemberInitializerOperation member)
        {
            if (member.InitializedMember is IPropertyReferenceOperation property && KindOf(property.Property) is Kind.LabelMap or Kind.HostnameList)
            {
                AnalyzeInitializer(context, KindOf(property.Property), member.Initializer, member);
            }
        }

        private void AnalyzeInvocation(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name == "Add" && !method.IsStatic)
            {
                switch (KindOfInstance(invocation.Instance))
                {
                    case Kind.LabelMap when invocation.Arguments.Length == 2:
                        CheckLabelEntry(context, invocation.Instance!, Argument(invocation, "key", 0), Argument(invocation, "value", 1));
                        break;
                    case Kind.HostnameList when invocation.Arguments.Length == 1:
                        CheckHostname(context, invocation.Arguments[0].Value);
                        break;
                }
            }
            else if (method.Name == "SetLabel" && method.IsExtensionMethod
                && KnownSymbols.Is(method.ContainingType, symbols.ModelExtensions)
                && invocation.Arguments.Length == 3)
            {
                // obj.SetLabel("app", "web"): the object's metadata.labels (a null value removes the label).
                var path = ModelPaths.Append(ModelPaths.Of(invocation.Arguments[0].Value) ?? string.Empty, "metadata.labels");
                CheckLabel(context, path, Argument(invocation, "key", 1), Argument(invocation, "value", 2));
            }
        }

        private static IOperation Argument(IInvocationOperation invocation, string name, int position) =>
            (OperationArguments.Find(invocation.Arguments, name) ?? invocation.Arguments[position]).Value;

        /// <summary>The value bound to a map or list property: <c>new Dictionary&lt;string, string&gt; { ... }</c>, <c>new[] { ... }</c>, <c>[ ... ]</c>.</summary>
        private void AnalyzeCollection(OperationAnalysisContext context, Kind kind, IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            switch (value)
            {
                case IObjectCreationOperation { Initializer: { } initializer } creation:
                    AnalyzeInitializer(context, kind, initializer, creation);
                    return;
                case IArrayCreationOperation { Initializer: { } elements } when kind == Kind.HostnameList:
                    foreach (var element in elements.ElementValues)
                    {
                        CheckHostname(context, element);
                    }

                    return;
            }

            if (kind == Kind.HostnameList && value.Syntax is CollectionExpressionSyntax list && value.SemanticModel is { } model)
            {
                foreach (var element in list.Elements)
                {
                    if (element is ExpressionElementSyntax expression && model.GetOperation(expression.Expression, context.CancellationToken) is { } operation)
                    {
                        CheckHostname(context, operation);
                    }
                }
            }
        }

        private void AnalyzeInitializer(OperationAnalysisContext context, Kind kind, IObjectOrCollectionInitializerOperation initializer, IOperation collection)
        {
            foreach (var element in initializer.Initializers)
            {
                switch (element)
                {
                    // { "k", "v" } and { "a.local" }.
                    case IInvocationOperation { TargetMethod.Name: "Add" } add when kind == Kind.LabelMap && add.Arguments.Length == 2:
                        CheckLabelEntry(context, collection, Argument(add, "key", 0), Argument(add, "value", 1));
                        break;
                    case IInvocationOperation { TargetMethod.Name: "Add" } add when kind == Kind.HostnameList && add.Arguments.Length == 1:
                        CheckHostname(context, add.Arguments[0].Value);
                        break;

                    // ["k"] = "v".
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } entry when kind == Kind.LabelMap:
                        CheckLabelEntry(context, collection, indexer.Arguments[0].Value, entry.Value);
                        break;
                }
            }
        }

        private void CheckLabelEntry(OperationAnalysisContext context, IOperation map, IOperation key, IOperation value) =>
            CheckLabel(context, ModelPaths.Of(map) ?? "metadata.labels", key, value);

        /// <summary>A label map entry: the server reports both under the map's path (ValidateLabels).</summary>
        private void CheckLabel(OperationAnalysisContext context, string path, IOperation key, IOperation value)
        {
            if (Constants.Evaluate(key) is { } keyText)
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientLabel), key, LabelRules.KeyErrors(path, keyText, version));
            }

            if (Constants.Evaluate(value) is { } valueText)
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientLabel), value, LabelRules.ValueErrors(path, valueText, version));
            }
        }

        private void CheckRequirementKey(OperationAnalysisContext context, IOperation value)
        {
            // matchFields keys are field names (metadata.name), checked differently by the server.
            if (Constants.Evaluate(value) is { } key && ModelPaths.Of(value) is { } path && !path.Contains(".matchFields"))
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientLabel), value, LabelRules.KeyErrors(path, key, version));
            }
        }

        /// <summary>
        /// An enumerated property (<c>ImagePullPolicy = "Sometimes"</c>). A pod template's
        /// restartPolicy follows the workload whose spec the code shows around it (POD1091's rule);
        /// elsewhere a pod's.
        /// </summary>
        private void CheckEnumValue(OperationAnalysisContext context, IPropertySymbol property, ISimpleAssignmentOperation assignment)
        {
            if (EnumProperties.Of(property) is not { } enumerated || Constants.Evaluate(assignment.Value) is not { } value)
            {
                return;
            }

            var path = ModelPaths.Of(assignment.Value) ?? enumerated.FallbackPath;
            var message = enumerated.Field == EnumField.PodRestartPolicy && WorkloadTemplates.KindAround(assignment) is { } workload
                ? RestartPolicyRules.TemplateError(workload.Kind, path, value, workload.HasPodFailurePolicy)
                : ClientValueRules.EnumError(enumerated.Field, path, value, version);
            if (message is not null)
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientValue), assignment.Value, new[] { message });
            }
        }

        private static bool IsResourceQuantity(ITypeSymbol? type) =>
            type is { Name: "ResourceQuantity" } && KubernetesModelSymbols.IsModel(type);

        /// <summary>
        /// <c>new ResourceQuantity("lots")</c>, or a string converted to one: the text the server's
        /// parser refuses (a null string is the client's zero).
        /// </summary>
        private static void CheckQuantity(OperationAnalysisContext context, IOperation value)
        {
            if (value.Type?.SpecialType == SpecialType.System_String
                && Constants.Evaluate(value) is { } text
                && ClientValueRules.QuantityError(ModelPaths.Of(value) ?? "resources", text) is { } message)
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientValue), value, new[] { message });
            }
        }

        private void CheckIp(OperationAnalysisContext context, IOperation value)
        {
            if (Constants.Evaluate(value) is { } ip)
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientHostAlias), value, HostAliasRules.IpErrors(ModelPaths.Of(value) ?? "spec.hostAliases[*].ip", ip, version));
            }
        }

        private void CheckHostname(OperationAnalysisContext context, IOperation value)
        {
            if (Constants.Evaluate(value) is { } hostname)
            {
                Report(context, Descriptors.Of(Rule.KubernetesClientHostAlias), value, HostAliasRules.HostnameErrors(ModelPaths.Of(value) ?? "spec.hostAliases[*].hostnames[*]", hostname));
            }
        }

        /// <summary>Invalid: the server's messages (as POD1011); valid: the scheduler is bypassed. Empty is "not set".</summary>
        private void CheckNodeName(OperationAnalysisContext context, IOperation value)
        {
            if (Constants.Evaluate(value) is not { Length: > 0 } nodeName)
            {
                return;
            }

            var path = ModelPaths.Of(value) ?? "spec.nodeName";
            var errors = NodeNameRules.NodeNameErrors(path, nodeName);
            Report(context, Descriptors.Of(Rule.KubernetesClientNodeName), value, errors.Count > 0 ? errors : new[] { ManualSchedulingRules.BypassMessage(path, nodeName) });
        }

        private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation value, IReadOnlyList<string> messages)
        {
            foreach (var message in messages)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, value.Syntax.GetLocation(), message));
            }
        }
    }
}
