using System.Text.RegularExpressions;
using ContentExtract.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentExtract.Tests.Documentation;

/// <summary>
/// Every C# block of the READMEs (the repository's and the two packages') compiles as pasted into a new console app: the
/// block is a whole Program.cs with its own usings, compiled with the implicit usings of a new console project, nullable
/// on, against this target's build of the libraries and the Microsoft.Extensions assemblies an app with a host has. On
/// net8.0 the language is C# 12 (that target's default), on net10.0 the newest this compiler knows. A warning fails too.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private static readonly string[] Documents = ["README.md", "src/ContentExtract/README.md", "src/ContentExtract.Hosting/README.md"];

    /// <summary>The implicit usings of a new console project (Microsoft.NET.Sdk, ImplicitUsings enabled).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

#if NET10_0_OR_GREATER
    private static readonly LanguageVersion Language = LanguageVersion.Latest;
#else
    private static readonly LanguageVersion Language = LanguageVersion.CSharp12;
#endif

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>What every SDK project leaves out (NoWarn 1701;1702): assembly version unification, which the app's build resolves.</summary>
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new(StringComparer.Ordinal)
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (string document in Documents)
        {
            foreach (var (line, _) in CSharpBlocks(document))
            {
                data.Add(document, line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_csharp_block_compiles_as_pasted_into_a_new_console_app(string document, int line)
    {
        string code = CSharpBlocks(document).Single(block => block.Line == line).Code;

        var problems = Compile(code);

        Assert.True(problems.Count == 0, $"{document}, the C# block at line {line} does not compile as pasted:\n{string.Join('\n', problems)}\n\n{code}");
    }

    [Fact]
    public void Every_readme_has_its_blocks_and_the_check_finds_a_missing_using()
    {
        Assert.All(Documents, document => Assert.NotEmpty(CSharpBlocks(document)));

        // The archive block of issue 13, as it was: without the using of ContentExtract.Archives it must not compile.
        string archive = CSharpBlocks("README.md").Select(block => block.Code).Single(code => code.Contains("ExtractArchiveAsync", StringComparison.Ordinal));
        var problems = Compile(archive.Replace("using ContentExtract.Archives;\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("ArchiveRecordOutcome", StringComparison.Ordinal));
    }

    private static List<string> Compile(string code)
    {
        var options = new CSharpParseOptions(Language);
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(code, options)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SdkNoWarn));
        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())];
    }

    /// <summary>The C# blocks of a Markdown file, each with the line its fence opens on.</summary>
    private static List<(int Line, string Code)> CSharpBlocks(string document)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return [.. Fence().Matches(text).Select(m => (text[..m.Index].Count(c => c == '\n') + 1, m.Groups["code"].Value))];
    }

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    /// <summary>
    /// What a console app with a host references: the runtime's assemblies, the two ContentExtract libraries of this target
    /// and the Microsoft.Extensions assemblies (nothing of the tests).
    /// </summary>
    private static MetadataReference[] LoadReferences()
    {
        string paths = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        return [.. paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileNameWithoutExtension(path) is var name
                && (name is "mscorlib" or "netstandard" or "System" or "ContentExtract" or "ContentExtract.Hosting"
                    || name.StartsWith("System.", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)))
            .Select(path => MetadataReference.CreateFromFile(path))];
    }
}
