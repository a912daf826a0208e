using System;
using PodAnalyzers.Generation;

namespace PodAnalyzers.Tests.Generation;

public sealed class CodeWriterTests
{
    [Fact]
    public void A_finished_writer_cannot_write_into_the_buffer_the_next_writer_rents()
    {
        var finished = new CodeWriter();
        finished.Line("first");
        Assert.Equal("first\n", finished.Finish());
        var next = new CodeWriter();
        next.Line("second");

        Assert.Throws<InvalidOperationException>(() => finished.Line("late"));
        Assert.Throws<InvalidOperationException>(() => finished.StringConstant("Late", "x"));
        Assert.Throws<InvalidOperationException>(() => finished.Finish());
        Assert.Equal("second\n", next.Finish());
    }

    [Fact]
    public void Writers_alive_at_once_each_write_their_own_text()
    {
        var outer = new CodeWriter();
        var inner = new CodeWriter();
        outer.OpenClass("Outer");
        inner.OpenClass("Inner");

        Assert.Equal("public static partial class Inner\n{\n", inner.Finish());
        Assert.Equal("public static partial class Outer\n{\n", outer.Finish());
    }
}
