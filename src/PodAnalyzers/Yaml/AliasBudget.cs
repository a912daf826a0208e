namespace PodAnalyzers.Yaml;

/// <summary>
/// go-yaml's defence against alias bombs (CVE-2019-11253, the "billion laughs" that took down
/// the API server), which kubectl and the server inherit: while decoding a document it counts
/// every node it produces and those produced by expanding an alias, and fails with "document
/// contains excessive aliasing" once more than 100 of more than 1,000 nodes come from aliases
/// and their share exceeds 99% (up to 400,000 nodes), falling linearly to 10% (at 4,000,000).
/// Here aliases are not expanded, so an alias adds the expanded size of its anchored node.
/// </summary>
internal sealed class AliasBudget
{
    private const double RangeLow = 400_000;
    private const double RangeHigh = 4_000_000;

    // go-yaml counts the document node too.
    private long decoded = 1;
    private long fromAliases;

    public bool IsExceeded =>
        fromAliases > 100 && decoded > 1000 && (double)fromAliases / decoded > AllowedRatio(decoded);

    public static long Add(long left, long right) => left > long.MaxValue - right ? long.MaxValue : left + right;

    public void Reset()
    {
        decoded = 1;
        fromAliases = 0;
    }

    public void Decode(long nodes, long fromAlias)
    {
        decoded = Add(decoded, nodes);
        fromAliases = Add(fromAliases, fromAlias);
    }

    private static double AllowedRatio(long decodeCount) => decodeCount switch
    {
        <= (long)RangeLow => 0.99,
        >= (long)RangeHigh => 0.10,
        _ => 0.99 - (0.89 * ((decodeCount - RangeLow) / (RangeHigh - RangeLow))),
    };
}
