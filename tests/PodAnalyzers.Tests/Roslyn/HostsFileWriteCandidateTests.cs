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
}
