using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PodAnalyzers.Roslyn.HostsFileWrites;

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

    /// <summary>The type names a handled type may be written with, as in a file with <c>using FS = System.IO.FileStream;</c>.</summary>
    private static bool IsHandledTypeName(string name) => name is "FileStream" or "StreamWriter" or "ProcessStartInfo" or "FS";

    /// <summary>The one target-typed creation in a member of a class.</summary>
    private static ImplicitObjectCreationExpressionSyntax TargetTyped(string member) =>
        CSharpSyntaxTree.ParseText("class C\n{\n    " + member + "\n}\n").GetRoot().DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().Single();
}
