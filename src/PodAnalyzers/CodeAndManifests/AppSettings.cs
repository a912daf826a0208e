using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PodAnalyzers.CodeAndManifests;

/// <summary>
/// The configuration keys of an <c>appsettings*.json</c> file, flattened as ASP.NET Core's JSON
/// configuration provider flattens them (<c>A:B</c>, array items <c>A:0</c>, an empty object or
/// array its own key), compared case-insensitively, with the text of each scalar value. The reader accepts what that provider
/// accepts (comments, trailing commas) and never throws: a file it cannot read is
/// <see cref="IsReadable"/> false, and rules that need its keys stay silent.
/// </summary>
internal sealed class AppSettings
{
    private readonly Dictionary<string, string> values;

    private AppSettings(string path, HashSet<string> keys, Dictionary<string, string> values, bool isReadable)
    {
        Path = path;
        Keys = keys;
        this.values = values;
        IsReadable = isReadable;
    }

    public string Path { get; }

    /// <summary>Every key the file provides, sections included (<c>A</c> and <c>A:B</c> for <c>{"A":{"B":1}}</c>).</summary>
    public IReadOnlyCollection<string> Keys { get; }

    /// <summary>False when the text is not a JSON object the provider would load (the app fails at startup then).</summary>
    public bool IsReadable { get; }

    /// <summary><c>appsettings.json</c>, <c>appsettings.Production.json</c>: the files the host loads by default.</summary>
    public static bool IsAppSettingsPath(string path)
    {
        var name = FileName(path);
        return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
            && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }

    public bool Provides(string key) => ((HashSet<string>)Keys).Contains(key);

    /// <summary>The keys holding a string, number or boolean, with its text (a string unquoted and unescaped); a null value has no entry.</summary>
    public IEnumerable<KeyValuePair<string, string>> Values => values;

    public static AppSettings Read(string path, string text)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var parser = new Parser(text, keys, values);
        var readable = parser.ReadDocument();
        return new AppSettings(path, keys, values, readable);
    }

    internal static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(slash + 1);
    }

    /// <summary>A JSON reader with comments and trailing commas, bounded in depth, that records keys and scalar values.</summary>
    private sealed class Parser
    {
        private const int MaxDepth = 64;
        private readonly string text;
        private readonly HashSet<string> keys;
        private readonly Dictionary<string, string> values;
        private int at;

        public Parser(string text, HashSet<string> keys, Dictionary<string, string> values)
        {
            this.text = text;
            this.keys = keys;
            this.values = values;
        }

        public bool ReadDocument()
        {
            try
            {
                SkipBlank();
                if (at < text.Length && text[at] == '\uFEFF')
                {
                    at++;
                    SkipBlank();
                }

                if (at >= text.Length || text[at] != '{' || !ReadObject(null, 0))
                {
                    return false;
                }

                SkipBlank();
                return at == text.Length;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private bool ReadValue(string? path, int depth)
        {
            SkipBlank();
            if (at >= text.Length || depth > MaxDepth)
            {
                return false;
            }

            switch (text[at])
            {
                case '{':
                    return ReadObject(path, depth + 1);
                case '[':
                    return ReadArray(path, depth + 1);
                case '"':
                    AddKey(path);
                    var value = ReadString();
                    AddValue(path, value);
                    return value is not null;
                default:
                    AddKey(path);
                    var literal = ReadLiteral();
                    AddValue(path, literal is "null" ? null : literal);
                    return literal is not null;
            }
        }

        private bool ReadObject(string? path, int depth)
        {
            at++; // {
            var empty = true;
            while (true)
            {
                SkipBlank();
                if (at >= text.Length)
                {
                    return false;
                }

                if (text[at] == '}')
                {
                    at++;
                    if (empty)
                    {
                        AddKey(path);
                    }

                    return true;
                }

                if (ReadString() is not { } name)
                {
                    return false;
                }

                SkipBlank();
                if (at >= text.Length || text[at] != ':')
                {
                    return false;
                }

                at++;
                empty = false;
                var child = path is null ? name : path + ":" + name;
                AddKey(path);
                if (!ReadValue(child, depth))
                {
                    return false;
                }

                if (!AfterItem('}'))
                {
                    return false;
                }
            }
        }

        private bool ReadArray(string? path, int depth)
        {
            at++; // [
            var index = 0;
            while (true)
            {
                SkipBlank();
                if (at >= text.Length)
                {
                    return false;
                }

                if (text[at] == ']')
                {
                    at++;
                    if (index == 0)
                    {
                        AddKey(path);
                    }

                    return true;
                }

                var child = (path is null ? string.Empty : path + ":") + index.ToString(CultureInfo.InvariantCulture);
                AddKey(path);
                if (!ReadValue(child, depth))
                {
                    return false;
                }

                index++;
                if (!AfterItem(']'))
                {
                    return false;
                }
            }
        }

        /// <summary>After an item: a comma (a trailing one too), or the closing bracket left for the caller.</summary>
        private bool AfterItem(char close)
        {
            SkipBlank();
            if (at >= text.Length)
            {
                return false;
            }

            if (text[at] == ',')
            {
                at++;
                return true;
            }

            return text[at] == close;
        }

        private string? ReadString()
        {
            if (at >= text.Length || text[at] != '"')
            {
                return null;
            }

            at++;
            var builder = new StringBuilder();
            while (at < text.Length)
            {
                var character = text[at++];
                if (character == '"')
                {
                    return builder.ToString();
                }

                if (character < ' ')
                {
                    return null;
                }

                if (character != '\\')
                {
                    builder.Append(character);
                    continue;
                }

                if (at >= text.Length)
                {
                    return null;
                }

                var escape = text[at++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (at + 4 > text.Length || !int.TryParse(text.Substring(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            return null;
                        }

                        builder.Append((char)code);
                        at += 4;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>true, false, null or a number, as written; null when it is none of them.</summary>
        private string? ReadLiteral()
        {
            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '-' or '+' or '.'))
            {
                at++;
            }

            var literal = text.Substring(start, at - start);
            return literal is "true" or "false" or "null"
                || (literal.Length > 0 && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && literal[0] is '-' or (>= '0' and <= '9'))
                ? literal
                : null;
        }

        private void SkipBlank()
        {
            while (at < text.Length)
            {
                var character = text[at];
                if (character is ' ' or '\t' or '\r' or '\n')
                {
                    at++;
                }
                else if (character == '/' && at + 1 < text.Length && text[at + 1] == '/')
                {
                    var end = text.IndexOf('\n', at);
                    at = end < 0 ? text.Length : end + 1;
                }
                else if (character == '/' && at + 1 < text.Length && text[at + 1] == '*')
                {
                    var end = text.IndexOf("*/", at + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw new FormatException("unterminated comment");
                    }

                    at = end + 2;
                }
                else
                {
                    break;
                }
            }
        }

        private void AddValue(string? path, string? value)
        {
            if (path is not null && value is not null)
            {
                values[path] = value;
            }
        }

        private void AddKey(string? path)
        {
            if (path is not null)
            {
                keys.Add(path);
            }
        }
    }
}
