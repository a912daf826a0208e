using System.Collections.Generic;
using PodAnalyzers.Manifests.Model;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>An httpGet probe's path as written, with where it was written.</summary>
/// <param name="Probe">livenessProbe, readinessProbe or startupProbe.</param>
internal sealed record HttpGetProbe(SelectedContainer Container, string Probe, Located<string> Path);

/// <summary>
/// The httpGet probes of a chosen container that ask the app itself: those with a written string
/// <c>path</c> and no <c>host</c> (a probe with a host asks another machine). Lifecycle hooks are
/// left out: the kubelet does not look at a hook's response status, so an unmapped hook path fails
/// nothing that Kubernetes reports.
/// </summary>
internal static class HttpGetProbes
{
    private static readonly string[] Probes = { "livenessProbe", "readinessProbe", "startupProbe" };

    public static IEnumerable<HttpGetProbe> Of(SelectedContainer selected)
    {
        foreach (var kind in new[] { "containers", "initContainers" })
        {
            foreach (var container in selected.Pod.Spec.Node.Field(kind).Items())
            {
                if (container.Path != selected.Container.Path)
                {
                    continue;
                }

                foreach (var probe in Probes)
                {
                    var httpGet = container.Field(probe).Field("httpGet");
                    if (httpGet.Field("host").StringOrEmpty.Length == 0 && httpGet.Field("path").AsString() is { } path)
                    {
                        yield return new HttpGetProbe(selected, probe, path);
                    }
                }
            }
        }
    }
}
