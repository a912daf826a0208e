using System;
using System.Collections.Generic;

namespace PodAnalyzers.Roslyn.HostsFileWrites;

/// <summary>
/// The names of the methods POD2001 acts on. The checks ask these sets, and the syntactic filter
/// lets through only calls to one of them: a name checked anywhere else would never be reached.
/// </summary>
internal static class WriteMethodNames
{
    /// <summary>File methods that write the file at their path.</summary>
    public static readonly HashSet<string> FileWriters = Set(
        "WriteAllText", "WriteAllLines", "WriteAllBytes", "AppendAllText", "AppendAllLines", "AppendAllBytes",
        "WriteAllTextAsync", "WriteAllLinesAsync", "WriteAllBytesAsync", "AppendAllTextAsync", "AppendAllLinesAsync", "AppendAllBytesAsync",
        "AppendText", "CreateText", "Create", "CreateSymbolicLink", "OpenWrite", "Delete", "SetAttributes");

    /// <summary>File methods that write the file at their path when their mode or access says so.</summary>
    public static readonly HashSet<string> FileOpeners = Set("Open", "OpenHandle");

    /// <summary>File methods that write their destination.</summary>
    public static readonly HashSet<string> FileCopiers = Set("Copy", "Move", "Replace");

    /// <summary>File methods that also remove their source.</summary>
    public static readonly HashSet<string> FileMovers = Set("Move", "Replace");

    /// <summary>FileInfo methods that write the file the instance names.</summary>
    public static readonly HashSet<string> FileInfoWriters = Set("OpenWrite", "AppendText", "CreateText", "Create", "Delete", "MoveTo", "Replace");

    /// <summary>The FileInfo method that writes the file the instance names when its mode or access says so.</summary>
    public const string FileInfoOpener = "Open";

    /// <summary>FileInfo methods that write their destination.</summary>
    public static readonly HashSet<string> FileInfoCopiers = Set("CopyTo", "MoveTo", "Replace");

    /// <summary>The static Process method that runs a command.</summary>
    public const string ProcessStart = "Start";

    /// <summary>Every method name POD2001 acts on.</summary>
    public static readonly HashSet<string> All = Union(
        FileWriters, FileOpeners, FileCopiers, FileMovers, FileInfoWriters, Set(FileInfoOpener), FileInfoCopiers, Set(ProcessStart));

    /// <summary>
    /// Whether a call to a method of this name, with this many arguments, can be a write POD2001
    /// reports. Every static <c>Process.Start</c> takes an argument, so the argument-less
    /// <c>Start()</c> of stopwatches, timers and tasks is left alone.
    /// </summary>
    public static bool MayWrite(string methodName, int argumentCount) =>
        All.Contains(methodName) && (methodName != ProcessStart || argumentCount > 0);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    private static HashSet<string> Union(params HashSet<string>[] sets)
    {
        var union = Set();
        foreach (var set in sets)
        {
            union.UnionWith(set);
        }

        return union;
    }
}
