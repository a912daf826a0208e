using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PodAnalyzers.Kubernetes.Decoding;

/// <summary>
/// The server path of the field being decoded (<c>spec.containers[0].image</c>), kept as a stack of
/// segments and turned into text only when a finding needs it.
/// </summary>
internal sealed class DecodePath
{
    private readonly List<(string? Key, int Index, bool IsMapKey)> segments = new();

    public int Depth => segments.Count;

    public void PushField(string key) => segments.Add((key, -1, false));

    public void PushMapKey(string key) => segments.Add((key, -1, true));

    public void PushIndex(int index) => segments.Add((null, index, false));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (key, index, isMapKey) in segments)
        {
            if (key is null)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (isMapKey)
            {
                text.Append('[').Append(key).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(key);
            }
        }

        return text.ToString();
    }
}
