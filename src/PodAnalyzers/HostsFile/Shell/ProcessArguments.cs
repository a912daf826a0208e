using System.Collections.Generic;
using System.Text;

namespace PodAnalyzers.HostsFile.Shell;

/// <summary>How .NET splits <c>ProcessStartInfo.Arguments</c> into argv (the Windows rules, on every OS).</summary>
internal static class ProcessArguments
{
    public static IReadOnlyList<string> Split(string arguments)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var hasWord = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (c == '\\')
            {
                var backslashes = 0;
                while (i < arguments.Length && arguments[i] == '\\')
                {
                    backslashes++;
                    i++;
                }

                if (i < arguments.Length && arguments[i] == '"')
                {
                    current.Append('\\', backslashes / 2);
                    if (backslashes % 2 == 1)
                    {
                        current.Append('"');
                    }
                    else
                    {
                        inQuotes = !inQuotes;
                    }
                }
                else
                {
                    current.Append('\\', backslashes);
                    i--;
                }

                hasWord = true;
                continue;
            }

            if (c == '"')
            {
                if (inQuotes && i + 1 < arguments.Length && arguments[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = !inQuotes;
                }

                hasWord = true;
                continue;
            }

            if (!inQuotes && (c == ' ' || c == '\t'))
            {
                if (hasWord)
                {
                    result.Add(current.ToString());
                    current.Clear();
                    hasWord = false;
                }

                continue;
            }

            current.Append(c);
            hasWord = true;
        }

        if (hasWord)
        {
            result.Add(current.ToString());
        }

        return result;
    }
}
