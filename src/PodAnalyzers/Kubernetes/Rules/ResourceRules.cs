using System.Collections.Generic;
using PodAnalyzers.Findings;
using PodAnalyzers.Kubernetes.Validation;
using PodAnalyzers.Manifests.Model;
using PodAnalyzers.Yaml;

namespace PodAnalyzers.Kubernetes.Rules;

/// <summary>
/// Quantities and resource names. POD1081: a quantity the decoder cannot parse
/// (<c>Quantity.UnmarshalJSON</c>: the object never reaches validation), a negative one
/// (<c>ValidateNonnegativeQuantity</c>, emptyDir's <c>sizeLimit</c> in <c>validateVolumeSource</c>),
/// a fraction of an integer resource, and a resource name the server refuses
/// (<c>validateContainerResourceName</c>, <c>validatePodResourceName</c>). POD1082: requests against
/// limits and the hugepages rules of <c>validateResourceRequirements</c>.
/// </summary>
/// <remarks>
/// In the server's order: volumes, then the resources of containers, init containers and ephemeral
/// containers, the pod-level resources (PodLevelResources, on by default from 1.34), and the
/// overhead (validated as limits, under the path <c>spec.overhead.limits</c>). A Pod, not a
/// template, first gets its containers' and init containers' missing requests from their limits
/// (<c>SetDefaults_Pod</c>); the server then reports such a request's errors as well. A template
/// the server does not validate (a StatefulSet's, <see cref="PodSpecValidation"/>) still has its
/// quantities decoded.
/// </remarks>
internal static class ResourceRules
{
    private const int PodLevelResourcesMinor = 34;

    public static void Check(PodSource pod, RuleContext context)
    {
        // An apiVersion the server does not serve for the kind (POD0013) is never decoded.
        var apiVersion = pod.Root.Field("apiVersion").AsString()?.Value;
        if (pod.Workload is { } workload ? !WorkloadSelectorRules.IsServed(pod.Kind, workload.ApiVersion) : apiVersion is not (null or "v1"))
        {
            return;
        }

        // Decoding reads every quantity of every kind; validation only the pod specs it reaches.
        var validates = context.IsPodSpecValidated(pod);
        var spec = pod.Spec.Node;
        var decode = new DecodeFailure(pod.Kind, apiVersion ?? "v1");
        foreach (var volume in spec.Field("volumes").Items())
        {
            CheckSizeLimit(volume.At("emptyDir.sizeLimit"), validates, decode, context);
        }

        var defaultsRequests = !pod.IsWorkload;
        foreach (var container in spec.Field("containers").Items())
        {
            CheckContainer(container.Field("resources"), defaultsRequests, validates, decode, context);
        }

        foreach (var container in spec.Field("initContainers").Items())
        {
            CheckContainer(container.Field("resources"), defaultsRequests, validates, decode, context);
        }

        foreach (var container in spec.Field("ephemeralContainers").Items())
        {
            CheckContainer(container.Field("resources"), defaultsRequests: false, validates, decode, context);
        }

        if (context.Version.IsAtLeast(PodLevelResourcesMinor))
        {
            CheckPodLevel(spec.Field("resources"), pod.IsWorkload, validates, decode, context);
        }

        var overhead = spec.Field("overhead");
        if (overhead.IsPresent)
        {
            var limits = Read(overhead, overhead, "limits", decode, context);
            if (!validates)
            {
                return;
            }

            var requirements = new Requirements(overhead, limits, new List<Entry>());
            requirements.Validate(NameRules.Container, checkHugePagesNeedCpuOrMemory: true, context);
        }
    }

    private static void CheckSizeLimit(FieldNode sizeLimit, bool validates, DecodeFailure decode, RuleContext context)
    {
        if (ReadQuantity(sizeLimit, decode, context) is { Sign: < 0 } && validates)
        {
            context.Report(Rule.InvalidQuantity, sizeLimit.ValueSpan, FieldErrors.Forbidden(sizeLimit.Path, "SizeLimit field must be a valid resource quantity"));
        }
    }

    private static void CheckContainer(FieldNode resources, bool defaultsRequests, bool validates, DecodeFailure decode, RuleContext context)
    {
        if (resources.Mapping is null)
        {
            return;
        }

        var limits = Read(resources.Field("limits"), resources, "limits", decode, context);
        var requests = Read(resources.Field("requests"), resources, "requests", decode, context);
        if (!validates)
        {
            return;
        }

        if (defaultsRequests)
        {
            foreach (var limit in limits)
            {
                if (Find(requests, limit.Name) is null)
                {
                    requests.Add(limit with { List = "requests" });
                }
            }
        }

        new Requirements(resources, limits, requests)
            .Validate(NameRules.Container, checkHugePagesNeedCpuOrMemory: true, context);
    }

    /// <summary>
    /// <c>spec.resources</c>: names and values, and a written request against a written limit. A
    /// Pod's missing pod-level requests and limits are defaulted from its containers
    /// (defaultPodRequests, defaultHugePagePodLimits): the checks that depend on those defaults
    /// (validatePodResourceConsistency, and the hugepages' need of cpu or memory in a Pod) are left out.
    /// </summary>
    private static void CheckPodLevel(FieldNode resources, bool isTemplate, bool validates, DecodeFailure decode, RuleContext context)
    {
        if (resources.Mapping is null)
        {
            return;
        }

        var limits = Read(resources.Field("limits"), resources, "limits", decode, context);
        var requests = Read(resources.Field("requests"), resources, "requests", decode, context);
        if (!validates)
        {
            return;
        }

        new Requirements(resources, limits, requests)
            .Validate(NameRules.Pod, checkHugePagesNeedCpuOrMemory: isTemplate, context);
    }

    /// <summary>
    /// A resource list's entries whose quantities decode (the others are reported), each with its
    /// path under <c>owner.listName</c> (the overhead is read as limits).
    /// </summary>
    private static List<Entry> Read(FieldNode list, FieldNode owner, string listName, DecodeFailure decode, RuleContext context)
    {
        if (list.Mapping is not { Entries.Count: > 0 })
        {
            return new List<Entry>();
        }

        var entries = new List<Entry>();
        foreach (var pair in list.Entries())
        {
            if (ReadQuantity(pair.Value, decode, context) is { } quantity)
            {
                entries.Add(new Entry(pair.Key.Value, owner, listName, pair.Key.Span, pair.Value.ValueSpan, quantity));
            }
        }

        return entries;
    }

    /// <summary>The quantity a field decodes to: null (JSON null) is zero; a value that does not parse is reported.</summary>
    private static Quantity? ReadQuantity(FieldNode field, DecodeFailure decode, RuleContext context)
    {
        switch (field.Value)
        {
            case YamlScalar { IsNull: true }:
                return Quantity.Parse("0", out _);
            case YamlScalar scalar when QuantityInput.Text(scalar) is { } text:
                var quantity = Quantity.Parse(text, out var error);
                if (quantity is null)
                {
                    context.Report(Rule.InvalidQuantity, scalar.Span, decode.Message(error!));
                }

                return quantity;
            default:
                return null;
        }
    }

    private static Entry? Find(List<Entry> entries, string name)
    {
        foreach (var entry in entries)
        {
            if (entry.Name == name)
            {
                return entry;
            }
        }

        return null;
    }

    private enum NameRules
    {
        Container,
        Pod,
    }

    /// <summary>
    /// A resource list entry: its name, the list errors name it under (a defaulted request's own),
    /// and where it was written. Its path is built only for a finding.
    /// </summary>
    private sealed record Entry(string Name, FieldNode Owner, string List, SourceSpan KeySpan, SourceSpan ValueSpan, Quantity Quantity)
    {
        public string Path => FieldErrors.Key(Owner.Path + "." + List, Name);
    }

    /// <summary>
    /// The server's message for an object whose quantity does not decode (transformDecodeError),
    /// worded only for such a quantity: almost every object has none.
    /// </summary>
    private sealed class DecodeFailure
    {
        private readonly string kind;
        private readonly string apiVersion;

        public DecodeFailure(string kind, string apiVersion)
        {
            this.kind = kind;
            this.apiVersion = apiVersion;
        }

        public string Message(string error)
        {
            var version = apiVersion.Substring(apiVersion.LastIndexOf('/') + 1);
            return kind + " in version " + FieldErrors.GoQuote(version) + " cannot be handled as a " + kind + ": " + error;
        }
    }

    /// <summary>One <c>ResourceRequirements</c> (or the overhead as limits) through validateResourceRequirements.</summary>
    private sealed class Requirements
    {
        private readonly FieldNode resources;
        private readonly List<Entry> limits;
        private readonly List<Entry> requests;

        public Requirements(FieldNode resources, List<Entry> limits, List<Entry> requests)
        {
            this.resources = resources;
            this.limits = limits;
            this.requests = requests;
        }

        private string LimitsPath => resources.Path + ".limits";

        private string RequestsPath => resources.Path + ".requests";

        public void Validate(NameRules names, bool checkHugePagesNeedCpuOrMemory, RuleContext context)
        {
            var cpuOrMemory = false;
            Entry? hugePages = null;
            foreach (var limit in limits)
            {
                CheckEntry(limit, names, context);
                cpuOrMemory |= limit.Name is "cpu" or "memory";
                hugePages ??= ResourceNames.IsHugePages(limit.Name) ? limit : null;
            }

            foreach (var request in requests)
            {
                CheckEntry(request, names, context);
                CheckAgainstLimit(request, context);
                cpuOrMemory |= request.Name is "cpu" or "memory";
                hugePages ??= ResourceNames.IsHugePages(request.Name) ? request : null;
            }

            if (checkHugePagesNeedCpuOrMemory && !cpuOrMemory && hugePages is not null)
            {
                context.Report(Rule.InvalidResourceRequest, hugePages.ValueSpan, FieldErrors.Forbidden(resources.Path, "HugePages require cpu or memory"));
            }
        }

        /// <summary>The name, ValidateResourceQuantityValue, and validateResourceQuantityHugePageValue.</summary>
        private static void CheckEntry(Entry entry, NameRules names, RuleContext context)
        {
            var version = context.Version;
            var jsonValues = version.IsAtLeast(GoValues.JsonMinor);
            var nameErrors = names == NameRules.Container ? ResourceNames.ValidateContainerName(entry.Name, version) : ResourceNames.ValidateName(entry.Name, version);
            string PrintedName() => jsonValues ? GoValues.JsonQuote(entry.Name) : FieldErrors.GoQuote(entry.Name);
            foreach (var message in nameErrors)
            {
                context.Report(Rule.InvalidQuantity, entry.KeySpan, FieldErrors.InvalidPrinted(entry.Path, PrintedName(), message));
            }

            if (names == NameRules.Pod && nameErrors.Count == 0 && !ResourceNames.IsSupportedAtPodLevel(entry.Name))
            {
                context.Report(
                    Rule.InvalidQuantity,
                    entry.KeySpan,
                    entry.Path + ": Unsupported value: " + PrintedName() + ": supported values: \"cpu\", \"hugepages-\", \"memory\"");
            }

            var quantity = entry.Quantity;
            if (quantity.Sign < 0)
            {
                context.Report(Rule.InvalidQuantity, entry.ValueSpan, FieldErrors.Invalid(entry.Path, quantity.ToString(), "must be greater than or equal to 0"));
            }

            if (ResourceNames.IsInteger(entry.Name, version) && quantity.MilliValue() % 1000 != 0)
            {
                var printed = jsonValues ? "\"" + quantity + "\"" : quantity.ToGoSyntax();
                context.Report(Rule.InvalidQuantity, entry.ValueSpan, FieldErrors.InvalidPrinted(entry.Path, printed, "must be an integer"));
            }

            if (ResourceNames.IsHugePages(entry.Name) && !IsHugePageMultiple(entry.Name, quantity))
            {
                context.Report(
                    Rule.InvalidResourceRequest,
                    entry.ValueSpan,
                    FieldErrors.Invalid(entry.Path, quantity.ToString(), quantity + " is not positive integer multiple of " + entry.Name));
            }
        }

        private void CheckAgainstLimit(Entry request, RuleContext context)
        {
            var overcommit = ResourceNames.IsOvercommitAllowed(request.Name);
            if (Find(limits, request.Name) is not { } limit)
            {
                if (!overcommit)
                {
                    context.Report(Rule.InvalidResourceRequest, request.ValueSpan, FieldErrors.Required(LimitsPath, "Limit must be set for non overcommitable resources"));
                }

                return;
            }

            var comparison = request.Quantity.CompareTo(limit.Quantity);
            if (comparison != 0 && !overcommit)
            {
                context.Report(
                    Rule.InvalidResourceRequest,
                    request.ValueSpan,
                    FieldErrors.Invalid(RequestsPath, request.Quantity.ToString(), $"must be equal to {request.Name} limit of {limit.Quantity}"));
            }
            else if (comparison > 0)
            {
                context.Report(
                    Rule.InvalidResourceRequest,
                    request.ValueSpan,
                    FieldErrors.Invalid(RequestsPath, request.Quantity.ToString(), $"must be less than or equal to {request.Name} limit of {limit.Quantity}"));
            }
        }

        /// <summary>
        /// IsHugePageResourceValueDivisible: the page size (the name's suffix) must parse, be positive
        /// and whole, and divide Value(). A page size whose Value() overflows to 0 would divide by
        /// zero on the server (a panic, not a field error): nothing is said then.
        /// </summary>
        private static bool IsHugePageMultiple(string name, Quantity quantity)
        {
            var pageSize = Quantity.Parse(name.Substring(ResourceNames.HugePagesPrefix.Length), out _);
            if (pageSize is null || pageSize.Sign <= 0 || pageSize.MilliValue() % 1000 != 0)
            {
                return false;
            }

            // Go's x % -1 is 0 for every x (C#'s overflows on the smallest).
            var size = pageSize.Value();
            return size is 0 or -1 || quantity.Value() % size == 0;
        }
    }
}
