using System.Collections.Generic;
using PodAnalyzers.CodeAndManifests;

namespace PodAnalyzers.Roslyn.CodeAndManifests;

/// <summary>
/// The endpoints found so far in a compilation's documents, gathered concurrently (one document
/// per thread), and whether something was found that could answer paths no table can list.
/// </summary>
internal sealed class MappedRoutes
{
    private readonly object gate = new();
    private readonly List<string> patterns = new();
    private readonly List<string> literalPaths = new();
    private readonly List<string> prefixes = new();
    private bool incomplete;

    /// <summary>A route pattern (<c>/api/items/{id}</c>), group prefixes already applied.</summary>
    public void AddPattern(string pattern)
    {
        lock (gate)
        {
            patterns.Add(pattern);
        }
    }

    /// <summary>A path answered exactly (<c>UseHealthChecks("/health")</c>).</summary>
    public void AddLiteralPath(string path)
    {
        lock (gate)
        {
            literalPaths.Add(path);
        }
    }

    /// <summary>A path answered with everything below it.</summary>
    public void AddPrefix(string path)
    {
        lock (gate)
        {
            prefixes.Add(path);
        }
    }

    /// <summary>Something may answer paths the table cannot list: POD2024 stays silent for the compilation.</summary>
    public void MarkIncomplete()
    {
        lock (gate)
        {
            incomplete = true;
        }
    }

    /// <summary>The complete table; null when it is incomplete, empty, or has a pattern the model refuses (a catch-all).</summary>
    public RouteTable? Table()
    {
        lock (gate)
        {
            if (incomplete || patterns.Count + literalPaths.Count + prefixes.Count == 0)
            {
                return null;
            }

            return RouteTable.Create(patterns, literalPaths, prefixes);
        }
    }
}
