using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PodAnalyzers.Roslyn.HostsFileWrites;
using PodAnalyzers.Tests.Infrastructure;

namespace PodAnalyzers.Tests.Roslyn;

/// <summary>The syntactic filter of POD2001: the names it reads and the method names it lets through.</summary>
public sealed class HostsFileWriteCandidateTests
{
    [Theory]
    [InlineData("WriteAllText(p, t)", "WriteAllText")]
    [InlineData("File.WriteAllText(p, t)", "WriteAllText")]
    [InlineData("global::System.IO.File.WriteAllText(p, t)", "WriteAllText")]
    [InlineData("info?.MoveTo(p)", "MoveTo")]
    [InlineData("a?.b.Replace(p, q)", "Replace")]
    [InlineData("x.Start<int>()", "Start")]
    [InlineData("Start<int>()", "Start")]
    [InlineData("@Delete(p)", "Delete")]
    [InlineData("GetWriter()(p)", null)]
    [InlineData("handlers[0](p)", null)]
    public void The_invoked_name_is_the_rightmost_identifier(string expression, string? expected)
    {
        var invocation = SyntaxFactory.ParseExpression(expression).DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().First();

        Assert.Equal(expected, CandidateSyntax.InvokedName(invocation));
    }

    [Theory]
    [InlineData("new FileStream(p, m)", "FileStream")]
    [InlineData("new System.IO.FileStream(p, m)", "FileStream")]
    [InlineData("new global::System.IO.FileStream(p, m)", "FileStream")]
    [InlineData("new IO::FileStream(p, m)", "FileStream")]
    [InlineData("new List<int>()", "List")]
    [InlineData("new int()", null)]
    public void The_created_type_name_is_the_rightmost_identifier(string expression, string? expected)
    {
        var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression(expression);

        Assert.Equal(expected, CandidateSyntax.CreatedTypeName(creation));
    }

    [Theory]
    [InlineData("FileStream s = new(p, m);")]
    [InlineData("System.IO.FileStream? s = new(p, m);")]
    [InlineData("global::System.IO.StreamWriter w = new(p, true);")]
    [InlineData("using FS s = new(p, m);")]
    [InlineData("ProcessStartInfo psi = new();")]
    [InlineData("ProcessStartInfo psi = (new()!);")]
    [InlineData("var psi = (ProcessStartInfo)new();")]
    [InlineData("Sink(new(p, m));")]
    [InlineData("stream = new(p, m);")]
    [InlineData("stream ??= new(p, m);")]
    [InlineData("Start(new() { FileName = f });")]
    [InlineData("Func<Entry> open = () => new(p, m);")]
    [InlineData("Func<Entry> open = () => { return new(p, m); };")]
    [InlineData("async Task<Entry> OpenAsync() { await Task.Yield(); return new(p, m); }")]
    [InlineData("scoped ref Entry e = new(p, m);")]
    public void A_target_typed_creation_that_may_be_a_write_is_bound(string statement) =>
        Assert.True(CandidateSyntax.MayCreate(TargetTyped("void M() { " + statement + " }"), IsHandledTypeName));

    [Theory]
    [InlineData("FileStream Open() => new(p, m);")]
    [InlineData("FileStream Open() { if (p is null) { return null!; } return new(p, m); }")]
    [InlineData("FileStream Stream => new(p, m);")]
    [InlineData("FileStream Stream { get { return new(p, m); } }")]
    [InlineData("StreamWriter this[int i] => new(p, true);")]
    [InlineData("StreamWriter Writer { get; } = new(p, true);")]
    [InlineData("private readonly FS stream = new(p, m);")]
    [InlineData("public static explicit operator FileStream(C c) => new(p, m);")]
    public void A_member_that_may_return_or_hold_a_write_binds_its_creation(string member) =>
        Assert.True(CandidateSyntax.MayCreate(TargetTyped(member), IsHandledTypeName));

    [Theory]
    [InlineData("List<int> values = new();")]
    [InlineData("List<int> values = new(16);")]
    [InlineData("System.Collections.Generic.Dictionary<string, int> map = new(StringComparer.Ordinal);")]
    [InlineData("StringReader? reader = new(text);")]
    [InlineData("FileInfo info = new(p);")]
    [InlineData("using StringWriter writer = new();")]
    [InlineData("var s = new(p, m);")]
    [InlineData("object o = new();")]
    [InlineData("string s = new('a', 3);")]
    [InlineData("(int, int) pair = new(1, 2);")]
    [InlineData("List<int> values = (new(4));")]
    [InlineData("var values = (List<int>)new(4);")]
    [InlineData("Sink(new());")]
    [InlineData("values = new();")]
    [InlineData("options ??= new();")]
    [InlineData("Entry Local(string name) => new(name, 1);")]
    [InlineData("Entry Local(string name) { return new(name, 1); }")]
    public void A_target_typed_creation_that_cannot_be_a_write_is_not_bound(string statement) =>
        Assert.False(CandidateSyntax.MayCreate(TargetTyped("void M() { " + statement + " }"), IsHandledTypeName));

    [Theory]
    [InlineData("private readonly List<string> names = new(capacity: 4);")]
    [InlineData("public static Entry Empty { get; } = new(string.Empty, 0);")]
    [InlineData("void Wait(TimeSpan timeout = new()) { }")]
    [InlineData("Entry Create(string name) => new(name, 1);")]
    [InlineData("Entry Create(string name) { Func<int> f = () => { return 1; }; return new(name, f()); }")]
    [InlineData("Entry this[int i] => new(\"x\", i);")]
    [InlineData("Entry Current { get { return new(\"x\", 1); } }")]
    [InlineData("Entry Current => new(\"x\", 1);")]
    [InlineData("public static implicit operator Entry(C c) => new(\"x\", 1);")]
    [InlineData("public static Entry operator +(C a, C b) => new(\"x\", 1);")]
    public void A_member_that_names_another_type_does_not_bind_its_creation(string member) =>
        Assert.False(CandidateSyntax.MayCreate(TargetTyped(member), IsHandledTypeName));

    [Fact]
    public void Alias_names_are_the_global_ones_and_the_files_own_at_any_depth()
    {
        var file = CSharpSyntaxTree.ParseText("using System.IO;\nusing static System.IO.File;\nusing F = System.IO.FileStream;\nnamespace A { using N = System.IO.StreamWriter; namespace B { using Deep = System.IO.File; } }\n");
        var compilation = CSharpCompilation.Create(
            "Aliases",
            new[]
            {
                file,
                CSharpSyntaxTree.ParseText("global using G = System.IO.FileStream;\n"),
                CSharpSyntaxTree.ParseText("namespace C;\nusing Elsewhere = System.Diagnostics.ProcessStartInfo;\nclass K { }\n"),
            });

        var names = CandidateSyntax.AliasNames(compilation.GetSemanticModel(file), (CompilationUnitSyntax)file.GetRoot(), default);

        Assert.Equal(new[] { "Deep", "F", "G", "N" }, names.OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("WriteAllText", 2, true)]
    [InlineData("AppendAllLinesAsync", 2, true)]
    [InlineData("OpenHandle", 3, true)]
    [InlineData("Copy", 2, true)]
    [InlineData("CopyTo", 1, true)]
    [InlineData("Delete", 0, true)]
    [InlineData("Start", 1, true)]
    [InlineData("Start", 0, false)]
    [InlineData("ReadAllText", 1, false)]
    [InlineData("OpenRead", 1, false)]
    [InlineData("Exists", 1, false)]
    [InlineData("writealltext", 2, false)]
    public void Only_methods_the_checks_act_on_may_write(string methodName, int argumentCount, bool expected) =>
        Assert.Equal(expected, WriteMethodNames.MayWrite(methodName, argumentCount));

    [Theory]
    [InlineData("File.AppendAllText(p, t);", true)]
    [InlineData("File.AppendAllText (p, t);", true)]
    [InlineData("File.AppendAllText // why\n    (p, t);", true)]
    [InlineData("File.AppendAllText /* why */ (p, t);", true)]
    [InlineData("x.Start<int>();", true)]
    [InlineData("FileStream s = new(p, m);", true)]
    [InlineData("M(new (p, m));", true)]
    [InlineData("var s = new Hosts(p);", true)]
    [InlineData("var s = new System.IO.FileStream(p, m);", true)]
    [InlineData("values.Add(1); var list = new List<int>();", false)]
    [InlineData("var started = StartedAt; OpenAsync(); var renew = 1; Created(x);", false)]
    [InlineData("", false)]
    public void The_text_check_passes_every_document_that_may_hold_a_candidate(string code, bool expected)
    {
        var check = new CandidateText(new[] { "AppendAllText", "Start", "Open", "Create" }, new[] { "FileStream" });

        Assert.Equal(expected, check.MayContainCandidate(code, new[] { "Hosts" }));
    }

    [Theory]
    [InlineData("File.Delete(p); // Delete\nvar s = \"Create\";", new[] { 5, 19, 35 })]
    [InlineData("@Delete(p); renew(); newer(); new(); x.Start<int>();", new[] { 1, 30, 39 })]
    [InlineData("Deleted(p); Deletes(); _Delete(); Delete2();", new int[0])]
    [InlineData("var é = new Creator();", new[] { 8 })]
    public void Word_positions_are_the_whole_words_a_call_or_creation_is_found_by(string code, int[] expected)
    {
        var text = new CandidateText(new[] { "Delete", "Create", "Start" }, Array.Empty<string>());

        Assert.Equal(expected, text.WordPositions(code));
    }

    [Theory]
    [InlineData("File.\\u0044elete(p);")]
    [InlineData("var s = \"\\U0001F600\";")]
    [InlineData("File.Dele\u00ADte(p);")]
    public void Text_that_may_spell_a_name_otherwise_has_no_word_positions(string code) =>
        Assert.Null(new CandidateText(new[] { "Delete" }, Array.Empty<string>()).WordPositions(code));

    [Fact]
    public void The_calls_and_creations_at_the_word_positions_are_those_a_walk_of_the_tree_finds()
    {
        var text = new CandidateText(WriteMethodNames.All, Array.Empty<string>());
        var repositorySources = Directory.EnumerateFiles(TestPaths.RepositoryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var sources = repositorySources
            .Append(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Golden", "HostsFileWriteScenario.cs.txt")))
            .Append(Shapes);
        var compared = 0;
        foreach (var source in sources)
        {
            if (text.WordPositions(source) is not { } positions)
            {
                continue;
            }

            var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
            var walked = unit.DescendantNodes().Where(node => node is BaseObjectCreationExpressionSyntax
                || (node is InvocationExpressionSyntax invocation && CandidateSyntax.InvokedName(invocation) is { } name && WriteMethodNames.All.Contains(name)));

            Assert.Equal(walked, CandidateSyntax.CallsAndCreationsAt(unit, positions));
            compared++;
        }

        Assert.True(compared > repositorySources.Count / 2, $"only {compared} sources had word positions");
    }

    [Fact]
    public void Every_shape_of_call_and_creation_is_found_at_its_word()
    {
        var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(Shapes, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
        var positions = new CandidateText(WriteMethodNames.All, Array.Empty<string>()).WordPositions(Shapes)!;

        var found = CandidateSyntax.CallsAndCreationsAt(unit, positions).Select(node => node.ToString()).ToList();

        Assert.Equal(
            new[]
            {
                "new FileInfo(p).Replace(\"a\", null)", "new FileInfo(p)", "File.Create(p).Replace(\"a\", \"b\")", "File.Create(p)",
                "@Delete(p)", "global::System.IO.File.Delete(p)", ".MoveTo(p)", "Start<int>()", "new(p, m)",
                "new StreamWriter(new FileStream(p, m))", "new FileStream(p, m)", "x.Replace(a, b)", "File.Delete /* why */ (p)", "Copy(p, q)",
            },
            found);
    }

    // Calls and creations in the places and spellings a walk of the tree meets them, with their
    // words also in comments, literals, directives, inactive code and other tokens.
    private const string Shapes = """
        using System.IO;
        /// <summary>Calls <see cref="File.Delete(string)"/>: Delete(p), new C().</summary>
        [Obsolete(nameof(Delete))]
        class C
        {
            void M(string p, string a, string b, FileMode m, FileInfo? info, object x)
            {
                var s = "File.Create(p) new C()" + @"Delete(p)" + $"{x.ToString()} Copy(";
                _ = new FileInfo(p).Replace("a", null);
                _ = File.Create(p).Replace("a", "b");
                @Delete(p);
                global::System.IO.File.Delete(p);
                info?.MoveTo(p);
                Start<int>();
                FileStream f = new(p, m);
                _ = new StreamWriter(new FileStream(p, m));
                _ = $"{x.Replace(a, b)}";
                var Create = 1;
                File.Delete /* why */ (p);
        #if NEVER
                File.Delete(p);
        #endif
                Action copy = () => Copy(p, q);
                int[] array = new int[3];
                var anonymous = new { Delete = 1 };
            }
        }
        """;

    /// <summary>The type names a handled type may be written with, as in a file with <c>using FS = System.IO.FileStream;</c>.</summary>
    private static bool IsHandledTypeName(string name) => name is "FileStream" or "StreamWriter" or "ProcessStartInfo" or "FS";

    /// <summary>The one target-typed creation in a member of a class.</summary>
    private static ImplicitObjectCreationExpressionSyntax TargetTyped(string member) =>
        CSharpSyntaxTree.ParseText("class C\n{\n    " + member + "\n}\n").GetRoot().DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().Single();
}
