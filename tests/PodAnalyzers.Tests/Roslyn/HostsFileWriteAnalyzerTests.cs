using System.Threading.Tasks;
using PodAnalyzers.Tests.Infrastructure;
using static PodAnalyzers.Tests.Infrastructure.HostsFileWriteTest;

namespace PodAnalyzers.Tests.Roslyn;

public sealed class HostsFileWriteAnalyzerTests
{
    // ---- File writers: each one, located on the call ----

    [Theory]
    [InlineData("File.WriteAllText(\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")", "File.WriteAllText")]
    [InlineData("File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")", "File.AppendAllText")]
    [InlineData("File.WriteAllLines(\"/etc/hosts\", new[] { \"10.0.0.20 test.gysl\" })", "File.WriteAllLines")]
    [InlineData("File.AppendAllLines(\"/etc/hosts\", new[] { \"10.0.0.20 test.gysl\" })", "File.AppendAllLines")]
    [InlineData("File.WriteAllBytes(\"/etc/hosts\", new byte[0])", "File.WriteAllBytes")]
    [InlineData("File.AppendText(\"/etc/hosts\")", "File.AppendText")]
    [InlineData("File.CreateText(\"/etc/hosts\")", "File.CreateText")]
    [InlineData("File.Create(\"/etc/hosts\")", "File.Create")]
    [InlineData("File.CreateSymbolicLink(\"/etc/hosts\", \"/tmp/hosts\")", "File.CreateSymbolicLink")]
    [InlineData("File.OpenWrite(\"/etc/hosts\")", "File.OpenWrite")]
    [InlineData("File.Open(\"/etc/hosts\", FileMode.Append)", "File.Open")]
    [InlineData("File.Open(\"/etc/hosts\", FileMode.Open, FileAccess.ReadWrite)", "File.Open")]
    [InlineData("File.Open(\"/etc/hosts\", new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write })", "File.Open")]
    [InlineData("File.OpenHandle(\"/etc/hosts\", FileMode.Open, FileAccess.Write)", "File.OpenHandle")]
    [InlineData("File.Copy(\"/tmp/hosts\", \"/etc/hosts\", true)", "File.Copy")]
    [InlineData("File.Move(\"/tmp/hosts\", \"/etc/hosts\")", "File.Move")]
    [InlineData("File.Replace(\"/tmp/hosts\", \"/etc/hosts\", null)", "File.Replace")]
    [InlineData("File.Delete(\"/etc/hosts\")", "File.Delete")]
    [InlineData("File.SetAttributes(\"/etc/hosts\", FileAttributes.Normal)", "File.SetAttributes")]
    [InlineData("File.WriteAllTextAsync(\"/etc/hosts\", \"x\")", "File.WriteAllTextAsync")]
    [InlineData("File.AppendAllTextAsync(\"/etc/hosts\", \"x\")", "File.AppendAllTextAsync")]
    [InlineData("File.AppendAllLinesAsync(\"/etc/hosts\", new[] { \"x\" })", "File.AppendAllLinesAsync")]
    [InlineData("File.WriteAllLinesAsync(\"/etc/hosts\", new[] { \"x\" })", "File.WriteAllLinesAsync")]
    [InlineData("File.WriteAllBytesAsync(\"/etc/hosts\", new byte[0])", "File.WriteAllBytesAsync")]
    public Task Every_file_writer_is_reported_on_the_call(string call, string api) =>
        VerifyAsync(
            InMethod("        " + (call.Contains("Async(", System.StringComparison.Ordinal) ? "await " : string.Empty) + "{|#0:" + call + "|};"),
            Diagnostic().WithLocation(0).WithMessage(Message(api, "/etc/hosts")));

    [Theory]
    [InlineData("new FileStream(\"/etc/hosts\", FileMode.Append)", "new FileStream")]
    [InlineData("new FileStream(\"/etc/hosts\", FileMode.Create)", "new FileStream")]
    [InlineData("new FileStream(\"/etc/hosts\", FileMode.Open, FileAccess.Write)", "new FileStream")]
    [InlineData("new FileStream(\"/etc/hosts\", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)", "new FileStream")]
    [InlineData("new FileStream(\"/etc/hosts\", new FileStreamOptions { Access = FileAccess.Write })", "new FileStream")]
    [InlineData("new StreamWriter(\"/etc/hosts\")", "new StreamWriter")]
    [InlineData("new StreamWriter(\"/etc/hosts\", true)", "new StreamWriter")]
    [InlineData("new StreamWriter(\"/etc/hosts\", new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write })", "new StreamWriter")]
    public Task Streams_opened_for_writing_are_reported_on_the_creation(string creation, string api) =>
        VerifyAsync(
            InMethod("        using var s = {|#0:" + creation + "|};"),
            Diagnostic().WithLocation(0).WithMessage(Message(api, "/etc/hosts")));

    [Fact]
    public Task File_stream_options_in_a_local_are_followed() =>
        VerifyAsync(
            InMethod("        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };\n        using var s = {|#0:new FileStream(\"/etc/hosts\", options)|};"),
            Diagnostic().WithLocation(0).WithMessage(Message("new FileStream", "/etc/hosts")));

    [Theory]
    [InlineData("new FileInfo(\"/etc/hosts\").OpenWrite()", "FileInfo.OpenWrite")]
    [InlineData("new FileInfo(\"/etc/hosts\").AppendText()", "FileInfo.AppendText")]
    [InlineData("new FileInfo(\"/etc/hosts\").CreateText()", "FileInfo.CreateText")]
    [InlineData("new FileInfo(\"/etc/hosts\").Create()", "FileInfo.Create")]
    [InlineData("new FileInfo(\"/etc/hosts\").Open(FileMode.Append)", "FileInfo.Open")]
    [InlineData("new FileInfo(\"/etc/hosts\").Open(FileMode.Open, FileAccess.Write)", "FileInfo.Open")]
    [InlineData("new FileInfo(\"/tmp/hosts\").CopyTo(\"/etc/hosts\", true)", "FileInfo.CopyTo")]
    [InlineData("new FileInfo(\"/tmp/hosts\").Replace(\"/etc/hosts\", null)", "FileInfo.Replace")]
    public Task File_info_writers_are_reported(string call, string api) =>
        VerifyAsync(
            InMethod("        _ = {|#0:" + call + "|};"),
            Diagnostic().WithLocation(0).WithMessage(Message(api, "/etc/hosts")));

    [Fact]
    public Task File_info_delete_and_move_onto_the_hosts_file_are_reported() =>
        VerifyAsync(
            InMethod("        var hosts = new FileInfo(\"/etc/hosts\");\n        {|#0:hosts.Delete()|};\n        {|#1:new FileInfo(\"/tmp/h\").MoveTo(\"/etc/hosts\")|};"),
            Diagnostic().WithLocation(0).WithMessage(Message("FileInfo.Delete", "/etc/hosts")),
            Diagnostic().WithLocation(1).WithMessage(Message("FileInfo.MoveTo", "/etc/hosts")));

    // ---- Paths known at compile time ----

    [Theory]
    [InlineData("const string hosts = \"/etc/hosts\";", "hosts")]
    [InlineData("var hosts = \"/etc/hosts\";", "hosts")]
    [InlineData("string hosts; hosts = \"/etc/hosts\";", "hosts")]
    [InlineData("var dir = \"/etc\";", "dir + \"/hosts\"")]
    [InlineData("var dir = \"/etc\";", "$\"{dir}/hosts\"")]
    [InlineData("const string dir = \"/etc\";", "Path.Combine(dir, \"hosts\")")]
    [InlineData("", "Path.Combine(\"/\", \"etc\", \"hosts\")")]
    [InlineData("", "Path.Combine(\"/\", \"etc\", \"x\", \"y\", \"hosts\").Replace(\"x/y/\", \"\")")]
    [InlineData("", "Path.Join(\"/etc/\", \"hosts\")")]
    [InlineData("", "Path.Join(\"/etc\".AsSpan(), \"hosts\".AsSpan())")]
    [InlineData("var name = \"hosts\"; var path = Path.Combine(\"/etc\", name);", "path")]
    public Task Paths_known_at_compile_time_are_recognised(string declarations, string pathExpression)
    {
        // String.Replace is not evaluated: that row must stay silent.
        var expectsDiagnostic = !pathExpression.Contains(".Replace(", System.StringComparison.Ordinal) && !pathExpression.Contains("AsSpan", System.StringComparison.Ordinal);
        var code = InMethod("        " + declarations + "\n        {|#0:File.AppendAllText(" + pathExpression + ", \"x\")|};");
        return expectsDiagnostic
            ? VerifyAsync(code, Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", "/etc/hosts")))
            : VerifyAsync(code.Replace("{|#0:", string.Empty, System.StringComparison.Ordinal).Replace(", \"x\")|};", ", \"x\");", System.StringComparison.Ordinal));
    }

    [Fact]
    public Task A_const_field_is_a_known_path() =>
        VerifyAsync(
            "using System.IO;\nclass C\n{\n    private const string Dir = \"/etc\";\n    private const string Hosts = Dir + \"/hosts\";\n    void M() => {|#0:File.AppendAllText(Hosts, \"10.0.0.20 test.gysl\\n\")|};\n}\n",
            Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", "/etc/hosts")));

    [Theory]
    [InlineData("@\"C:\\Windows\\System32\\drivers\\etc\\hosts\"", @"C:\Windows\System32\drivers\etc\hosts")]
    [InlineData("\"c:/windows/system32/drivers/etc/HOSTS\"", "c:/windows/system32/drivers/etc/HOSTS")]
    [InlineData("@\"C:\\WINDOWS\\system32\\Drivers\\Etc\\hosts\"", @"C:\WINDOWS\system32\Drivers\Etc\hosts")]
    [InlineData("Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.System), \"drivers\", \"etc\", \"hosts\")", @"%SystemRoot%\System32/drivers/etc/hosts")]
    [InlineData("Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), @\"System32\\drivers\\etc\\hosts\")", @"%SystemRoot%/System32\drivers\etc\hosts")]
    [InlineData("Environment.ExpandEnvironmentVariables(@\"%SystemRoot%\\System32\\drivers\\etc\\hosts\")", @"%SystemRoot%\System32\drivers\etc\hosts")]
    [InlineData("Environment.ExpandEnvironmentVariables(\"%windir%/system32/drivers/etc/hosts\")", "%SystemRoot%/system32/drivers/etc/hosts")]
    public Task The_windows_hosts_file_is_recognised_in_any_case_and_either_slash(string pathExpression, string shown) =>
        VerifyAsync(
            InMethod("        {|#0:File.AppendAllText(" + pathExpression + ", \"x\")|};"),
            Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", shown)));

    // ---- Shell-outs ----

    [Theory]
    [InlineData("Process.Start(\"sh\", \"-c \\\"echo '10.0.0.20 test.gysl' >> /etc/hosts\\\"\")", "Process.Start (sh, '>>' redirection)")]
    [InlineData("Process.Start(\"/bin/bash\", \"-c \\\"echo 10.0.0.20 test.gysl > /etc/hosts\\\"\")", "Process.Start (bash, '>' redirection)")]
    [InlineData("Process.Start(\"sh\", new[] { \"-c\", \"echo 10.0.0.20 a | tee -a /etc/hosts\" })", "Process.Start (sh, tee -a)")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"echo 10.0.0.20 a | sudo tee /etc/hosts > /dev/null\\\"\")", "Process.Start (sh, tee)")]
    [InlineData("Process.Start(\"tee\", \"-a /etc/hosts\")", "Process.Start (tee, tee -a)")]
    [InlineData("Process.Start(\"sed\", \"-i s/old/new/ /etc/hosts\")", "Process.Start (sed, sed -i)")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"sed -i.bak '/test/d' /etc/hosts\\\"\")", "Process.Start (sh, sed -i)")]
    [InlineData("Process.Start(\"cp\", \"/tmp/hosts /etc/hosts\")", "Process.Start (cp, cp)")]
    [InlineData("Process.Start(\"sudo\", \"mv -f /tmp/hosts /etc/hosts\")", "Process.Start (mv, mv)")]
    [InlineData("Process.Start(\"bash\", \"-ec \\\"cd /tmp && printf '10.0.0.20 a\\\\n' >> /etc/hosts\\\"\")", "Process.Start (bash, '>>' redirection)")]
    [InlineData("Process.Start(\"cmd.exe\", @\"/c echo 10.0.0.20 a >> C:\\Windows\\System32\\drivers\\etc\\hosts\")", "Process.Start (cmd, '>>' redirection)")]
    [InlineData("Process.Start(\"cmd\", @\"/c echo 10.0.0.20 a >> %SystemRoot%\\System32\\drivers\\etc\\hosts\")", "Process.Start (cmd, '>>' redirection)")]
    public Task Shell_commands_that_write_the_hosts_file_are_reported(string call, string api)
    {
        var path = call.Contains("etc\\\\hosts", System.StringComparison.Ordinal) || call.Contains(@"etc\hosts", System.StringComparison.Ordinal)
            ? (call.Contains("%SystemRoot%", System.StringComparison.Ordinal) ? @"%SystemRoot%\System32\drivers\etc\hosts" : @"C:\Windows\System32\drivers\etc\hosts")
            : "/etc/hosts";
        return VerifyAsync(
            InMethod("        {|#0:" + call + "|};"),
            Diagnostic().WithLocation(0).WithMessage(Message(api, path)));
    }

    [Fact]
    public Task A_process_start_info_with_an_initializer_is_reported_on_its_creation() =>
        VerifyAsync(
            InMethod("        var psi = {|#0:new ProcessStartInfo { FileName = \"/bin/sh\", Arguments = \"-c \\\"echo '10.0.0.20 test.gysl' >> /etc/hosts\\\"\" }|};\n        Process.Start(psi);"),
            Diagnostic().WithLocation(0).WithMessage(Message("ProcessStartInfo (sh, '>>' redirection)", "/etc/hosts")));

    [Fact]
    public Task A_process_start_info_built_by_later_assignments_is_reported() =>
        VerifyAsync(
            InMethod("        var psi = {|#0:new ProcessStartInfo(\"sh\")|};\n        psi.UseShellExecute = false;\n        psi.ArgumentList.Add(\"-c\");\n        psi.ArgumentList.Add(\"echo 10.0.0.20 a >> /etc/hosts\");\n        Process.Start(psi)!.WaitForExit();"),
            Diagnostic().WithLocation(0).WithMessage(Message("ProcessStartInfo (sh, '>>' redirection)", "/etc/hosts")));

    [Fact]
    public Task A_process_start_info_argument_list_initializer_is_reported() =>
        VerifyAsync(
            InMethod("        Process.Start({|#0:new ProcessStartInfo(\"sh\") { ArgumentList = { \"-c\", \"cp /tmp/h /etc/hosts\" } }|});"),
            Diagnostic().WithLocation(0).WithMessage(Message("ProcessStartInfo (sh, cp)", "/etc/hosts")));

    [Fact]
    public Task A_process_start_info_constructor_with_arguments_is_reported() =>
        VerifyAsync(
            InMethod("        const string hosts = \"/etc/hosts\";\n        var psi = {|#0:new ProcessStartInfo(\"sh\", $\"-c \\\"echo 10.0.0.20 a >> {hosts}\\\"\")|};"),
            Diagnostic().WithLocation(0).WithMessage(Message("ProcessStartInfo (sh, '>>' redirection)", "/etc/hosts")));

    // ---- Every spelling of a call or creation gets past the syntactic filter ----

    [Theory]
    [InlineData("using static System.IO.File;", "{|#0:WriteAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};", "File.WriteAllText")]
    [InlineData("", "{|#0:global::System.IO.File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};", "File.AppendAllText")]
    [InlineData("using IO = System.IO;", "{|#0:IO::File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};", "File.AppendAllText")]
    [InlineData("using static System.Diagnostics.Process;", "{|#0:Start(\"tee\", \"-a /etc/hosts\")|};", "Process.Start (tee, tee -a)")]
    [InlineData("", "FileInfo? source = new(\"/tmp/h\");\n        source?{|#0:.MoveTo(\"/etc/hosts\")|};", "FileInfo.MoveTo")]
    [InlineData("", "FileInfo? hosts = new(\"/etc/hosts\");\n        hosts?{|#0:.AppendText()|}.Dispose();", "FileInfo.AppendText")]
    [InlineData("", "FileInfo? hosts = new(\"/etc/hosts\");\n        hosts?{|#0:.Delete()|};", "FileInfo.Delete")]
    [InlineData("", "var hosts = new FileInfo(\"/etc/hosts\");\n        hosts?{|#0:.Open(FileMode.Append)|}.Dispose();", "FileInfo.Open")]
    [InlineData("using FS = System.IO.FileStream;", "using var s = {|#0:new FS(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("", "using var s = {|#0:new global::System.IO.FileStream(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("", "using FileStream s = {|#0:new(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("", "ProcessStartInfo psi = {|#0:new(\"tee\", \"-a /etc/hosts\")|};", "ProcessStartInfo (tee, tee -a)")]
    public Task Calls_and_creations_are_reported_however_they_are_spelled(string usingDirective, string statements, string api) =>
        VerifyAsync(
            usingDirective + "\n" + InMethod("        " + statements),
            Diagnostic().WithLocation(0).WithMessage(Message(api, "/etc/hosts")));

    [Theory]
    [InlineData("", "FileStream s = {|#0:new(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("", "System.IO.FileStream? s = {|#0:new(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("", "StreamWriter w = {|#0:new(\"/etc/hosts\", true)|};", "new StreamWriter")]
    [InlineData("", "using global::System.IO.StreamWriter w = {|#0:new(\"/etc/hosts\", true)|};", "new StreamWriter")]
    [InlineData("using FS = System.IO.FileStream;", "using FS s = {|#0:new(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("using IO = System.IO;", "IO::StreamWriter w = {|#0:new(\"/etc/hosts\", true)|};", "new StreamWriter")]
    [InlineData("", "var s = (FileStream)({|#0:new(\"/etc/hosts\", FileMode.Append)|});", "new FileStream")]
    [InlineData("", "FileStream? s = null;\n        s ??= {|#0:new(\"/etc/hosts\", FileMode.Append)|};", "new FileStream")]
    [InlineData("", "Func<StreamWriter> open = () => {|#0:new(\"/etc/hosts\", true)|};", "new StreamWriter")]
    [InlineData("", "async Task<FileStream> OpenAsync() { await Task.Yield(); return {|#0:new(\"/etc/hosts\", FileMode.Append)|}; }\n        using var s = await OpenAsync();", "new FileStream")]
    [InlineData("", "ProcessStartInfo psi = {|#0:new(\"sh\", \"-c \\\"echo 10.0.0.20 a >> /etc/hosts\\\"\")|};", "ProcessStartInfo (sh, '>>' redirection)")]
    [InlineData("", "ProcessStartInfo psi = {|#0:new() { FileName = \"sh\", Arguments = \"-c \\\"echo 10.0.0.20 a >> /etc/hosts\\\"\" }|};", "ProcessStartInfo (sh, '>>' redirection)")]
    [InlineData("", "ProcessStartInfo psi = {|#0:new()|};\n        psi.FileName = \"tee\";\n        psi.Arguments = \"-a /etc/hosts\";", "ProcessStartInfo (tee, tee -a)")]
    [InlineData("", "ProcessStartInfo psi = ({|#0:new()|}!);\n        psi.FileName = \"tee\";\n        psi.Arguments = \"-a /etc/hosts\";", "ProcessStartInfo (tee, tee -a)")]
    [InlineData("", "var psi = (ProcessStartInfo){|#0:new()|};\n        psi.FileName = \"tee\";\n        psi.Arguments = \"-a /etc/hosts\";", "ProcessStartInfo (tee, tee -a)")]
    [InlineData("", "static void Run(ProcessStartInfo info) { }\n        Run({|#0:new() { FileName = \"tee\", Arguments = \"-a /etc/hosts\" }|});", "ProcessStartInfo (tee, tee -a)")]
    public Task Target_typed_creations_are_reported_wherever_the_target_type_comes_from(string usingDirective, string statements, string api) =>
        VerifyAsync(
            usingDirective + "\n" + InMethod("        " + statements),
            Diagnostic().WithLocation(0).WithMessage(Message(api, "/etc/hosts")));

    [Fact]
    public Task Target_typed_creations_in_members_are_reported_on_the_declared_type() =>
        VerifyAsync(
            "using System.IO;\nusing FS = System.IO.FileStream;\nclass C\n{\n"
            + "    private readonly FS field = {|#0:new(\"/etc/hosts\", FileMode.Append)|};\n"
            + "    public StreamWriter Writer { get; } = {|#1:new(\"/etc/hosts\", true)|};\n"
            + "    public FileStream Stream => {|#2:new(\"/etc/hosts\", FileMode.Append)|};\n"
            + "    public FileStream Getter { get { return {|#3:new(\"/etc/hosts\", FileMode.Append)|}; } }\n"
            + "    public StreamWriter this[int i] => {|#4:new(\"/etc/hosts\", true)|};\n"
            + "    FileStream Open() => {|#5:new(\"/etc/hosts\", FileMode.Append)|};\n"
            + "    FileStream OpenChecked(bool append) { if (!append) { return null!; } return {|#6:new(\"/etc/hosts\", FileMode.Append)|}; }\n"
            + "    public static explicit operator FileStream(C c) => {|#7:new(\"/etc/hosts\", FileMode.Append)|};\n"
            + "}\n",
            Diagnostic().WithLocation(0).WithMessage(Message("new FileStream", "/etc/hosts")),
            Diagnostic().WithLocation(1).WithMessage(Message("new StreamWriter", "/etc/hosts")),
            Diagnostic().WithLocation(2).WithMessage(Message("new FileStream", "/etc/hosts")),
            Diagnostic().WithLocation(3).WithMessage(Message("new FileStream", "/etc/hosts")),
            Diagnostic().WithLocation(4).WithMessage(Message("new StreamWriter", "/etc/hosts")),
            Diagnostic().WithLocation(5).WithMessage(Message("new FileStream", "/etc/hosts")),
            Diagnostic().WithLocation(6).WithMessage(Message("new FileStream", "/etc/hosts")),
            Diagnostic().WithLocation(7).WithMessage(Message("new FileStream", "/etc/hosts")));

    [Fact]
    public Task Target_typed_creations_of_other_types_are_not_reported() =>
        NoDiagnosticAsync(
            "        System.Collections.Generic.List<string> lines = new() { \"/etc/hosts\" };\n"
            + "        StringReader reader = new(\"/etc/hosts\");\n"
            + "        FileInfo info = new(\"/etc/hosts\");\n"
            + "        _ = info.Length;\n"
            + "        using FileStream read = new(\"/etc/hosts\", FileMode.Open);\n"
            + "        ProcessStartInfo cat = new(\"cat\", \"/etc/hosts\");\n"
            + "        string text = new('x', 3);");

    [Fact]
    public Task A_type_alias_declared_in_a_namespace_is_followed() =>
        VerifyAsync(
            "namespace N\n{\n    using Writer = System.IO.StreamWriter;\n\n    class C\n    {\n        void M() => {|#0:new Writer(\"/etc/hosts\", true)|}.Dispose();\n    }\n}\n",
            Diagnostic().WithLocation(0).WithMessage(Message("new StreamWriter", "/etc/hosts")));

    [Fact]
    public Task A_global_using_alias_from_another_document_is_followed()
    {
        var test = new HostsFileWriteTest(InMethod("        using var s = {|#0:new Hosts(\"/etc/hosts\", FileMode.Append)|};"));
        test.TestState.Sources.Add("global using Hosts = System.IO.FileStream;\n");
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0).WithMessage(Message("new FileStream", "/etc/hosts")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_field_initializer_is_analysed() =>
        VerifyAsync(
            "using System.IO;\nclass C\n{\n    private readonly FileStream stream = {|#0:new(\"/etc/hosts\", FileMode.Append)|};\n}\n",
            Diagnostic().WithLocation(0).WithMessage(Message("new FileStream", "/etc/hosts")));

    [Fact]
    public Task A_target_typed_creation_whose_type_is_named_only_in_another_document_is_reported()
    {
        var test = new HostsFileWriteTest("using System.IO;\nclass C\n{\n    void M() => Sink.Keep({|#0:new(\"/etc/hosts\", FileMode.Append)|});\n}\n");
        test.TestState.Sources.Add("static class Sink\n{\n    public static void Keep(System.IO.FileStream stream) { }\n}\n");
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0).WithMessage(Message("new FileStream", "/etc/hosts")));
        return test.RunAsync();
    }

    [Fact]
    public Task A_name_spelled_with_a_unicode_escape_is_found_in_a_document_that_passes_the_text_check() =>
        VerifyAsync(
            InMethod("        object passes = new();\n        {|#0:File.\\u0041ppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};"),
            Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", "/etc/hosts")));

    [Fact]
    public Task A_comment_between_the_method_name_and_its_arguments_does_not_hide_the_call() =>
        VerifyAsync(
            InMethod("        {|#0:File.AppendAllText /* hosts */ (\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")|};"),
            Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", "/etc/hosts")));

    // ---- Not reported ----

    [Theory]
    [InlineData("_ = File.ReadAllText(\"/etc/hosts\");")]
    [InlineData("_ = File.ReadAllLines(\"/etc/hosts\");")]
    [InlineData("_ = await File.ReadAllTextAsync(\"/etc/hosts\");")]
    [InlineData("using var s = File.OpenRead(\"/etc/hosts\");")]
    [InlineData("using var s = File.OpenText(\"/etc/hosts\");")]
    [InlineData("using var s = File.Open(\"/etc/hosts\", FileMode.Open);")]
    [InlineData("using var s = File.Open(\"/etc/hosts\", FileMode.Open, FileAccess.Read);")]
    [InlineData("using var s = File.Open(\"/etc/hosts\", FileMode.OpenOrCreate, FileAccess.Read);")]
    [InlineData("using var s = File.Open(\"/etc/hosts\", new FileStreamOptions());")]
    [InlineData("using var s = File.OpenHandle(\"/etc/hosts\");")]
    [InlineData("using var s = new FileStream(\"/etc/hosts\", FileMode.Open, FileAccess.Read);")]
    [InlineData("using var s = new FileStream(\"/etc/hosts\", FileMode.Open);")]
    [InlineData("using var s = new FileStream(\"/etc/hosts\", new FileStreamOptions { Mode = FileMode.Open });")]
    [InlineData("using var s = new StreamReader(\"/etc/hosts\");")]
    [InlineData("_ = File.Exists(\"/etc/hosts\");")]
    [InlineData("_ = File.GetAttributes(\"/etc/hosts\");")]
    [InlineData("File.Copy(\"/etc/hosts\", \"/tmp/hosts.bak\");")]
    [InlineData("_ = new FileInfo(\"/etc/hosts\").Length;")]
    [InlineData("using var s = new FileInfo(\"/etc/hosts\").OpenRead();")]
    [InlineData("_ = new FileInfo(\"/etc/hosts\").CopyTo(\"/tmp/hosts\");")]
    [InlineData("using var s = new FileInfo(\"/etc/hosts\").Open(FileMode.Open, FileAccess.Read);")]
    public Task Reads_are_not_reported(string statement) => NoDiagnosticAsync("        " + statement);

    [Theory]
    [InlineData("/etc/hosts.bak")]
    [InlineData("/etc/hostname")]
    [InlineData("/etc/hosts.allow")]
    [InlineData("/etc/host")]
    [InlineData("/tmp/etc/hosts")]
    [InlineData("etc/hosts")]
    [InlineData("/etc/Hosts")]
    [InlineData("/ETC/HOSTS")]
    [InlineData("/etc/hosts/")]
    [InlineData("C:\\Windows\\System32\\drivers\\etc\\hosts.ics")]
    [InlineData("C:\\Windows\\System32\\drivers\\etc\\networks")]
    [InlineData("%SystemRoot%\\System32\\drivers\\etc\\hosts")]
    [InlineData("D:\\backup\\Windows\\System32\\drivers\\etc\\hosts")]
    [InlineData("")]
    public Task Other_paths_are_not_reported(string path) =>
        NoDiagnosticAsync("        File.AppendAllText(@\"" + path + "\", \"10.0.0.20 a\");");

    [Theory]
    [InlineData("Console.WriteLine(\"/etc/hosts\");")]
    [InlineData("var message = \"edit /etc/hosts to add 10.0.0.20 test.gysl\"; File.WriteAllText(\"/tmp/readme\", message);")]
    [InlineData("File.WriteAllText(\"/tmp/notes.txt\", \"/etc/hosts\");")]
    [InlineData("var path = \"/etc/hosts\"; Console.WriteLine(path);")]
    [InlineData("var path = \"/etc/hosts\"; path = input; File.AppendAllText(path, \"x\");")]
    [InlineData("var path = \"/tmp/x\"; if (input.Length > 0) path = \"/etc/hosts\"; File.AppendAllText(path, \"x\");")]
    [InlineData("File.AppendAllText(input, \"x\");")]
    [InlineData("File.AppendAllText(Path.Combine(input, \"hosts\"), \"x\");")]
    [InlineData("File.AppendAllText(input + \"/etc/hosts\", \"x\");")]
    [InlineData("File.AppendAllText($\"{input}/hosts\", \"x\");")]
    [InlineData("File.AppendAllText(\"/etc/\" + \"hosts\".Trim(), \"x\");")]
    [InlineData("foreach (var p in new[] { \"/etc/hosts\" }) { File.AppendAllText(p, \"x\"); }")]
    [InlineData("var path = \"/etc/hosts\"; Swap(ref path); File.AppendAllText(path, \"x\"); static void Swap(ref string s) => s = \"/tmp\";")]
    [InlineData("File.AppendAllText(\"%SystemRoot%/System32/drivers/etc/hosts\", \"x\");")]
    [InlineData("File.AppendAllText(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), \"drivers\", \"etc\", \"hosts\"), \"x\");")]
    public Task Strings_never_used_as_a_hosts_path_are_not_reported(string statements) => NoDiagnosticAsync("        " + statements);

    [Theory]
    [InlineData("Process.Start(\"cat\", \"/etc/hosts\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"cat /etc/hosts\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"grep test /etc/hosts > /tmp/out\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"cat /etc/hosts >> /tmp/hosts.bak\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"sed s/a/b/ /etc/hosts\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"sed -n p /etc/hosts\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"cp /etc/hosts /tmp/hosts\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"tee /tmp/log < /etc/hosts\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"echo '>> /etc/hosts'\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"echo 10.0.0.20 a >> /etc/hosts.bak\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"echo 10.0.0.20 a >> $HOSTS\\\"\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"# echo 10.0.0.20 a >> /etc/hosts\\\"\");")]
    [InlineData("Process.Start(\"echo\", \"10.0.0.20 a >> /etc/hosts\");")]
    [InlineData("Process.Start(\"sh\", \"/etc/hosts\");")]
    [InlineData("Process.Start(\"sh\", input);")]
    [InlineData("Process.Start(input, \"-c \\\"echo a >> /etc/hosts\\\"\");")]
    [InlineData("Process.Start(\"/etc/hosts\");")]
    [InlineData("Process.Start(\"sh\", \"-c \\\"echo a 2>&1 | grep b\\\"\");")]
    [InlineData("var psi = new ProcessStartInfo(\"sh\", \"-c \\\"cat /etc/hosts\\\"\"); Process.Start(psi);")]
    [InlineData("var psi = new ProcessStartInfo(\"sh\"); psi.Arguments = input; Process.Start(psi);")]
    [InlineData("var psi = new ProcessStartInfo(\"sh\") { Arguments = \"-c \\\"echo a >> /etc/hosts\\\"\" }; psi.Arguments = \"-c true\"; Process.Start(psi);")]
    [InlineData("var psi = new ProcessStartInfo(\"cat\") { ArgumentList = { \"/etc/hosts\" } }; Process.Start(psi);")]
    public Task Shell_commands_that_only_read_are_not_reported(string statements) => NoDiagnosticAsync("        " + statements);

    [Fact]
    public Task Generated_code_is_skipped() =>
        VerifyAsync("// <auto-generated/>\nusing System.IO;\nclass C\n{\n    void M() => File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\");\n}\n");

    [Fact]
    public Task The_message_names_the_only_pod_of_the_project()
    {
        var test = new HostsFileWriteTest(InMethod("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};"));
        test.TestState.AdditionalFiles.Add(("/project/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProjectDir = /project/\n"));
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0)
            .WithMessage("File.AppendAllText writes the hosts file '/etc/hosts': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in spec.hostAliases of pod 'web' (k8s/pod.yaml) instead"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_message_names_a_workload_with_its_template_path()
    {
        var test = new HostsFileWriteTest(InMethod("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};"));
        test.TestState.AdditionalFiles.Add(("/project/k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers: []\n"));
        test.TestState.AdditionalFiles.Add(("/project/k8s/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProjectDir = /project/\n"));
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0)
            .WithMessage("File.AppendAllText writes the hosts file '/etc/hosts': kubelet manages it and overwrites edits when the Pod is re-created; declare the entries in spec.template.spec.hostAliases of Deployment 'api' (k8s/api.yaml) instead"));
        return test.RunAsync();
    }

    [Fact]
    public Task With_two_pods_the_message_names_none()
    {
        var test = new HostsFileWriteTest(InMethod("        {|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 a\\n\")|};"));
        test.TestState.AdditionalFiles.Add(("/project/k8s/a.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers: []\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers: []\n"));
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", "/etc/hosts")));
        return test.RunAsync();
    }

    [Fact]
    public Task Top_level_statements_are_analysed()
    {
        var test = new HostsFileWriteTest("using System.IO;\n{|#0:File.AppendAllText(\"/etc/hosts\", \"10.0.0.20 test.gysl\\n\")|};\n");
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Diagnostic().WithLocation(0).WithMessage(Message("File.AppendAllText", "/etc/hosts")));
        return test.RunAsync();
    }
}
