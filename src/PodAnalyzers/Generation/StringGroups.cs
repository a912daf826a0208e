namespace PodAnalyzers.Generation;

/// <summary>Prints a nested class of string constants (labels, env names, ...) under the identifiers the plan gave them.</summary>
internal static class StringGroups
{
    /// <summary>Nothing when <paramref name="constants"/> is empty; <paramref name="identifiers"/> go index for index with them.</summary>
    public static void Write(CodeWriter writer, string className, string summary, EquatableArray<ConstantModel> constants, EquatableArray<string> identifiers)
    {
        if (constants.Count == 0)
        {
            return;
        }

        writer.Summary(summary);
        writer.OpenClass(className);
        for (var i = 0; i < constants.Count; i++)
        {
            writer.SourceSummary(constants[i].YamlPath, constants[i].Line);
            writer.StringConstant(identifiers[i], constants[i].Value);
        }

        writer.Close();
    }
}
