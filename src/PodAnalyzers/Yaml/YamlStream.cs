using System.Collections.Generic;

namespace PodAnalyzers.Yaml;

/// <summary>
/// The documents of one file. When the text is malformed, the documents read before the error
/// are kept and <see cref="Error"/> says where reading stopped.
/// </summary>
internal sealed class YamlStream
{
    public YamlStream(IReadOnlyList<YamlDocument> documents, YamlSyntaxError? error)
    {
        Documents = documents;
        Error = error;
    }

    public IReadOnlyList<YamlDocument> Documents { get; }

    public YamlSyntaxError? Error { get; }
}
