using PodAnalyzers.Roslyn.Generator;

namespace PodAnalyzers.Shared;

/// <summary>
/// The package version the generator stamps into <c>[GeneratedCode]</c>. Expected output writes it
/// as <see cref="Placeholder"/>, so that bumping the version rewrites no golden file or expected source.
/// </summary>
internal static class StampedVersion
{
    public const string Placeholder = "{version}";

    /// <summary>
    /// Read from the analyzer assembly, not from the generator's own code, so that a wrong stamp is
    /// left unscrubbed and fails the comparison.
    /// </summary>
    public static string Value { get; } = typeof(PodConstantsGenerator).Assembly.GetName().Version!.ToString(3);

    /// <summary>Generated text with the stamped version replaced by <see cref="Placeholder"/>.</summary>
    public static string Scrub(string generated) => generated.Replace(Attribute(Value), Attribute(Placeholder));

    /// <summary>Expected text with <see cref="Placeholder"/> replaced by the stamped version.</summary>
    public static string Fill(string expected) => expected.Replace(Attribute(Placeholder), Attribute(Value));

    // Only inside the attribute: a manifest value such as an image tag may equal the version.
    private static string Attribute(string version) => $"GeneratedCode(\"PodAnalyzers\", \"{version}\")";
}
