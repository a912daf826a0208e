using System;

namespace PodAnalyzers.Yaml;

/// <summary>
/// A range of a manifest's text: character offsets (as Roslyn's SourceText counts them) and
/// 1-based line and column of its start, as editors show them.
/// </summary>
internal readonly struct SourceSpan : IEquatable<SourceSpan>
{
    public SourceSpan(int start, int end, int line, int column)
    {
        Start = start;
        End = end < start ? start : end;
        Line = line;
        Column = column;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Start"/>.</summary>
    public int Column { get; }

    public bool Equals(SourceSpan other) =>
        Start == other.Start && End == other.End && Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => unchecked((Start * 397) ^ End);

    public override string ToString() => $"({Line},{Column})[{Start}..{End})";
}
